import { instantAt } from './recurrence.ts';
import { localDateOf } from '../../lib/time.ts';

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

/** The company's settings the customer's arrival follows. */
export interface CompanyArrivalSettings {
  show_arrival_window: boolean;
  arrival_window_before_minutes: number;
  arrival_window_after_minutes: number;
  business_hours_opens: string;
  business_hours_closes: string;
}

/** The arrival the customer was given: the company's window when it shows windows, else the start itself. */
export function companyArrival(start: Date, zone: string, company: CompanyArrivalSettings): { from: Date; to: Date } {
  if (!company.show_arrival_window) return { from: start, to: start };
  return arrivalWindow(
    start,
    zone,
    { minutesBefore: company.arrival_window_before_minutes, minutesAfter: company.arrival_window_after_minutes },
    { opens: company.business_hours_opens, closes: company.business_hours_closes },
  );
}
