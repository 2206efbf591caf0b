import type { Executor } from '../../db/database.ts';
import type { PrincipalKind } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/secrets.ts';
import { days, hours, isoAfter, isoNow } from '../../lib/time.ts';

/** A session lasts this long after its last use. */
export const sessionIdleLifetime = days(14);
// Touching the row on every request would turn every read into a write.
const touchInterval = hours(1);

export type SessionPrincipal = { kind: PrincipalKind; id: string; organizationId: string };
export type LoadedSession = SessionPrincipal & { sessionId: string };

export async function createSession(
  db: Executor,
  secret: string,
  principal: SessionPrincipal,
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; sessionId: string }> {
  const token = newToken();
  const sessionId = newId();
  const now = isoNow();
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      token_hash: hashToken(token, secret),
      organization_id: principal.organizationId,
      principal_kind: principal.kind,
      principal_id: principal.id,
      created_at: now,
      last_seen_at: now,
      expires_at: isoAfter(sessionIdleLifetime),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, sessionId };
}

export async function loadSession(db: Executor, secret: string, token: string, kind: PrincipalKind): Promise<LoadedSession | null> {
  const now = new Date();
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'organization_id', 'principal_kind', 'principal_id', 'expires_at', 'last_seen_at'])
    .where('token_hash', '=', hashToken(token, secret))
    .executeTakeFirst();
  if (!row || row.principal_kind !== kind || row.expires_at <= now.toISOString()) return null;
  if (Date.parse(row.last_seen_at) < now.getTime() - touchInterval) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: isoNow(now), expires_at: isoAfter(sessionIdleLifetime, now) })
      .where('id', '=', row.id)
      .execute();
  }
  return { sessionId: row.id, kind, id: row.principal_id, organizationId: row.organization_id };
}

/** Ends the session a cookie token stands for, if any: signing in again must not leave the old one alive. */
export async function endSessionByToken(db: Executor, secret: string, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token, secret)).execute();
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a person, except optionally the one making the change. */
export async function endSessionsOf(db: Executor, kind: PrincipalKind, principalId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('principal_kind', '=', kind).where('principal_id', '=', principalId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}
