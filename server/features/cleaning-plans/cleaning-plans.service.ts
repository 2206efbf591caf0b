import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  maxAreasPerLocation,
  maxTasksPerArea,
  type CleaningArea,
  type cleaningAreaInputSchema,
  type CleaningPlan,
  type cleaningTaskInputSchema,
  type CleaningTask,
  type PlanSources,
  type PortalCleaningPlan,
} from '../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './cleaning-plans.repository.ts';
import { renderPlanPdf } from './plan-pdf.ts';

type AreaInput = z.output<typeof cleaningAreaInputSchema>;
type TaskInput = z.output<typeof cleaningTaskInputSchema>;

const toTask = (row: repo.TaskRow): CleaningTask => ({ id: row.id, text: row.text, frequency: row.frequency });

function toArea(row: repo.AreaRow, tasks: repo.TaskRow[]): CleaningArea {
  return { id: row.id, name: row.name, notes: row.notes, tasks: tasks.filter((task) => task.area_id === row.id).map(toTask) };
}

/** A location's plan in two queries, whatever its size. */
async function planOf(db: Executor, tenantId: TenantId, locationId: string): Promise<CleaningPlan> {
  const [areas, tasks] = await Promise.all([repo.listAreas(db, tenantId, locationId), repo.listTasks(db, tenantId, locationId)]);
  return { locationId, areas: areas.map((area) => toArea(area, tasks)) };
}

async function areaOf(db: Executor, tenantId: TenantId, area: repo.AreaRow): Promise<CleaningArea> {
  return toArea(area, await repo.tasksOfArea(db, tenantId, area.id));
}

/** The office's view of a location's plan; a location of another company is not found. */
export async function officePlan(ctx: AppContext, tenantId: TenantId, locationId: string): Promise<CleaningPlan> {
  if (!(await repo.findLocation(ctx.db, tenantId, locationId))) throw notFound('location');
  return planOf(ctx.db, tenantId, locationId);
}

export async function addArea(ctx: AppContext, actor: StaffActor, locationId: string, input: AreaInput): Promise<CleaningArea> {
  return ctx.db.transaction().execute(async (trx) => {
    const location = await repo.lockLocation(trx, ctx.dbKind, actor.tenantId, locationId);
    if (!location) throw notFound('location');
    const { count, next } = await repo.areasSize(trx, actor.tenantId, locationId);
    if (count >= maxAreasPerLocation) {
      throw new AppError('validation_failed', message('cleaningPlans.tooManyAreas', { location: location.name, maximum: maxAreasPerLocation }), {
        name: message('cleaningPlans.tooManyAreasField', { maximum: maxAreasPerLocation }),
      });
    }
    const now = isoNow(ctx.now());
    const area = { id: newId(), location_id: locationId, name: input.name, notes: input.notes ?? null, position: next, created_at: now, updated_at: now };
    await repo.insertAreas(trx, actor.tenantId, [area]);
    return toArea(area, []);
  });
}

export async function changeArea(ctx: AppContext, actor: StaffActor, areaId: string, input: AreaInput): Promise<CleaningArea> {
  return ctx.db.transaction().execute(async (trx) => {
    const area = await repo.findArea(trx, actor.tenantId, areaId);
    if (!area) throw notFound('cleaningArea');
    await repo.updateArea(trx, actor.tenantId, areaId, { name: input.name, notes: input.notes ?? null, updated_at: isoNow(ctx.now()) });
    return areaOf(trx, actor.tenantId, { ...area, name: input.name, notes: input.notes ?? null });
  });
}

/** Removes an area with its tasks; the web asks first when there are tasks to lose. */
export async function removeArea(ctx: AppContext, actor: StaffActor, areaId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findArea(trx, actor.tenantId, areaId))) throw notFound('cleaningArea');
    await repo.deleteArea(trx, actor.tenantId, areaId);
  });
}

/**
 * The new order must name every item there is now, each once: an order made before someone else
 * added or removed one would otherwise drop or duplicate it. Answers 409 so the page reloads.
 */
