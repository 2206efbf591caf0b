import type { ColumnType, Generated, Selectable } from 'kysely';
import type { MobileCarrierId } from '../../shared/carriers.ts';
import type { NotificationStyle } from '../../shared/features/locations/locations.contract.ts';
import type { AttachmentOwnerType } from '../../shared/features/attachments/attachments.contract.ts';
import type { ServiceRequestStatus } from '../../shared/features/service-requests/service-requests.contract.ts';
import type { SupplyOrderStatus } from '../../shared/features/supplies/supplies.contract.ts';
import type { StaffRole } from '../../shared/roles.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { AccountServiceStatus, VisitStatus, VisitUpgradeStatus } from '../../shared/features/visits/visits.contract.ts';
import type { CleaningFrequency } from '../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import type { InspectionScale } from '../../shared/features/inspections/inspections.contract.ts';
import type { JournalCategory } from '../../shared/features/journal/journal.contract.ts';
import type { KeyKind, KeyMovementKind } from '../../shared/features/keys/keys.contract.ts';

/**
 * Table types. Timestamps are ISO 8601 strings in UTC (`2026-11-22T07:00:00.000Z`) on both
 * databases: they sort as text, compare with JS-computed cutoffs, and read back identically.
 * Ids are UUIDv7 strings made by the app.
 */
export type Timestamp = string;

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  display_name: string;
  portal_enabled: boolean;
  time_zone: string;
  created_at: Timestamp;
  brand_color: Generated<string>;
  logo_file: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** JSON object: network → URL. */
  social_links: Generated<string>;
  requests_allowed: Generated<boolean>;
  show_open_requests: Generated<boolean>;
  show_closed_requests: Generated<boolean>;
  default_request_assignee_id: string | null;
  show_arrival_window: Generated<boolean>;
  allow_prepayments: Generated<boolean>;
  customers_manage_notifications: Generated<boolean>;
  default_language: Generated<Language>;
  address: string | null;
  currency: Generated<string>;
  arrival_window_before_minutes: Generated<number>;
  arrival_window_after_minutes: Generated<number>;
  business_hours_opens: Generated<string>;
  business_hours_closes: Generated<string>;
  skip_cutoff_hours: Generated<number>;
  calendar_feed_days: Generated<number>;
  /** From this hour of the day, on each location's clock, visit reminders go out. */
  reminder_hour: Generated<number>;
  inspection_scale: Generated<InspectionScale>;
  /** Whether portal users may inspect a completed visit at their location themselves. */
  customers_inspect_visits: Generated<boolean>;
  /** Email the location's portal users the proof of service when a visit completes. */
  proof_of_service_emails: Generated<boolean>;
  invoice_grouping: Generated<InvoiceGrouping>;
  invoice_due_days: Generated<number>;
  /** Sending an invoice of a customer on autopay charges it at once; otherwise the office charges it. */
  autopay_charge_on_send: Generated<boolean>;
  payment_gateway: Generated<PaymentGatewayName>;
  stripe_publishable_key: string | null;
  /** Never in an API response: only whether it is set. */
  stripe_secret_key: string | null;
  stripe_webhook_secret: string | null;
  /** Add-on modules: each gates its features, off until the owner switches it on. */
  addon_text_messaging: Generated<boolean>;
  addon_invoice_calculation: Generated<boolean>;
  addon_audits: Generated<boolean>;
  /** Each change a customer saves to their data in the portal opens a request for the office. */
  portal_change_tickets: Generated<boolean>;
  /** The largest file the office may upload to a location or a customer's resources, in megabytes. */
  file_upload_limit_mb: Generated<number>;
}

export interface StaffUsersTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: StaffRole;
  password_hash: string | null;
  mobile_phone: string | null;
  mobile_carrier: MobileCarrierId | null;
  mobile_carrier_domain: string | null;
  created_at: Timestamp;
  last_login_at: Timestamp | null;
  invited_at: Timestamp | null;
  deactivated_at: Timestamp | null;
  language: Language | null;
  browser_language: Language | null;
  calendar_token_hash: string | null;
  /** The stored photo's file name (a new one per photo, so also its version); null without a photo. */
  photo_file: string | null;
}

