import type { StaffRole } from '../../roles.ts';

/**
 * Who in the office may do what with billing. Each entry is the least role that may; the server
 * enforces it on every route that names it, and the web offers only what it allows. On the portal
 * side only a customer's billing contacts reach billing at all, and a staff member viewing the
 * portal as a customer may look but never pay.
 */
export const billingPolicy = {
  /** See invoices, quotes, payments and the ledger. */
  read: 'manager',
  /** Write, send, void and correct invoices and quotes; record payments by hand; apply credit; charge cards. */
  manage: 'manager',
  /** Tax rates, invoice grouping and due days, the payment gateway and its keys, charging on send. */
  configure: 'admin',
} as const satisfies Record<string, StaffRole>;
