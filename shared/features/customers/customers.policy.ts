import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with the customer book. Each entry is the least role that may;
 * the server enforces it on every route that names it, and the web offers only what it allows.
 */
export const customersPolicy = {
  /** See and search customers. */
  read: 'supervisor',
  /** Add, change, archive and restore customers. */
  manage: 'manager',
  /** Send one of a customer's contacts an email or a text from the office. */
  messageContacts: 'manager',
  /** See which automatic notices a customer's contacts and portal users get. */
  readNotices: 'supervisor',
  /** Switch a customer's automatic visit notices on or off. */
  manageNotices: 'manager',
  /** See the customer's service agreement: accepted quotes and services with their prices. */
  agreements: 'manager',
} as const satisfies Record<string, StaffRole>;
