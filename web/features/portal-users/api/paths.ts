export function portalUsersPath(customerId: string): string {
  return `/api/office/customers/${encodeURIComponent(customerId)}/portal-users`;
}

export function portalUserPath(customerId: string, portalUserId: string): string {
  return `${portalUsersPath(customerId)}/${encodeURIComponent(portalUserId)}`;
}
