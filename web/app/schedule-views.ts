/** The office schedule's views: a week by team member (the default), a day, or a paged list. */
export const scheduleViews = ['week', 'day', 'list'] as const;
export type ScheduleView = (typeof scheduleViews)[number];

/** A real calendar day written `2026-04-06`; anything else counts as not given (today). */
export function optionalDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : undefined;
}
