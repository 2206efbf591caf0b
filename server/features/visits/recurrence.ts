// The function's own path: the package's index loads all of date-fns (2.4 s of every start; server/startup.test.ts).
import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import rrule from 'rrule';

// rrule ships CommonJS to Node; its classes hang off the default export.
const { rrulestr } = rrule;

/** When a series starts: the first visit's date and its start time on the location's clock. */
export interface SeriesStart {
  /** `2026-03-01` */
  date: string;
  /** `09:00` */
  time: string;
}

const minute = 60_000;

/** `2026-03-08T09:00` as the milliseconds it would be on a UTC clock: rrule's "floating" time. */
function floating(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00Z`);
}

// One formatter per zone: making one costs far more than using it, and a series of two years reads
// hundreds of instants. IANA's zones are a fixed set, so the map stays small.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatOf(zone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    wallClockFormats.set(zone, format);
  }
  return format;
}

/** What a clock at the place shows at an instant, as floating milliseconds; read with Intl, so the server's own zone never matters. */
function wallClockOf(instant: Date, zone: string): number {
  const parts = wallClockFormatOf(zone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
}


/**
 * The instant a wall-clock time happens at a place. A time the clocks skip (02:30 on the spring
 * change) moves forward by the gap, to 03:30; a time they pass twice (01:30 in autumn) is the
 * first of the two, as RFC 5545 and Temporal's "compatible" rule both say.
 */
export function instantAt(wallClock: number, zone: string): Date {
  const local = new Date(wallClock).toISOString().slice(0, 19);
  const candidate = fromZonedTime(local, zone);
  return new Date(candidate.getTime() + (wallClock - wallClockOf(candidate, zone)));
}

/**
 * The visits of a series that start within [from, to), as instants, each at the series' start
 * time on the location's clock that day, whatever daylight saving did since the first one.
 */
export function occurrencesBetween(rule: string | null, start: SeriesStart, zone: string, from: Date, to: Date): Date[] {
  const first = floating(start.date, start.time);
  if (rule === null) {
    const only = instantAt(first, zone);
    return only >= from && only < to ? [only] : [];
  }
  const series = rrulestr(`DTSTART:${start.date.replaceAll('-', '')}T${start.time.replace(':', '')}00\nRRULE:${rule}`);
  // The window is widened by a day each side on the floating clock, then cut exactly on instants:
  // no zone is more than 14 hours from UTC.
  const floatingFrom = new Date(from.getTime() - 24 * 60 * minute);
  const floatingTo = new Date(to.getTime() + 24 * 60 * minute);
  return series
    .between(floatingFrom, floatingTo, true)
    .map((wallClock) => instantAt(wallClock.getTime(), zone))
    .filter((instant) => instant >= from && instant < to);
}
