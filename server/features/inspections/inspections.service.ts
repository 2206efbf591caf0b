import type { z } from 'zod';
import { inspectionScore } from '../../../shared/features/inspections/inspection-score.ts';
import {
  maxPhotosPerArea,
  scaleRatings,
  trendLength,
  type createInspectionSchema,
  type Inspection,
  type InspectionForm,
  type InspectionList,
  type InspectionSettings,
  type InspectionSummary,
  type inspectionsQuerySchema,
  type LocationTrend,
  type officeInspectionSchema,
  type queuedInspectionPhotoFieldsSchema,
} from '../../../shared/features/inspections/inspections.contract.ts';
import { deviceTime, maxClockAheadMinutes, maxOfflineHours } from '../../../shared/offline-writes.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, forbidden, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { days, isoAfter, isoNow } from '../../lib/time.ts';
import { attachmentsOf, claimAttachments, storeUpload, toAttachment, type Uploader } from '../../platform/attachments/attachments.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './inspections.repository.ts';

/** The areas of a location's cleaning plan, in order: the cleaning-plans feature answers, through `app.ts`. */
export type PlanAreas = (db: Executor, tenantId: TenantId, locationId: string) => Promise<{ id: string; name: string }[]>;
export type InspectionDeps = { planAreas: PlanAreas };

type NewInspection = z.output<typeof createInspectionSchema>;
type NewOfficeInspection = z.output<typeof officeInspectionSchema>;
type QueuedPhotoFields = z.output<typeof queuedInspectionPhotoFieldsSchema>;
type ListQuery = z.output<typeof inspectionsQuerySchema>;
type Inspector = { uploader: Uploader; name: string };
/** When an inspection was filled in, and the device-made id it came with (none from the office or the portal directly). */
type Made = { at: string; clientId: string | null };

/** Visits a customer may pick from to inspect: the latest completed ones. */
const inspectableVisitCount = 20;
/** Trends look back a year; older inspections stay in the list. */
const trendWindow = days(366);

function toSummary(row: repo.InspectionRow): InspectionSummary {
  return {
    id: row.id,
    locationId: row.location_id,
    locationName: row.location_name,
    locationTimeZone: row.location_time_zone,
    customerId: row.customer_id,
    customerName: row.customer_name,
    visitId: row.visit_id,
    scale: row.scale,
    score: row.score,
    ratedAreas: Number(row.rated_count ?? 0),
    areaCount: Number(row.area_count ?? 0),
    inspectorName: row.inspector_name,
    byCustomer: row.inspected_by_kind === 'portal',
    inspectedAt: row.inspected_at,
  };
}

async function inspectionOf(db: Executor, tenantId: TenantId, row: repo.InspectionRow, urlBase: string): Promise<Inspection> {
  const areas = await repo.areasOf(db, tenantId, row.id);
  const photos = await attachmentsOf(db, tenantId, 'inspection_area', areas.map((area) => area.id));
  return {
    ...toSummary(row),
    note: row.note,
    areas: areas.map((area) => ({
      id: area.id,
      name: area.name,
      rating: area.rating,
      comment: area.comment,
      photos: photos.filter((photo) => photo.owner_id === area.id).map((photo) => toAttachment(photo, urlBase)),
    })),
  };
}

export async function getSettings(ctx: AppContext, tenantId: TenantId): Promise<InspectionSettings> {
  const row = await repo.tenantSettings(ctx.db, tenantId);
  return { scale: row.inspection_scale, customersInspectVisits: row.customers_inspect_visits };
}

export async function saveSettings(ctx: AppContext, actor: StaffActor, input: InspectionSettings): Promise<InspectionSettings> {
  await repo.updateTenantSettings(ctx.db, actor.tenantId, { inspection_scale: input.scale, customers_inspect_visits: input.customersInspectVisits });
  return getSettings(ctx, actor.tenantId);
}

