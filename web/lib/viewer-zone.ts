// Reading the zone makes an Intl formatter (about 100 µs), and a schedule asks once for every visit
// it draws; a phone that has crossed into another zone is read again within the minute.
const viewerZoneLifetime = 60_000;
let knownViewerZone: { zone: string; readAt: number } | null = null;

/** The reader's own time zone, to decide whether a place's time needs its zone named. */
export function viewerZone(now = Date.now()): string {
  if (!knownViewerZone || now - knownViewerZone.readAt > viewerZoneLifetime) {
    knownViewerZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  }
  return knownViewerZone.zone;
}
