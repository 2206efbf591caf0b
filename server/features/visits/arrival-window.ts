import { instantAt, localDateOf } from './recurrence.ts';

export interface ArrivalWindowSetting {
  /** How long before the start time the team may arrive, in minutes. */
  minutesBefore: number;
  /** How long after it. */
  minutesAfter: number;
}

/** The company's working day on every location's own clock: `08:00` to `18:00`. */
export interface BusinessHours {
  opens: string;
  closes: string;
}

const minute = 60_000;

/**
 * When the customer may expect the team: the start time widened by the company's setting, but
 * never outside its business hours that day, and never so narrow that it leaves out the start
 * time itself (a visit booked before opening still shows its own time).
 */
export function arrivalWindow(start: Date, zone: string, setting: ArrivalWindowSetting, hours: BusinessHours): { from: Date; to: Date } {
  const day = localDateOf(start, zone);
  const opens = instantAt(Date.parse(`${day}T${hours.opens}:00Z`), zone).getTime();
  const closes = instantAt(Date.parse(`${day}T${hours.closes}:00Z`), zone).getTime();
  const at = start.getTime();
  const from = Math.min(at, Math.max(at - setting.minutesBefore * minute, opens));
  const to = Math.max(at, Math.min(at + setting.minutesAfter * minute, closes));
  return { from: new Date(from), to: new Date(to) };
}