/** The form for a location: the company's scale and the location's areas; another company's location is not found. */
async function formOf(db: Executor, deps: InspectionDeps, tenantId: TenantId, locationId: string): Promise<InspectionForm> {
  const location = await repo.findLocation(db, tenantId, locationId);
  if (!location) throw notFound('location');
  const [settings, areas] = await Promise.all([repo.tenantSettings(db, tenantId), deps.planAreas(db, tenantId, locationId)]);
  return {
    locationId: location.id,
    locationName: location.name,
    customerName: location.customer_name,
    scale: settings.inspection_scale,
    areas: areas.map((area) => ({ areaId: area.id, name: area.name })),
  };
}

export function officeForm(ctx: AppContext, deps: InspectionDeps, actor: StaffActor, locationId: string): Promise<InspectionForm> {
  return formOf(ctx.db, deps, actor.tenantId, locationId);
}

/**
 * Each of the location's areas with its rating (null when left unrated) and comment. An area the
 * form sent that is not in the plan any more (someone removed it meanwhile), or a rating off the
 * company's scale, is refused with the field named.
 */
function ratedAreas(form: InspectionForm, input: NewInspection) {
  const byId = new Map(input.areas.map((area, index) => [area.areaId, { ...area, index }]));
  if (form.areas.length === 0) {
    throw new AppError('validation_failed', message('inspections.noAreas', { location: form.locationName }), { areas: message('inspections.noAreasField') });
  }
  for (const [index, area] of input.areas.entries()) {
    if (!form.areas.some((planned) => planned.areaId === area.areaId)) {
      throw new AppError('validation_failed', message('inspections.areaGone'), { [`areas.${index}.areaId`]: message('inspections.areaGoneField') });
    }
    if (area.rating !== null && !scaleRatings[form.scale].includes(area.rating)) {
      throw new AppError('validation_failed', message('inspections.offScale'), { [`areas.${index}.rating`]: message(form.scale === 'pass_fail' ? 'inspections.passOrFail' : 'inspections.oneToFive') });
    }
  }
  return form.areas.map((planned, position) => {
    const given = byId.get(planned.areaId);
    return { id: newId(), name: planned.name, position, rating: given?.rating ?? null, comment: given?.comment ?? null, attachmentIds: given?.attachmentIds ?? [] };
  });
}

/** Stores an inspection with its areas and photos in one transaction, then tells open pages. */
async function saveInspection(ctx: AppContext, deps: InspectionDeps, tenantId: TenantId, inspector: Inspector, made: Made, input: NewInspection, requireVisit: (trx: Executor) => Promise<void>): Promise<string> {
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const form = await formOf(trx, deps, tenantId, input.locationId);
    await requireVisit(trx);
    const areas = ratedAreas(form, input);
    const location = (await repo.findLocation(trx, tenantId, input.locationId))!;
    const id = newId();
    await repo.insertInspection(
      trx,
      tenantId,
      {
        id,
        customer_id: location.customer_id,
        location_id: location.id,
        visit_id: input.visitId ?? null,
        scale: form.scale,
        score: inspectionScore(form.scale, areas.map((area) => area.rating)),
        note: input.note ?? null,
        inspected_by_kind: inspector.uploader.kind,
        inspected_by_id: inspector.uploader.id,
        inspector_name: inspector.name,
        inspected_at: made.at,
        client_id: made.clientId,
      },
      areas.map(({ attachmentIds: _photos, ...area }) => ({ ...area, inspection_id: id })),
    );
    for (const area of areas) {
      await claimAttachments(trx, tenantId, area.attachmentIds, inspector.uploader, location.id, { type: 'inspection_area', id: area.id });
    }
    return { id, locationId: location.id };
  });
  ctx.events.publish({ tenantId, topic: 'inspections', locationId: saved.locationId, id: saved.id });
  return saved.id;
}

