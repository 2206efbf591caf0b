import type { Executor } from '../../db/database.ts';
import type { VisitChecklistItemsTable, VisitChecklistTicksTable, VisitNotesTable, VisitPhotosTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function checklistItems(db: Executor, tenantId: TenantId, visitId: string) {
  return db
    .selectFrom('visit_checklist_items')
    .select(['id', 'task_id', 'area_name', 'task_text', 'position'])
    .where('tenant_id', '=', tenantId)
    .where('visit_id', '=', visitId)
    .orderBy('position')
    .execute();
}

/** Adds the tasks a visit's checklist lacks; two phones copying the plan at once add each task once. */
export async function insertChecklistItems(db: Executor, tenantId: TenantId, items: Omit<VisitChecklistItemsTable, 'tenant_id'>[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('visit_checklist_items')
    .values(items.map((item) => ({ ...item, tenant_id: tenantId })))
    .onConflict((conflict) => conflict.columns(['tenant_id', 'visit_id', 'task_id']).doNothing())
    .execute();
}

export function findChecklistItem(db: Executor, tenantId: TenantId, visitId: string, itemId: string) {
  return db.selectFrom('visit_checklist_items').select(['id']).where('tenant_id', '=', tenantId).where('visit_id', '=', visitId).where('id', '=', itemId).executeTakeFirst();
}

/** Every tick and untick of a visit's checklist, oldest tap first, with who tapped. */
export function ticksOf(db: Executor, tenantId: TenantId, visitId: string) {
  return db
    .selectFrom('visit_checklist_ticks as k')
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'k.staff_user_id').onRef('s.tenant_id', '=', 'k.tenant_id'))
    .select(['k.item_id', 'k.done', 'k.ticked_at', 's.name as staff_name'])
    .where('k.tenant_id', '=', tenantId)
    .where('k.visit_id', '=', visitId)
    .orderBy('k.ticked_at')
    .orderBy('k.id')
    .execute();
}

export async function insertTick(db: Executor, tenantId: TenantId, tick: Omit<VisitChecklistTicksTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('visit_checklist_ticks').values({ ...tick, tenant_id: tenantId }).execute();
}

/** Which of these writes the device already made: a replay from its queue finds its first. */
export function tickByClientId(db: Executor, tenantId: TenantId, clientId: string) {
  return db.selectFrom('visit_checklist_ticks').select(['visit_id', 'item_id', 'staff_user_id']).where('tenant_id', '=', tenantId).where('client_id', '=', clientId).executeTakeFirst();
}

export function notesOf(db: Executor, tenantId: TenantId, visitId: string) {
  return db
    .selectFrom('visit_notes as n')
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'n.staff_user_id').onRef('s.tenant_id', '=', 'n.tenant_id'))
    .select(['n.id', 'n.text', 'n.for_customer', 'n.problem', 'n.created_at', 'n.staff_user_id', 'n.client_id', 's.name as staff_name'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.visit_id', '=', visitId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
}
export type NoteRow = Awaited<ReturnType<typeof notesOf>>[number];

export async function insertNote(db: Executor, tenantId: TenantId, note: Omit<VisitNotesTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('visit_notes').values({ ...note, tenant_id: tenantId }).execute();
}

export function noteByClientId(db: Executor, tenantId: TenantId, clientId: string) {
  return db.selectFrom('visit_notes').select(['id', 'visit_id', 'staff_user_id']).where('tenant_id', '=', tenantId).where('client_id', '=', clientId).executeTakeFirst();
}

export function photosOf(db: Executor, tenantId: TenantId, visitId: string) {
  return db
    .selectFrom('visit_photos as p')
    .innerJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'p.staff_user_id').onRef('s.tenant_id', '=', 'p.tenant_id'))
    .select(['p.id', 'p.kind', 'p.created_at', 'p.staff_user_id', 's.name as staff_name'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.visit_id', '=', visitId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
}

export async function insertPhoto(db: Executor, tenantId: TenantId, photo: Omit<VisitPhotosTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('visit_photos').values({ ...photo, tenant_id: tenantId }).execute();
}

export function photoByClientId(db: Executor, tenantId: TenantId, clientId: string) {
  return db.selectFrom('visit_photos').select(['id', 'visit_id', 'staff_user_id']).where('tenant_id', '=', tenantId).where('client_id', '=', clientId).executeTakeFirst();
}

export async function photoCount(db: Executor, tenantId: TenantId, visitId: string): Promise<number> {
  const row = await db.selectFrom('visit_photos').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('visit_id', '=', visitId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The location's visits that count for "first of the week or month": not skipped or cancelled, starting in [from, before). */
export function earlierVisitsAt(db: Executor, tenantId: TenantId, locationId: string, from: string, before: string) {
  return db
    .selectFrom('visits')
    .select(['id', 'starts_at'])
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', before)
    .where('status', 'not in', ['skipped', 'cancelled'])
    .execute();
}

export function findPhoto(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('visit_photos').select(['id', 'visit_id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}
