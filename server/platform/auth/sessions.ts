import { compileOnce } from '../../db/compile-once.ts';
import type { Executor } from '../../db/database.ts';
import type { PrincipalKind } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/secrets.ts';
import { days, hours, isoAfter, isoNow } from '../../lib/time.ts';
import { unscoped } from '../../db/tenant-scope.ts';
import type { TenantId } from '../tenants/tenant-id.ts';

/** A session lasts this long after its last use. */
export const sessionIdleLifetime = days(14);
// Touching the row on every request would turn every read into a write.
const touchInterval = hours(1);

export type SessionPrincipal = { kind: PrincipalKind; id: string; tenantId: string };

export async function createSession(
  db: Executor,
  secret: string,
  principal: SessionPrincipal,
  client: { ip: string | null; userAgent: string | null },
  impersonatorId: string | null = null,
  at = new Date(),
): Promise<{ token: string; sessionId: string }> {
  const token = newToken();
  const sessionId = newId();
  const now = isoNow(at);
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      token_hash: hashToken(token, secret),
      tenant_id: principal.tenantId,
      principal_kind: principal.kind,
      principal_id: principal.id,
      created_at: now,
      last_seen_at: now,
      expires_at: isoAfter(sessionIdleLifetime, at),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
      impersonator_id: impersonatorId,
    })
    .execute();
  return { token, sessionId };
}

type SessionTimes = { id: string; tenant_id: string; expires_at: string; last_seen_at: string };

/** Null when expired; otherwise slides the expiry forward, at most once an hour. */
async function keepAlive<T extends SessionTimes>(db: Executor, row: T | undefined, now: Date): Promise<T | null> {
  if (!row || row.expires_at <= now.toISOString()) return null;
  if (Date.parse(row.last_seen_at) < now.getTime() - touchInterval) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: isoNow(now), expires_at: isoAfter(sessionIdleLifetime, now) })
      .where('tenant_id', '=', row.tenant_id)
      .where('id', '=', row.id)
      .execute();
  }
  return row;
}

const findsItsTenant = 'a session is found by its cookie token, which names the tenant';

// Each loader reads the session and its person in one query: this runs on every request.
const staffSessionByHash = compileOnce((db: Executor, tokenHash: string) =>
  unscoped(db, findsItsTenant)
    .selectFrom('sessions as s')
    .innerJoin('staff_users as u', (join) => join.onRef('u.id', '=', 's.principal_id').onRef('u.tenant_id', '=', 's.tenant_id'))
    .select(['s.id', 's.tenant_id', 's.expires_at', 's.last_seen_at', 'u.id as user_id', 'u.name', 'u.email', 'u.role', 'u.deactivated_at', 'u.language'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.principal_kind', '=', 'staff'),
);

const portalSessionByHash = compileOnce((db: Executor, tokenHash: string) =>
  unscoped(db, findsItsTenant)
    .selectFrom('sessions as s')
    .innerJoin('portal_users as u', (join) => join.onRef('u.id', '=', 's.principal_id').onRef('u.tenant_id', '=', 's.tenant_id'))
    .select(['s.id', 's.tenant_id', 's.expires_at', 's.last_seen_at', 's.impersonator_id', 'u.id as user_id', 'u.name', 'u.email', 'u.locked_at', 'u.language'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.principal_kind', '=', 'portal'),
);

/** The staff session a cookie token stands for, with the staff member, or null. */
export async function loadStaffSession(db: Executor, secret: string, token: string, now: Date) {
  return keepAlive(db, await staffSessionByHash(db, hashToken(token, secret)), now);
}

/** The portal session a cookie token stands for, with the portal user, or null. */
export async function loadPortalSession(db: Executor, secret: string, token: string, now: Date) {
  return keepAlive(db, await portalSessionByHash(db, hashToken(token, secret)), now);
}

/** Ends the session a cookie token stands for, if any: signing in again must not leave the old one alive. */
export async function endSessionByToken(db: Executor, secret: string, token: string): Promise<void> {
  await unscoped(db, findsItsTenant).deleteFrom('sessions').where('token_hash', '=', hashToken(token, secret)).execute();
}

export async function endSession(db: Executor, tenantId: TenantId, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', sessionId).execute();
}

/** Ends every session of a person, except optionally the one making the change. */
export async function endSessionsOf(db: Executor, tenantId: TenantId, kind: PrincipalKind, principalId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('principal_kind', '=', kind).where('principal_id', '=', principalId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}
