import type { Executor } from '../../db/database.ts';
import type { PrincipalKind, TokenPurpose } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/secrets.ts';
import { isoAfter, isoNow } from '../../lib/time.ts';
import { unscoped } from '../../db/tenant-scope.ts';
// eslint-disable-next-line no-restricted-syntax -- consumeAccountToken mints the tenant an emailed link's own row names
import { asTenantId, type TenantId } from '../tenants/tenant-id.ts';

export type TokenOwner = { kind: PrincipalKind; id: string; tenantId: string };

/**
 * Issues a single-use link token. Earlier unused tokens of the same purpose are spent first,
 * so only the newest emailed link works.
 */
export async function issueAccountToken(
  db: Executor,
  secret: string,
  owner: TokenOwner,
  purpose: TokenPurpose,
  lifetimeMs: number,
  issuedAt: Date,
  payload: string | null = null,
): Promise<string> {
  const now = isoNow(issuedAt);
  await db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('tenant_id', '=', owner.tenantId)
    .where('principal_kind', '=', owner.kind)
    .where('principal_id', '=', owner.id)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
  const token = newToken();
  await db
    .insertInto('account_tokens')
    .values({
      id: newId(),
      token_hash: hashToken(token, secret),
      tenant_id: owner.tenantId,
      principal_kind: owner.kind,
      principal_id: owner.id,
      purpose,
      created_at: now,
      expires_at: isoAfter(lifetimeMs, issuedAt),
      used_at: null,
      payload,
    })
    .execute();
  return token;
}

/** Marks the token used and returns its owner, or null when unknown, used, expired or meant for something else. */
export async function consumeAccountToken(
  db: Executor,
  secret: string,
  token: string,
  purpose: TokenPurpose,
  at: Date,
): Promise<(TokenOwner & { tenantId: TenantId; payload: string | null }) | null> {
  const now = isoNow(at);
  // The guarded update makes a double submit of the same link succeed at most once.
  const row = await unscoped(db, 'the emailed link names its tenant through its token')
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token, secret))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['principal_kind', 'principal_id', 'tenant_id', 'payload'])
    .executeTakeFirst();
  if (!row) return null;
  // The token's own row names its tenant: the token hash is its only key.
  return { kind: row.principal_kind, id: row.principal_id, tenantId: asTenantId(row.tenant_id), payload: row.payload };
}