/** A visit named on an inspection must be at the inspected location. */
async function requireVisitAt(db: Executor, tenantId: TenantId, visitId: string | null | undefined, locationId: string, mustBeCompleted: boolean): Promise<void> {
  if (!visitId) {
    if (mustBeCompleted) throw new AppError('validation_failed', message('inspections.chooseVisit'), { visitId: message('inspections.chooseVisitField') });
    return;
  }
  const visit = await repo.findVisit(db, tenantId, visitId);
  if (!visit || visit.location_id !== locationId) throw notFound('visit');
  if (mustBeCompleted && visit.status !== 'completed') {
    throw new AppError('validation_failed', message('inspections.visitNotCompleted'), { visitId: message('inspections.visitNotCompletedField') });
  }
}

/**
 * When an inspection was filled in: the device's time when it sends one (an inspection kept without
 * a signal arrives long after), bounded as the field app's clock taps are; otherwise the server's.
 */
function inspectedTime(at: string | undefined, now: Date): string {
  if (at === undefined) return isoNow(now);
  const filled = deviceTime(at, now);
  if (filled === 'ahead') throw new AppError('validation_failed', message('inspections.filledAhead'), { inspectedAt: message('inspections.filledAheadField', { minutes: maxClockAheadMinutes }) });
  if (filled === 'tooOld') throw new AppError('validation_failed', message('inspections.filledTooOld', { hours: maxOfflineHours }), { inspectedAt: message('inspections.filledTooOldField', { hours: maxOfflineHours }) });
  return isoNow(filled);
}

/** The inspection a device-made id already made, when this person made it; someone else's id is refused. */
async function inspectionSentBefore(db: Executor, actor: StaffActor, clientId: string | undefined): Promise<string | null> {
  if (!clientId) return null;
  const earlier = await repo.inspectionByClientId(db, actor.tenantId, clientId);
  if (!earlier) return null;
  if (earlier.inspected_by_kind !== 'staff' || earlier.inspected_by_id !== actor.userId) throw new AppError('conflict', message('inspections.clientIdTaken'));
  return earlier.id;
}

export async function inspectLocation(ctx: AppContext, deps: InspectionDeps, actor: StaffActor, input: NewOfficeInspection): Promise<Inspection> {
  const again = await inspectionSentBefore(ctx.db, actor, input.clientId);
  if (again) return officeInspection(ctx, actor, again);
  const inspector = { uploader: { kind: 'staff' as const, id: actor.userId }, name: actor.name };
  const made = { at: inspectedTime(input.inspectedAt, ctx.now()), clientId: input.clientId ?? null };
  try {
    const id = await saveInspection(ctx, deps, actor.tenantId, inspector, made, input, (trx) => requireVisitAt(trx, actor.tenantId, input.visitId, input.locationId, false));
    return await officeInspection(ctx, actor, id);
  } catch (error) {
    // The same inspection sent twice at once: the second finds the first's row and answers it.
    if (!isUniqueViolation(error) || !input.clientId) throw error;
    return officeInspection(ctx, actor, (await inspectionSentBefore(ctx.db, actor, input.clientId))!);
  }
}

/** The inspection this person made with a device-made id: another's, or one never sent, is not found. */
async function myInspectionByClientId(db: Executor, actor: StaffActor, clientId: string): Promise<string> {
  const inspection = await repo.inspectionByClientId(db, actor.tenantId, clientId);
  if (!inspection || inspection.inspected_by_kind !== 'staff' || inspection.inspected_by_id !== actor.userId) throw notFound('inspection');
  return inspection.id;
}

/** The area a queued photo goes to, with room for it. */
async function areaForPhoto(db: Executor, tenantId: TenantId, inspectionId: string, position: number): Promise<string> {
  const area = await repo.areaAt(db, tenantId, inspectionId, position);
  if (!area) throw new AppError('validation_failed', message('inspections.noSuchArea'), { area: message('inspections.noSuchAreaField') });
  if ((await attachmentsOf(db, tenantId, 'inspection_area', [area.id])).length >= maxPhotosPerArea) {
    throw new AppError('validation_failed', message('inspections.tooManyPhotos', { maximum: maxPhotosPerArea }), { file: message('validation.attachAtMost', { maximum: maxPhotosPerArea }) });
  }
  return area.id;
}

