/** The one way the server writes a timestamp: ISO 8601 in UTC, which sorts as text. */
export function isoNow(now = new Date()): string {
  return now.toISOString();
}

export function isoAfter(milliseconds: number, from = new Date()): string {
  return new Date(from.getTime() + milliseconds).toISOString();
}

export const seconds = (n: number) => n * 1_000;
export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
export const days = (n: number) => n * 86_400_000;

// Making a formatter costs about a hundred times more than using one, and a schedule asks for
// thousands of days at a time: one per zone is kept. Zones are a fixed, small set (IANA's), so the
// map cannot grow without bound; an unknown zone throws before anything is kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormatOf(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format;
}

/** The calendar day of an instant at a place (an IANA zone), `2026-03-08`. */
export function localDateOf(instant: Date, zone: string): string {
  return dayFormatOf(zone).format(instant);
}
