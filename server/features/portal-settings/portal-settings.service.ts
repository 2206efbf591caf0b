import sharp from 'sharp';
import { socialNetworks, type PortalSettings, type PortalSettingsResponse } from '../../../shared/features/portal-settings/portal-settings.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { withImageSlot } from '../../lib/image-work.ts';
import { logoUrlOf, parseSocialLinks } from '../../platform/tenants/branding.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import { listRequestAssignees, updatePortalSettings } from './portal-settings.repository.ts';

async function tenantOf(ctx: AppContext, tenantId: TenantId): Promise<Tenant> {
  return (await findTenantById(ctx.db, tenantId))!;
}

async function assigneesOf(ctx: AppContext, tenantId: TenantId) {
  return listRequestAssignees(ctx.db, tenantId);
}

export async function getPortalSettings(ctx: AppContext, tenantId: TenantId): Promise<PortalSettingsResponse> {
  const [tenant, assignees] = await Promise.all([tenantOf(ctx, tenantId), assigneesOf(ctx, tenantId)]);
  const links = parseSocialLinks(tenant.social_links);
  return {
    portalEnabled: tenant.portal_enabled,
    displayName: tenant.display_name,
    brandColor: tenant.brand_color,
    contactEmail: tenant.contact_email,
    contactPhone: tenant.contact_phone,
    socialLinks: Object.fromEntries(socialNetworks.map((n) => [n, links[n] ?? null])) as PortalSettingsResponse['socialLinks'],
    requestsAllowed: tenant.requests_allowed,
    showOpenRequests: tenant.show_open_requests,
    showClosedRequests: tenant.show_closed_requests,
    defaultRequestAssigneeId: tenant.default_request_assignee_id,
    allowPrepayments: tenant.allow_prepayments,
    customersManageNotifications: tenant.customers_manage_notifications,
    logoUrl: logoUrlOf(tenant),
    portalUrl: `${ctx.config.publicUrl}/portal/${tenant.slug}`,
    assignees,
  };
}

export async function savePortalSettings(ctx: AppContext, actor: StaffActor, settings: PortalSettings): Promise<PortalSettingsResponse> {
  if (settings.defaultRequestAssigneeId) {
    const assignees = await assigneesOf(ctx, actor.tenantId);
    if (!assignees.some((a) => a.id === settings.defaultRequestAssigneeId)) {
      throw new AppError('validation_failed', message('portalSettings.assigneeOutside'), { defaultRequestAssigneeId: message('portalSettings.assigneeOutsideField') });
    }
  }
  const links = Object.fromEntries(socialNetworks.flatMap((n) => (settings.socialLinks[n] ? [[n, settings.socialLinks[n]]] : [])));
  await updatePortalSettings(ctx.db, actor.tenantId, {
      portal_enabled: settings.portalEnabled,
      display_name: settings.displayName,
      brand_color: settings.brandColor.toUpperCase(),
      contact_email: settings.contactEmail,
      contact_phone: settings.contactPhone,
      social_links: JSON.stringify(links),
      requests_allowed: settings.requestsAllowed,
      show_open_requests: settings.showOpenRequests,
      show_closed_requests: settings.showClosedRequests,
      default_request_assignee_id: settings.defaultRequestAssigneeId,
      allow_prepayments: settings.allowPrepayments,
      customers_manage_notifications: settings.customersManageNotifications,
  });
  return getPortalSettings(ctx, actor.tenantId);
}

const logoSide = 512;
const logoFormats = new Set(['png', 'jpeg', 'webp']);

/**
 * Stores a new logo: the bytes must decode as PNG, JPEG or WebP whatever the file is called;
 * it is re-encoded (which drops EXIF and any other metadata) and scaled to fit 512 px.
 */
export async function saveLogo(ctx: AppContext, actor: StaffActor, upload: Buffer): Promise<PortalSettingsResponse> {
  const notAnImage = () => new AppError('validation_failed', message('portalSettings.logoType'), { logo: message('portalSettings.logoTypeField') });
  let png: Buffer;
  try {
    const image = sharp(upload, { limitInputPixels: 40_000_000 });
    const { format } = await image.metadata();
    if (!format || !logoFormats.has(format)) throw notAnImage();
    png = await withImageSlot(() => image.rotate().resize(logoSide, logoSide, { fit: 'inside', withoutEnlargement: true }).png().toBuffer());
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notAnImage();
  }
  const tenant = await tenantOf(ctx, actor.tenantId);
  const file = `${newId()}.png`;
  await ctx.files.put(`logos/${tenant.id}/${file}`, png);
  await updatePortalSettings(ctx.db, actor.tenantId, { logo_file: file });
  if (tenant.logo_file) await ctx.files.remove(`logos/${tenant.id}/${tenant.logo_file}`);
  return getPortalSettings(ctx, actor.tenantId);
}

export async function removeLogo(ctx: AppContext, actor: StaffActor): Promise<PortalSettingsResponse> {
  const tenant = await tenantOf(ctx, actor.tenantId);
  await updatePortalSettings(ctx.db, actor.tenantId, { logo_file: null });
  if (tenant.logo_file) await ctx.files.remove(`logos/${tenant.id}/${tenant.logo_file}`);
  return getPortalSettings(ctx, actor.tenantId);
}