function assertSameItems(current: readonly string[], proposed: readonly string[], field: string): void {
  const known = new Set(current);
  const unique = new Set(proposed);
  if (unique.size === proposed.length && proposed.length === known.size && proposed.every((id) => known.has(id))) return;
  throw new AppError('conflict', message('cleaningPlans.orderChanged'), { [field]: message('cleaningPlans.orderChangedField') });
}

export async function orderAreas(ctx: AppContext, actor: StaffActor, locationId: string, areaIds: string[]): Promise<CleaningPlan> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.lockLocation(trx, ctx.dbKind, actor.tenantId, locationId))) throw notFound('location');
    const areas = await repo.listAreas(trx, actor.tenantId, locationId);
    assertSameItems(areas.map((area) => area.id), areaIds, 'areaIds');
    const now = isoNow(ctx.now());
    for (const [position, id] of areaIds.entries()) {
      if (areas.find((area) => area.id === id)?.position !== position) await repo.updateArea(trx, actor.tenantId, id, { position, updated_at: now });
    }
    return planOf(trx, actor.tenantId, locationId);
  });
}

export async function addTask(ctx: AppContext, actor: StaffActor, areaId: string, input: TaskInput): Promise<CleaningTask> {
  return ctx.db.transaction().execute(async (trx) => {
    const area = await repo.lockArea(trx, ctx.dbKind, actor.tenantId, areaId);
    if (!area) throw notFound('cleaningArea');
    const { count, next } = await repo.tasksSize(trx, actor.tenantId, areaId);
    if (count >= maxTasksPerArea) {
      throw new AppError('validation_failed', message('cleaningPlans.tooManyTasks', { area: area.name, maximum: maxTasksPerArea }), {
        text: message('cleaningPlans.tooManyTasksField', { maximum: maxTasksPerArea }),
      });
    }
    const now = isoNow(ctx.now());
    const task = { id: newId(), area_id: areaId, location_id: area.location_id, text: input.text, frequency: input.frequency, position: next, created_at: now, updated_at: now };
    await repo.insertTasks(trx, actor.tenantId, [task]);
    return toTask(task);
  });
}

export async function changeTask(ctx: AppContext, actor: StaffActor, taskId: string, input: TaskInput): Promise<CleaningTask> {
  return ctx.db.transaction().execute(async (trx) => {
    const task = await repo.findTask(trx, actor.tenantId, taskId);
    if (!task) throw notFound('cleaningTask');
    await repo.updateTask(trx, actor.tenantId, taskId, { text: input.text, frequency: input.frequency, updated_at: isoNow(ctx.now()) });
    return toTask({ ...task, text: input.text, frequency: input.frequency });
  });
}

export async function removeTask(ctx: AppContext, actor: StaffActor, taskId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findTask(trx, actor.tenantId, taskId))) throw notFound('cleaningTask');
    await repo.deleteTask(trx, actor.tenantId, taskId);
  });
}

export async function orderTasks(ctx: AppContext, actor: StaffActor, areaId: string, taskIds: string[]): Promise<CleaningArea> {
  return ctx.db.transaction().execute(async (trx) => {
    const area = await repo.lockArea(trx, ctx.dbKind, actor.tenantId, areaId);
    if (!area) throw notFound('cleaningArea');
    const tasks = await repo.tasksOfArea(trx, actor.tenantId, areaId);
    assertSameItems(tasks.map((task) => task.id), taskIds, 'taskIds');
    const now = isoNow(ctx.now());
    for (const [position, id] of taskIds.entries()) {
      if (tasks.find((task) => task.id === id)?.position !== position) await repo.updateTask(trx, actor.tenantId, id, { position, updated_at: now });
    }
    return areaOf(trx, actor.tenantId, area);
  });
}

/** The customer's other locations with a plan to copy. */
export async function planSources(ctx: AppContext, tenantId: TenantId, locationId: string): Promise<PlanSources> {
  const location = await repo.findLocation(ctx.db, tenantId, locationId);
  if (!location) throw notFound('location');
  const others = await repo.otherPlansOfCustomer(ctx.db, tenantId, location.customer_id, locationId);
  return { items: others.map((other) => ({ locationId: other.id, name: other.name, areaCount: other.areas, taskCount: other.tasks })) };
}