type QueuedPhotoForm = { fields: QueuedPhotoFields; upload: { fileName: string; data: Buffer } };

/**
 * A photo taken in the field app without a signal, sent after the inspection it belongs to (the
 * queue keeps their order): attached to the area at its position on the form, stored without its
 * metadata. Sending the same photo again attaches nothing twice. The form is read only once the
 * inspection is found, so nobody streams a file at another person's or company's inspection.
 */
export async function addQueuedPhoto(ctx: AppContext, actor: StaffActor, inspectionClientId: string, readForm: () => Promise<QueuedPhotoForm>): Promise<Inspection> {
  const inspectionId = await myInspectionByClientId(ctx.db, actor, inspectionClientId);
  const { fields, upload } = await readForm();
  const earlier = await repo.queuedPhotoByClientId(ctx.db, actor.tenantId, fields.clientId);
  if (earlier) {
    if (earlier.staff_user_id !== actor.userId || earlier.inspection_id !== inspectionId) throw new AppError('conflict', message('inspections.clientIdTaken'));
    return officeInspection(ctx, actor, inspectionId);
  }
  const areaId = await areaForPhoto(ctx.db, actor.tenantId, inspectionId, fields.area);
  const inspection = (await repo.findInspection(ctx.db, actor.tenantId, inspectionId))!;
  const uploader = { kind: 'staff' as const, id: actor.userId };
  const stored = await storeUpload(ctx, actor.tenantId, uploader, inspection.location_id, upload);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const id = newId();
      await repo.insertQueuedPhoto(trx, actor.tenantId, { id, inspection_area_id: areaId, staff_user_id: actor.userId, client_id: fields.clientId, created_at: isoNow(ctx.now()) });
      await claimAttachments(trx, actor.tenantId, [stored.id], uploader, inspection.location_id, { type: 'inspection_area', id: areaId });
    });
  } catch (error) {
    // The same photo sent twice at once: the first is kept; this copy stays unattached and the daily prune removes it.
    if (!isUniqueViolation(error)) throw error;
  }
  ctx.events.publish({ tenantId: actor.tenantId, topic: 'inspections', locationId: inspection.location_id, id: inspectionId });
  return officeInspection(ctx, actor, inspectionId);
}

async function assertScope(db: Executor, tenantId: TenantId, scope: { customerId?: string; locationId?: string }): Promise<void> {
  if (scope.customerId && !(await repo.findCustomer(db, tenantId, scope.customerId))) throw notFound('customer');
  if (scope.locationId && !(await repo.findLocation(db, tenantId, scope.locationId))) throw notFound('location');
}

async function pageOf(db: Executor, tenantId: TenantId, filter: repo.InspectionFilter, page: { page: number; pageSize: number }): Promise<InspectionList> {
  const { items, total } = await repo.listInspections(db, tenantId, filter, page);
  return { items: items.map(toSummary), total, page: page.page, pageSize: page.pageSize };
}

export async function listInspections(ctx: AppContext, actor: StaffActor, query: ListQuery): Promise<InspectionList> {
  await assertScope(ctx.db, actor.tenantId, query);
  return pageOf(ctx.db, actor.tenantId, { locationId: query.locationId, customerId: query.customerId }, query);
}

export async function officeInspection(ctx: AppContext, actor: StaffActor, id: string): Promise<Inspection> {
  const row = await repo.findInspection(ctx.db, actor.tenantId, id);
  if (!row) throw notFound('inspection');
  return inspectionOf(ctx.db, actor.tenantId, row, '/api/office/attachments');
}

