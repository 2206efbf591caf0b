/**
 * The id of the tenant a piece of work is for. Only the request context (a signed-in
 * session) and the operator paths (CLI, demo, setup) mint one, so a repository that asks
 * for a TenantId cannot be handed an arbitrary string from a URL by mistake.
 */
export type TenantId = string & { readonly __brand: 'TenantId' };

export function asTenantId(organizationId: string): TenantId {
  return organizationId as TenantId;
}
