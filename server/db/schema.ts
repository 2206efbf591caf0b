import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { StaffRole } from '../../shared/roles.ts';

/**
 * Table types. Timestamps are ISO 8601 strings in UTC (`2026-11-22T07:00:00.000Z`) on both
 * databases: they sort as text, compare with JS-computed cutoffs, and read back identically.
 * Ids are UUIDv7 strings made by the app.
 */
export type Timestamp = string;

export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  display_name: string;
  portal_enabled: boolean;
  time_zone: string;
  created_at: Timestamp;
}

export interface StaffUsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  role: StaffRole;
  password_hash: string | null;
  mobile_phone: string | null;
  created_at: Timestamp;
  last_login_at: Timestamp | null;
}

export interface CustomersTable {
  id: string;
  organization_id: string;
  name: string;
  type: 'commercial' | 'residential';
  email: string | null;
  phone: string | null;
  billing_address: string | null;
  city: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
}

export interface LocationsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  name: string;
  address: string;
  time_zone: string;
  created_at: Timestamp;
}

export interface PortalUsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  phone: string | null;
  password_hash: string | null;
  locked_at: Timestamp | null;
  created_at: Timestamp;
  last_login_at: Timestamp | null;
}

export interface PortalUserCustomersTable {
  organization_id: string;
  portal_user_id: string;
  customer_id: string;
  is_billing_contact: boolean;
}

export interface PortalUserLocationsTable {
  organization_id: string;
  portal_user_id: string;
  location_id: string;
}

export type PrincipalKind = 'staff' | 'portal';

export interface SessionsTable {
  id: string;
  token_hash: string;
  organization_id: string;
  principal_kind: PrincipalKind;
  principal_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export type TokenPurpose = 'password_reset' | 'invitation';

export interface AccountTokensTable {
  id: string;
  token_hash: string;
  organization_id: string;
  principal_kind: PrincipalKind;
  principal_id: string;
  purpose: TokenPurpose;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  blocked_until: Timestamp | null;
}

export interface AuditEventsTable {
  id: string;
  organization_id: string | null;
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
  organization_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  status: OutboxStatus;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface Database {
  organizations: OrganizationsTable;
  staff_users: StaffUsersTable;
  customers: CustomersTable;
  locations: LocationsTable;
  portal_users: PortalUsersTable;
  portal_user_customers: PortalUserCustomersTable;
  portal_user_locations: PortalUserLocationsTable;
  sessions: SessionsTable;
  account_tokens: AccountTokensTable;
  auth_throttle: AuthThrottleTable;
  audit_events: AuditEventsTable;
  outbox_emails: OutboxEmailsTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type StaffUser = Selectable<StaffUsersTable>;
export type PortalUser = Selectable<PortalUsersTable>;
export type NewOutboxEmail = Insertable<OutboxEmailsTable>;
export type { Generated };