export interface CustomersTable {
  id: string;
  tenant_id: string;
  name: string;
  type: 'commercial' | 'residential';
  email: string | null;
  phone: string | null;
  billing_address: string | null;
  city: string | null;
  website: string | null;
  comments: string | null;
  /** What the customer is found by: its own and its contacts' names, emails and phones, and its address; written by database triggers only. */
  search_text: Generated<string>;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  /** A tip added to each new invoice, in minor units; 0 for none. */
  default_tip: Generated<number>;
  autopay_since: Timestamp | null;
  gateway_customer_id: string | null;
  /** The customer's switches for the automatic visit notices its portal users get; on unless the office turned one off. */
  notify_on_my_way: Generated<boolean>;
  notify_visit_done: Generated<boolean>;
  notify_visit_changes: Generated<boolean>;
}

export interface CustomerContactsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  name: string;
  email: string | null;
  mobile: string | null;
  mobile_carrier: MobileCarrierId | null;
  mobile_carrier_domain: string | null;
  position: number;
}

/** SQLite only: each customer's row in the search index, by a key that vacuuming never changes (triggers keep it). */
export interface CustomerSearchRowsTable {
  doc: number;
  customer_id: string;
}

/** SQLite only: the FTS5 trigram index of customers' search text, row by row of customer_search_rows (triggers keep it). */
export interface CustomerSearchFtsTable {
  rowid: number;
  search_text: string;
}

export interface LocationsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  name: string;
  address: string;
  time_zone: string;
  created_at: Timestamp;
  access_notes: string | null;
  portal_enabled: Generated<boolean>;
  feature_service_requests: Generated<boolean>;
  feature_elapsed_time: Generated<boolean>;
  feature_supply_requests: Generated<boolean>;
  feature_feedback: Generated<boolean>;
  feature_quality_checks: Generated<boolean>;
  feature_whos_working: Generated<boolean>;
  feature_file_storage: Generated<boolean>;
}

export interface StaffLocationAssignmentsTable {
  tenant_id: string;
  location_id: string;
  staff_user_id: string;
  assigned: boolean;
  trained: boolean;
  notification_style: Generated<NotificationStyle>;
}

export interface PortalUsersTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  phone: string | null;
  password_hash: string | null;
  locked_at: Timestamp | null;
  created_at: Timestamp;
  last_login_at: Timestamp | null;
  invited_at: Timestamp | null;
  pending_email: string | null;
  /** Whether status changes of their requests are emailed; replies always are. */
  request_status_emails: Generated<boolean>;
  language: Language | null;
  browser_language: Language | null;
  calendar_token_hash: string | null;
}

export interface PortalUserCustomersTable {
  tenant_id: string;
  portal_user_id: string;
  customer_id: string;
  is_billing_contact: boolean;
}

export interface PortalUserLocationsTable {
  tenant_id: string;
  portal_user_id: string;
  location_id: string;
}

export type PrincipalKind = 'staff' | 'portal';

export interface SessionsTable {
  id: string;
  token_hash: string;
  tenant_id: string;
  principal_kind: PrincipalKind;
  principal_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  /** The staff member looking at the portal as this portal user (read-only), if any. */
  impersonator_id: string | null;
}

export type TokenPurpose = 'password_reset' | 'invitation' | 'email_change';

export interface AccountTokensTable {
  id: string;
  token_hash: string;
  tenant_id: string;
  principal_kind: PrincipalKind;
  principal_id: string;
  purpose: TokenPurpose;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  /** Purpose-specific data, e.g. the new address of an email change. */
  payload: string | null;
}

export interface AuthThrottleTable {
  key: string;
  /** Events counted in a row (sign-in attempts, emails asked for). */
  failures: number;
  /** When the last event was counted; a long enough quiet spell starts the count again. */
  window_started_at: Timestamp;
  /** The next event is refused until then. */
  blocked_until: Timestamp | null;
}

export interface AuditEventsTable {
  id: string;
  tenant_id: string | null;
  actor_kind: PrincipalKind | 'system' | 'anonymous';
  actor_id: string | null;
  action: string;
  subject: string | null;
  ip: string | null;
  details: string | null;
  created_at: Timestamp;
}

