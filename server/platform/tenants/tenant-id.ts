import type { Tenant } from '../../db/schema.ts';

/**
 * The id of the tenant a piece of work is for. Only the request context (a signed-in
 * session) and the operator paths (CLI, demo, setup) mint one, so a repository that asks
 * for a TenantId cannot be handed an arbitrary string from a URL by mistake.
 */
export type TenantId = string & { readonly __brand: 'TenantId' };

/**
 * Mints a TenantId from a string. Only code that learnt the tenant from something it trusts
 * may call it, and a lint rule (eslint.config.js) keeps it to them: server/http/auth.ts (the
 * session's own row), this folder, the operator paths (server/cli.ts, server/demo/,
 * server/features/setup/, server/platform/backup/), jobs, and tests. Everyone else takes the
 * TenantId they are handed (an actor's), or `tenantIdOf` a tenant row they read.
 */
export function asTenantId(tenantId: string): TenantId {
  return tenantId as TenantId;
}

/** The tenant a tenant row read from the database is: e.g. the one a portal address names. */
export function tenantIdOf(tenant: Tenant): TenantId {
  return asTenantId(tenant.id);
}
