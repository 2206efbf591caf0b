// Without zod, so a page that writes a frequency in words does not load the schemas.

/** Days as RFC 5545 names them; Monday first, as a cleaning week is planned. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];