export type OutboxStatus = 'held' | 'queued' | 'sent' | 'failed';

export interface OutboxEmailsTable {
  id: string;
  tenant_id: string | null;
  to_address: string;
  subject: string;
  /** What the outbox viewer reads: a secret link in it is replaced by a placeholder. */
  text_body: string;
  /** The reset, invitation or email-change link, for the worker only: never selected for viewing. */
  secret_link: ColumnType<string | null, string | null | undefined, string | null>;
  status: OutboxStatus;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  /** The worker's claim on the email while it is being sent; null when nobody holds it. */
  lease_id: string | null;
  /** Where answers go: the staff member who wrote a message to a customer's contact; null for the company's sender. */
  reply_to: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JobRunsTable {
  name: string;
  /** When the job is next due; while a run is under way, when its claim lapses. */
  next_run_at: Timestamp;
  last_started_at: Timestamp | null;
  last_finished_at: Timestamp | null;
  last_error: string | null;
}

export interface ServicesTable {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  active: Generated<boolean>;
  visible_in_portal: Generated<boolean>;
  all_locations: Generated<boolean>;
  created_at: Timestamp;
}

export interface ServiceLocationsTable {
  tenant_id: string;
  service_id: string;
  location_id: string;
}

export interface RequestCategoriesTable {
  id: string;
  tenant_id: string;
  name: string;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface ReferenceCountersTable {
  tenant_id: string;
  prefix: string;
  year: number;
  last_number: number;
}

export interface ServiceRequestsTable {
  id: string;
  tenant_id: string;
  reference: string;
  customer_id: string;
  location_id: string;
  portal_user_id: string | null;
  service_id: string | null;
  category_id: string | null;
  subject: string;
  text: string;
  status: ServiceRequestStatus;
  assignee_id: string | null;
  visit_id: string | null;
  close_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  opened_at: Timestamp | null;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
}

export interface ServiceRequestMessagesTable {
  id: string;
  tenant_id: string;
  request_id: string;
  author_kind: 'staff' | 'portal' | 'system';
  author_id: string | null;
  author_name: string;
  body: string;
  internal: Generated<boolean>;
  status_from: ServiceRequestStatus | null;
  status_to: ServiceRequestStatus | null;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: string;
  tenant_id: string;
  location_id: string | null;
  owner_type: AttachmentOwnerType | null;
  owner_id: string | null;
  uploaded_by_kind: PrincipalKind;
  uploaded_by_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  storage_key: string;
  thumbnail_key: string | null;
  created_at: Timestamp;
}

export interface SupplyProductsTable {
  id: string;
  tenant_id: string;
  name: string;
  unit: string;
  sku: string | null;
  image_attachment_id: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface CustomerSupplyProductsTable {
  tenant_id: string;
  customer_id: string;
  product_id: string;
}

export interface SupplyOrdersTable {
  id: string;
  tenant_id: string;
  reference: string;
  customer_id: string;
  location_id: string;
  portal_user_id: string | null;
  status: SupplyOrderStatus;
  note: string | null;
  note_to_customer: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SupplyOrderLinesTable {
  id: string;
  tenant_id: string;
  order_id: string;
  product_id: string | null;
  product_name: string;
  unit: string;
  quantity: number;
}

export interface FeedbackTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  location_id: string;
  portal_user_id: string | null;
  /** The visit rated, when the feedback is about one. */
  visit_id: string | null;
  rating: number;
  note: string | null;
  created_at: Timestamp;
}

export interface StaffNotificationsTable {
  id: string;
  tenant_id: string;
  staff_user_id: string;
  kind: string;
  title: string;
  link: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface AccountServicesTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  location_id: string;
  service_id: string | null;
  name: string;
  /** RFC 5545 RRULE without DTSTART; null for a one-off. */
  rrule: string | null;
  start_date: string;
  start_time: string;
  duration_minutes: number;
  price: number;
  /** JSON list of rate modifications. */
  rate_modifications: Generated<string>;
  notes: string | null;
  status: AccountServiceStatus;
  ends_on: string | null;
  visits_until: string | null;
  scheduled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AccountServiceTeamTable {
  tenant_id: string;
  account_service_id: string;
  staff_user_id: string;
}

export interface VisitsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  location_id: string;
  account_service_id: string | null;
  original_date: string | null;
  name: string;
  starts_at: Timestamp;
  duration_minutes: number;
  status: VisitStatus;
  exception: Generated<boolean>;
  price: number;
  rate_modifications: Generated<string>;
  notes: string | null;
  status_reason: string | null;
  /** When the customer was emailed that the visit was done (once, however often its status settles). */
  completion_told_at: Generated<Timestamp | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Paid by autopay: the customer was enrolled when it was scheduled or since. */
  autopay: Generated<boolean>;
  /** The invoice that bills it; cleared when that invoice is voided. */
  invoice_id: Generated<string | null>;
  /** How many people are on it, kept by database triggers on visit_team: never written by code. */
  team_size: Generated<number>;
}

export interface VisitTeamTable {
  tenant_id: string;
  visit_id: string;
  staff_user_id: string;
  /** The visit's start, copied by the database's own triggers: never written by the app. */
  starts_at: ColumnType<string, never, never>;
}

export interface UpgradesTable {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  price: number;
  extra_minutes: number;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface VisitUpgradesTable {
  id: string;
  tenant_id: string;
  visit_id: string;
  upgrade_id: string | null;
  name: string;
  price: number;
  extra_minutes: number;
  status: VisitUpgradeStatus;
  request_id: string | null;
  created_at: Timestamp;
}

export interface CleaningPlanAreasTable {
  id: string;
  tenant_id: string;
  location_id: string;
  name: string;
  notes: string | null;
  position: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CleaningPlanTasksTable {
  id: string;
  tenant_id: string;
  location_id: string;
  area_id: string;
  text: string;
  frequency: CleaningFrequency;
  position: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A key, fob, card or access code the company holds for a location; `holder_staff_id` is who has it now. */
export interface CustomerKeysTable {
  id: string;
  tenant_id: string;
  location_id: string;
  label: string;
  kind: KeyKind;
  code: string | null;
  notes: string | null;
  holder_staff_id: string | null;
  held_since: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One line of a key's log: taken out by, or given back by, `staff_user_id`. */
export interface KeyMovementsTable {
  id: string;
  tenant_id: string;
  key_id: string;
  kind: KeyMovementKind;
  staff_user_id: string | null;
  recorded_by_staff_id: string | null;
  happened_at: Timestamp;
  created_at: Timestamp;
}

/** A field of the company's own on every customer or every location. */
export interface CustomFieldsTable {
  id: string;
  tenant_id: string;
  applies_to: 'customer' | 'location';
  type: 'text' | 'number' | 'date' | 'choice' | 'yesNo';
  label: string;
  /** A choice's options as a JSON array of text. */
  options: string;
  min_value: number | null;
  max_value: number | null;
  portal_visibility: 'hidden' | 'shown' | 'editable';
  position: number;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One customer's or one location's value of a custom field; no row is no value. */
export interface CustomFieldValuesTable {
  id: string;
  tenant_id: string;
  field_id: string;
  customer_id: string | null;
  location_id: string | null;
  value: string;
  updated_at: Timestamp;
}

/** Whether a customer's contact is reminded `days_before` (3 or 1) days before a visit; no row is off. */
export interface ReminderChoicesTable {
  tenant_id: string;
  customer_id: string;
  contact_id: string;
  days_before: number;
  enabled: boolean;
  updated_at: Timestamp;
}

/** A reminder that went out: its key is the claim that keeps it from going out twice. */
export interface SentRemindersTable {
  tenant_id: string;
  visit_id: string;
  contact_id: string;
  days_before: number;
  channel: 'email' | 'text';
  sent_at: Timestamp;
}

/** An inspection of a location; `scale` is the company's scale when it was made, `score` 0–100 or null when nothing was rated. */
export interface InspectionsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  location_id: string;
  visit_id: string | null;
  scale: InspectionScale;
  score: number | null;
  note: string | null;
  inspected_by_kind: PrincipalKind;
  inspected_by_id: string;
  inspector_name: string;
  inspected_at: Timestamp;
  /** The device-made id of a write from the field app's queue; null when made in the office directly. */
  client_id: string | null;
}

/** One area of an inspection: the plan area's name as it was then, its rating (null: not rated) and comment. */
export interface InspectionAreasTable {
  id: string;
  tenant_id: string;
  inspection_id: string;
  name: string;
  position: number;
  rating: number | null;
  comment: string | null;
}

/** A photo sent after its inspection from the field app's queue: its device-made id and the area it went to (the file is an attachment owned by the area). */
export interface InspectionPhotosTable {
  id: string;
  tenant_id: string;
  inspection_area_id: string;
  staff_user_id: string;
  client_id: string;
  created_at: Timestamp;
}

export interface TimesheetsTable {
  id: string;
  tenant_id: string;
  visit_id: string;
  staff_user_id: string;
  clock_in_client_id: string;
  clocked_in_at: Timestamp;
  clock_in_latitude: number | null;
  clock_in_longitude: number | null;
  clock_in_accuracy: number | null;
  clock_out_client_id: string | null;
  clocked_out_at: Timestamp | null;
  clock_out_latitude: number | null;
  clock_out_longitude: number | null;
  clock_out_accuracy: number | null;
  corrected_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface OnMyWayMessagesTable {
  tenant_id: string;
  visit_id: string;
  staff_user_id: string;
  expected_at: Timestamp;
  sent_at: Timestamp;
}
export interface VisitChecklistItemsTable {
  id: string;
  tenant_id: string;
  visit_id: string;
  task_id: string;
  area_name: string;
  task_text: string;
  position: number;
  created_at: Timestamp;
}
export interface VisitChecklistTicksTable {
  id: string;
  tenant_id: string;
  item_id: string;
  visit_id: string;
  staff_user_id: string;
  client_id: string;
  done: boolean;
  ticked_at: Timestamp;
  created_at: Timestamp;
}
export type VisitPhotoKind = 'before' | 'after';
export interface VisitNotesTable {
  id: string;
  tenant_id: string;
  visit_id: string;
  staff_user_id: string;
  client_id: string;
  text: string;
  for_customer: boolean;
  problem: boolean;
  created_at: Timestamp;
}
export interface VisitPhotosTable {
  id: string;
  tenant_id: string;
  visit_id: string;
  staff_user_id: string;
  client_id: string;
  kind: VisitPhotoKind;
  created_at: Timestamp;
}
export type InvoiceGrouping = 'visit' | 'period';
export type PaymentGatewayName = 'test' | 'stripe';
export type InvoiceKind = 'invoice' | 'credit_note';
export type InvoiceStatus = 'draft' | 'sent' | 'partly_paid' | 'paid' | 'void';
export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined';
export type PaymentAttemptStatus = 'pending' | 'requires_action' | 'succeeded' | 'failed';
export type LedgerKind = 'charge' | 'refund' | 'tip' | 'prepayment' | 'credit_applied' | 'manual_payment' | 'credit_note';
export type PaymentMethod = 'card' | 'cash' | 'cheque' | 'bank_transfer' | 'credit';

export interface TaxRatesTable {
  id: string;
  tenant_id: string;
  name: string;
  /** Hundredths of a percent: 2000 = 20%. */
  rate: number;
  active: Generated<boolean>;
  created_at: Timestamp;
}

/** What an invoice line and a quote line share. Quantity is in hundredths (150 = 1.5). */
export interface DocumentLineColumns {
  id: string;
  tenant_id: string;
  position: number;
  description: string;
  quantity: number;
  unit_price: number;
  discount: Generated<number>;
  tax_rate_id: string | null;
  tax_rate: Generated<number>;
  tax_name: string | null;
  net: number;
  tax: number;
}

export interface DocumentTotalColumns {
  currency: string;
  subtotal: Generated<number>;
  discount_total: Generated<number>;
  tax_total: Generated<number>;
  total: Generated<number>;
}

export interface InvoicesTable extends DocumentTotalColumns {
  id: string;
  tenant_id: string;
  customer_id: string;
  kind: InvoiceKind;
  number: string | null;
  status: InvoiceStatus;
  corrects_invoice_id: string | null;
  issue_date: string | null;
  due_date: string | null;
  period_start: string | null;
  period_end: string | null;
  tip: Generated<number>;
  /** What the ledger has paid towards it (tips aside), kept by a database trigger on ledger_entries: never written by code. */
  paid: Generated<number>;
  notes: string | null;
  sent_at: Timestamp | null;
  voided_at: Timestamp | null;
  void_reason: string | null;
  created_by_staff_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InvoiceLinesTable extends DocumentLineColumns {
  invoice_id: string;
  visit_id: string | null;
}

export interface QuotesTable extends DocumentTotalColumns {
  id: string;
  tenant_id: string;
  customer_id: string;
  location_id: string;
  number: string | null;
  status: QuoteStatus;
  title: string;
  terms: string;
  valid_until: string;
  sent_at: Timestamp | null;
  accepted_at: Timestamp | null;
  accepted_name: string | null;
  accepted_ip: string | null;
  accepted_user_agent: string | null;
  accepted_by_portal_user_id: string | null;
  declined_at: Timestamp | null;
  decline_reason: string | null;
  account_service_id: string | null;
  first_invoice_id: string | null;
  created_by_staff_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QuoteLinesTable extends DocumentLineColumns {
  quote_id: string;
}

export interface CardsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  gateway: PaymentGatewayName;
  token: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  is_default: Generated<boolean>;
  added_by_portal_user_id: string | null;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface PaymentAttemptsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  idempotency_key: string;
  gateway: PaymentGatewayName;
  card_id: string;
  amount: number;
  tip: Generated<number>;
  currency: string;
  purpose: 'invoices' | 'prepayment';
  status: PaymentAttemptStatus;
  gateway_payment_id: string | null;
  next_action_url: string | null;
  failure_code: string | null;
  source: 'portal' | 'office' | 'autopay';
  portal_user_id: string | null;
  staff_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  settled_at: Timestamp | null;
}

export interface PaymentAttemptInvoicesTable {
  tenant_id: string;
  payment_attempt_id: string;
  invoice_id: string;
  amount: number;
  tip: Generated<number>;
}

export interface LedgerEntriesTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  kind: LedgerKind;
  amount: number;
  currency: string;
  invoice_id: string | null;
  payment_attempt_id: string | null;
  method: PaymentMethod | null;
  reference: string | null;
  note: string | null;
  staff_user_id: string | null;
  portal_user_id: string | null;
  /** The refund a 'refund' entry writes; null for every other kind. */
  refund_id: string | null;
  created_at: Timestamp;
}

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** A refund of what one card payment paid towards one invoice; its key is stored before the gateway is called. */
export interface RefundsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  payment_attempt_id: string;
  invoice_id: string;
  idempotency_key: string;
  amount: number;
  currency: string;
  reason: string;
  status: RefundStatus;
  gateway_refund_id: string | null;
  failure_code: string | null;
  staff_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  settled_at: Timestamp | null;
}

export interface TestGatewayObjectsTable {
  id: string;
  tenant_id: string;
  kind: 'setup_intent' | 'payment_method' | 'payment_intent' | 'refund';
  status: string;
  idempotency_key: string | null;
  data: string;
  created_at: Timestamp;
}

export interface JournalEntriesTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  /** Null once the staff member who wrote it is removed. */
  author_id: string | null;
  entry_date: string;
  category: JournalCategory;
  text: string;
  created_at: Timestamp;
}

export interface ChatMessagesTable {
  id: string;
  tenant_id: string;
  location_id: string;
  sender_kind: 'portal' | 'staff';
  /** Null for a staff member's message, and once the portal user is removed. */
  portal_user_id: string | null;
  staff_user_id: string | null;
  sender_name: string;
  /** Empty for a photo sent alone, and once removed. */
  text: string;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

export interface ChatReadersTable {
  id: string;
  tenant_id: string;
  location_id: string;
  portal_user_id: string | null;
  staff_user_id: string | null;
  last_read_at: Timestamp | null;
  notified_at: Timestamp | null;
}

export interface StaffPresenceTable {
  id: string;
  tenant_id: string;
  staff_user_id: string;
  seen_at: Timestamp;
}

/** What an uploaded file is: an image, a document or a video. */
export type StoredFileKind = 'image' | 'document' | 'video';

export interface LocationFilesTable {
  id: string;
  tenant_id: string;
  location_id: string;
  /** Null once the staff member who uploaded it is removed. */
  uploaded_by_id: string | null;
  file_name: string;
  content_type: string;
  kind: StoredFileKind;
  size_bytes: number;
  storage_key: string;
  shared: boolean;
  created_at: Timestamp;
}

export interface CustomerResourcesTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  created_by_id: string | null;
  kind: 'file' | 'link';
  title: string;
  description: string | null;
  /** A link's address; null for a file. */
  url: string | null;
  /** A file's name, type, size and store key; null for a link. */
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
  storage_key: string | null;
  shared: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  tenants: TenantsTable;
  staff_users: StaffUsersTable;
  customers: CustomersTable;
  customer_contacts: CustomerContactsTable;
  customer_search_rows: CustomerSearchRowsTable;
  customer_search_fts: CustomerSearchFtsTable;
  locations: LocationsTable;
  staff_location_assignments: StaffLocationAssignmentsTable;
  portal_users: PortalUsersTable;
  portal_user_customers: PortalUserCustomersTable;
  portal_user_locations: PortalUserLocationsTable;
  sessions: SessionsTable;
  account_tokens: AccountTokensTable;
  auth_throttle: AuthThrottleTable;
  audit_events: AuditEventsTable;
  outbox_emails: OutboxEmailsTable;
  job_runs: JobRunsTable;
  services: ServicesTable;
  service_locations: ServiceLocationsTable;
  request_categories: RequestCategoriesTable;
  reference_counters: ReferenceCountersTable;
  service_requests: ServiceRequestsTable;
  service_request_messages: ServiceRequestMessagesTable;
  attachments: AttachmentsTable;
  supply_products: SupplyProductsTable;
  customer_supply_products: CustomerSupplyProductsTable;
  supply_orders: SupplyOrdersTable;
  supply_order_lines: SupplyOrderLinesTable;
  feedback: FeedbackTable;
  staff_notifications: StaffNotificationsTable;
  account_services: AccountServicesTable;
  account_service_team: AccountServiceTeamTable;
  visits: VisitsTable;
  visit_team: VisitTeamTable;
  upgrades: UpgradesTable;
  visit_upgrades: VisitUpgradesTable;
  cleaning_plan_areas: CleaningPlanAreasTable;
  cleaning_plan_tasks: CleaningPlanTasksTable;
  customer_keys: CustomerKeysTable;
  key_movements: KeyMovementsTable;
  custom_fields: CustomFieldsTable;
  custom_field_values: CustomFieldValuesTable;
  reminder_choices: ReminderChoicesTable;
  sent_reminders: SentRemindersTable;
  inspections: InspectionsTable;
  inspection_areas: InspectionAreasTable;
  inspection_photos: InspectionPhotosTable;
  timesheets: TimesheetsTable;
  on_my_way_messages: OnMyWayMessagesTable;
  visit_checklist_items: VisitChecklistItemsTable;
  visit_checklist_ticks: VisitChecklistTicksTable;
  visit_notes: VisitNotesTable;
  visit_photos: VisitPhotosTable;
  tax_rates: TaxRatesTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  quotes: QuotesTable;
  quote_lines: QuoteLinesTable;
  cards: CardsTable;
  payment_attempts: PaymentAttemptsTable;
  payment_attempt_invoices: PaymentAttemptInvoicesTable;
  ledger_entries: LedgerEntriesTable;
  refunds: RefundsTable;
  test_gateway_objects: TestGatewayObjectsTable;
  journal_entries: JournalEntriesTable;
  chat_messages: ChatMessagesTable;
  chat_readers: ChatReadersTable;
  staff_presence: StaffPresenceTable;
  location_files: LocationFilesTable;
  customer_resources: CustomerResourcesTable;
}

export type Tenant = Selectable<TenantsTable>;
export type StaffUser = Selectable<StaffUsersTable>;
export type PortalUser = Selectable<PortalUsersTable>;
export type Location = Selectable<LocationsTable>;
export type Customer = Selectable<CustomersTable>;
