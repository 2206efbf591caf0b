import type { SchedulingSettings, SchedulingSettingsResponse } from '../../../shared/features/visits/scheduling-settings.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import type { StaffActor } from '../../http/auth.ts';
import { notFound } from '../../http/errors.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import { updateSchedulingSettings } from './scheduling-settings.repository.ts';

function toSettings(tenant: Tenant): SchedulingSettingsResponse {
  return {
    showArrivalWindow: tenant.show_arrival_window,
    arrivalWindowBeforeMinutes: tenant.arrival_window_before_minutes,
    arrivalWindowAfterMinutes: tenant.arrival_window_after_minutes,
    businessHoursOpens: tenant.business_hours_opens,
    businessHoursCloses: tenant.business_hours_closes,
    skipCutoffHours: tenant.skip_cutoff_hours,
    calendarFeedDays: tenant.calendar_feed_days,
    currency: tenant.currency,
  };
}

export async function getSchedulingSettings(ctx: AppContext, tenantId: TenantId): Promise<SchedulingSettingsResponse> {
  const tenant = await findTenantById(ctx.db, tenantId);
  if (!tenant) throw notFound('company');
  return toSettings(tenant);
}

/** Saves the company's scheduling settings; the contract has already checked each field and that closing comes after opening. */
export async function saveSchedulingSettings(ctx: AppContext, actor: StaffActor, settings: SchedulingSettings): Promise<SchedulingSettingsResponse> {
  await updateSchedulingSettings(ctx.db, actor.tenantId, {
    show_arrival_window: settings.showArrivalWindow,
    arrival_window_before_minutes: settings.arrivalWindowBeforeMinutes,
    arrival_window_after_minutes: settings.arrivalWindowAfterMinutes,
    business_hours_opens: settings.businessHoursOpens,
    business_hours_closes: settings.businessHoursCloses,
    skip_cutoff_hours: settings.skipCutoffHours,
    calendar_feed_days: settings.calendarFeedDays,
    currency: settings.currency,
  });
  return getSchedulingSettings(ctx, actor.tenantId);
}
