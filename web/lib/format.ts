const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Mar 2026, 14:05" in the viewer's own locale and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "12 Mar 2026" in the viewer's own locale. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "5 min", "3 h", "2 d": how long ago, in the largest whole unit, for tight table cells. */
export function formatAge(iso: string, now: number = Date.now()): string {
  const elapsed = Math.max(0, now - new Date(iso).getTime());
  if (Number.isNaN(elapsed)) return '—';
  if (elapsed < hour) return `${String(Math.floor(elapsed / minute))} min`;
  if (elapsed < day) return `${String(Math.floor(elapsed / hour))} h`;
  return `${String(Math.floor(elapsed / day))} d`;
}

/** "2 h 14 min", "3 d 4 h", "12 min": an elapsed time to the minute, in its two largest units. */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / minute));
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (days > 0) return hours > 0 ? `${String(days)} d ${String(hours)} h` : `${String(days)} d`;
  if (hours > 0) return `${String(hours)} h ${String(minutes)} min`;
  return `${String(minutes)} min`;
}

const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Mar" for "2026-03"; UTC, so the month never slides into its neighbour in the viewer's time zone. */
export function formatMonthShort(yearMonth: string): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? yearMonth : monthShort.format(date);
}

/** "March 2026" for "2026-03". */
export function formatMonthLong(yearMonth: string): string {
  const date = new Date(`${yearMonth}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? yearMonth : monthLong.format(date);
}
