import type { PortalBranding } from '../../../shared/features/auth/portal-auth.contract.ts';
import { socialNetworks, type SocialNetwork } from '../../../shared/features/portal-settings/portal-settings.contract.ts';
import type { Tenant } from '../../db/schema.ts';
import { message, type Message } from '../../http/errors.ts';

export function parseSocialLinks(json: string): Partial<Record<SocialNetwork, string>> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Partial<Record<SocialNetwork, string>>) : {};
  } catch {
    return {};
  }
}

/** The logo's address changes with each upload, so browsers may cache it forever. */
export function logoUrlOf(tenant: Tenant): string | null {
  return tenant.logo_file ? `/api/portal/${tenant.slug}/logo?v=${encodeURIComponent(tenant.logo_file)}` : null;
}

export function brandingOf(tenant: Tenant): PortalBranding {
  const links = parseSocialLinks(tenant.social_links);
  return {
    brandColor: tenant.brand_color,
    logoUrl: logoUrlOf(tenant),
    contactEmail: tenant.contact_email,
    contactPhone: tenant.contact_phone,
    address: tenant.address,
    socialLinks: socialNetworks.flatMap((network) => (links[network] ? [{ network, url: links[network] }] : [])),
  };
}

/** What a locked-out customer is told: that access was revoked, and whom to contact. */
export function accessRevokedMessage(tenant: Tenant): Message {
  const company = tenant.display_name;
  const { contact_email: email, contact_phone: phone } = tenant;
  const contact = email && phone ? message('portal.emailOrPhone', { email, phone }) : email || phone;
  return contact ? message('portal.accessRevokedContactAt', { company, contact }) : message('portal.accessRevokedContact', { company });
}