/**
 * Replaces a location's plan with a copy of another location's of the same customer. A
 * location of another customer is not found, as if it did not exist: plans stay with their customer.
 */
export async function copyPlan(ctx: AppContext, actor: StaffActor, locationId: string, fromLocationId: string): Promise<CleaningPlan> {
  return ctx.db.transaction().execute(async (trx) => {
    const target = await repo.lockLocation(trx, ctx.dbKind, actor.tenantId, locationId);
    if (!target) throw notFound('location');
    const source = await repo.findLocation(trx, actor.tenantId, fromLocationId);
    if (!source || source.customer_id !== target.customer_id) throw notFound('location');
    if (source.id === target.id) {
      throw new AppError('validation_failed', message('cleaningPlans.copyFromItself'), { fromLocationId: message('cleaningPlans.copyFromItselfField') });
    }
    const plan = await planOf(trx, actor.tenantId, source.id);
    if (plan.areas.length === 0) {
      throw new AppError('validation_failed', message('cleaningPlans.copyEmpty', { location: source.name }), { fromLocationId: message('cleaningPlans.copyEmptyField') });
    }
    await repo.deletePlan(trx, actor.tenantId, locationId);
    const now = isoNow(ctx.now());
    const stamps = { created_at: now, updated_at: now };
    const areas = plan.areas.map((area, position) => ({ id: newId(), location_id: locationId, name: area.name, notes: area.notes, position, ...stamps }));
    const tasks = plan.areas.flatMap((area, i) =>
      area.tasks.map((task, position) => ({ id: newId(), area_id: areas[i]!.id, location_id: locationId, text: task.text, frequency: task.frequency, position, ...stamps })),
    );
    await repo.insertAreas(trx, actor.tenantId, areas);
    // A plan at its limits holds 5,000 tasks: inserted in slices, so no statement meets a database's parameter limit.
    for (let i = 0; i < tasks.length; i += 500) await repo.insertTasks(trx, actor.tenantId, tasks.slice(i, i + 500));
    return planOf(trx, actor.tenantId, locationId);
  });
}

/** Changes whenever the plan does, so a download link naming it is never answered from an old copy. */
function versionOf(plan: CleaningPlan): string {
  return createHash('sha256').update(JSON.stringify(plan.areas)).digest('hex').slice(0, 16);
}

async function portalPlanOf(ctx: AppContext, actor: PortalActor, locationId: string): Promise<PortalCleaningPlan> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId);
  const plan = await planOf(ctx.db, actor.tenantId, location.id);
  return { ...plan, locationName: location.name, address: location.address, version: versionOf(plan) };
}

/** What is cleaned at one of the portal user's locations; any other location is not found. */
export async function portalPlan(ctx: AppContext, actor: PortalActor, locationId: string): Promise<PortalCleaningPlan> {
  return portalPlanOf(ctx, actor, locationId);
}

/** The plan as a PDF in the reader's language, with the company's name and the place's address. */
export async function portalPlanPdf(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, language: Language): Promise<{ data: Buffer; fileName: string }> {
  const plan = await portalPlanOf(ctx, actor, locationId);
  return renderPlanPdf(plan, { company: tenant.display_name, brandColor: tenant.brand_color, language });
}

/** A location's areas in order, names only: what an inspection goes through (passed to inspections in `app.ts`). */
export async function areasOfLocation(db: Executor, tenantId: TenantId, locationId: string): Promise<{ id: string; name: string }[]> {
  return (await repo.listAreas(db, tenantId, locationId)).map((area) => ({ id: area.id, name: area.name }));
}

/** A location's plan in order, each area with its tasks and how often: what a visit's checklist is copied from (passed to field work in `app.ts`). */
export async function tasksOfLocation(db: Executor, tenantId: TenantId, locationId: string): Promise<PlanTasks> {
  const [areas, tasks] = await Promise.all([repo.listAreas(db, tenantId, locationId), repo.listTasks(db, tenantId, locationId)]);
  return areas.map((area) => ({ name: area.name, tasks: tasks.filter((task) => task.area_id === area.id).map(toTask) }));
}
export type PlanTasks = { name: string; tasks: CleaningTask[] }[];