/** Each location's latest `trendLength` scores within the last year, oldest first; locations by name. */
export function trendsOf(rows: Awaited<ReturnType<typeof repo.scoredInspections>>): LocationTrend[] {
  const byLocation = new Map<string, LocationTrend>();
  for (const row of rows) {
    const trend = byLocation.get(row.location_id) ?? { locationId: row.location_id, locationName: row.location_name, locationTimeZone: row.location_time_zone, customerName: row.customer_name, points: [] };
    byLocation.set(row.location_id, trend);
    if (trend.points.length < trendLength) trend.points.push({ inspectionId: row.id, inspectedAt: row.inspected_at, score: row.score! });
  }
  return [...byLocation.values()]
    .map((trend) => ({ ...trend, points: trend.points.reverse() }))
    .sort((a, b) => a.customerName.localeCompare(b.customerName) || a.locationName.localeCompare(b.locationName));
}

export async function officeTrends(ctx: AppContext, actor: StaffActor, query: { locationId?: string; customerId?: string }): Promise<{ locations: LocationTrend[] }> {
  await assertScope(ctx.db, actor.tenantId, query);
  const rows = await repo.scoredInspections(ctx.db, actor.tenantId, query, isoAfter(-trendWindow, ctx.now()));
  return { locations: trendsOf(rows) };
}

// The portal: every portal user of a location with Quality checks on sees all of its inspections.

const portalFiles = (slug: string) => `/api/portal/${slug}/attachments`;

export async function portalInspections(ctx: AppContext, actor: PortalActor, locationId: string, page: { page: number; pageSize: number }): Promise<InspectionList> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'qualityChecks');
  return pageOf(ctx.db, actor.tenantId, { locationId }, page);
}

export async function portalTrend(ctx: AppContext, actor: PortalActor, locationId: string): Promise<LocationTrend> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'qualityChecks');
  const [trend] = trendsOf(await repo.scoredInspections(ctx.db, actor.tenantId, { locationId }, isoAfter(-trendWindow, ctx.now())));
  const named = (await repo.findLocation(ctx.db, actor.tenantId, locationId))!;
  return trend ?? { locationId, locationName: location.name, locationTimeZone: location.time_zone, customerName: named.customer_name, points: [] };
}

export async function portalInspection(ctx: AppContext, actor: PortalActor, slug: string, id: string): Promise<Inspection> {
  const row = await repo.findInspection(ctx.db, actor.tenantId, id);
  if (!row) throw notFound('inspection');
  // Not theirs, or Quality checks is off there: not found, exactly like an id that does not exist.
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, row.location_id, 'qualityChecks').catch(() => {
    throw notFound('inspection');
  });
  return inspectionOf(ctx.db, actor.tenantId, row, portalFiles(slug));
}

/** Whether the company lets its customers inspect visits; when not, the portal offers no form. */
async function requireCustomersInspect(db: Executor, tenantId: TenantId): Promise<void> {
  if (!(await repo.tenantSettings(db, tenantId)).customers_inspect_visits) throw forbidden(message('inspections.customersMayNot'));
}

export async function portalForm(ctx: AppContext, deps: InspectionDeps, actor: PortalActor, locationId: string): Promise<InspectionForm & { visits: { id: string; name: string; startsAt: string }[] }> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'qualityChecks');
  await requireCustomersInspect(ctx.db, actor.tenantId);
  const [form, visits] = await Promise.all([formOf(ctx.db, deps, actor.tenantId, locationId), repo.completedVisits(ctx.db, actor.tenantId, locationId, inspectableVisitCount)]);
  return { ...form, visits: visits.map((visit) => ({ id: visit.id, name: visit.name, startsAt: visit.starts_at })) };
}

/** A customer inspects a completed visit at their location, when the company allows it. */
export async function customerInspectsVisit(ctx: AppContext, deps: InspectionDeps, actor: PortalActor, slug: string, input: NewInspection): Promise<Inspection> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, input.locationId, 'qualityChecks');
  await requireCustomersInspect(ctx.db, actor.tenantId);
  const inspector = { uploader: { kind: 'portal' as const, id: actor.userId }, name: actor.name };
  const made = { at: isoNow(ctx.now()), clientId: null };
  const id = await saveInspection(ctx, deps, actor.tenantId, inspector, made, input, (trx) => requireVisitAt(trx, actor.tenantId, input.visitId, input.locationId, true));
  return portalInspection(ctx, actor, slug, id);
}
