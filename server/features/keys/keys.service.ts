import type { z } from 'zod';
import {
  maxKeysPerCustomer,
  type checkOutInputSchema,
  type FieldKeyList,
  type Key,
  type keyInputSchema,
  type KeyList,
  type KeyLog,
  type returnInputSchema,
} from '../../../shared/features/keys/keys.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './keys.repository.ts';

type KeyInput = z.output<typeof keyInputSchema>;
type CheckOutInput = z.output<typeof checkOutInputSchema>;
type ReturnInput = z.output<typeof returnInputSchema>;
type Page = { page: number; pageSize: number };

const person = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

function toKey(row: repo.KeyRow): Key {
  return {
    id: row.id,
    locationId: row.location_id,
    locationName: row.location_name,
    label: row.label,
    kind: row.kind,
    hasCode: row.code !== null,
    notes: row.notes,
    holder: person(row.holder_staff_id, row.holder_name),
    heldSince: row.held_since,
  };
}

const pageOf = ({ page, pageSize }: Page) => ({ limit: pageSize, offset: (page - 1) * pageSize });

async function requireCustomer(ctx: AppContext, tenantId: TenantId, customerId: string) {
  const customer = await repo.findCustomer(ctx.db, tenantId, customerId);
  if (!customer) throw notFound('customer');
  return customer;
}

async function requireKey(ctx: AppContext, tenantId: TenantId, keyId: string): Promise<repo.KeyRow> {
  const key = await repo.findKey(ctx.db, tenantId, keyId);
  if (!key) throw notFound('key');
  return key;
}

/** The customer's keys, by location and label, a page at a time; a customer of another company is not found. */
export async function customerKeys(ctx: AppContext, tenantId: TenantId, customerId: string, page: Page): Promise<KeyList> {
  await requireCustomer(ctx, tenantId, customerId);
  const [rows, total] = await Promise.all([repo.keysOfCustomer(ctx.db, tenantId, customerId, pageOf(page)), repo.countKeysOfCustomer(ctx.db, tenantId, customerId)]);
  return { items: rows.map(toKey), total, page: page.page, pageSize: page.pageSize };
}

/** A code is only worth holding with the code itself; any other kind may carry one (a fob's PIN). */
function checkInput(input: KeyInput): void {
  if (input.kind === 'code' && !input.code) throw new AppError('validation_failed', message('keys.enterCode'), { code: message('keys.enterCodeField') });
}

/** A location of this customer, or a 400 naming the field: a key belongs to one of the customer's places. */
async function customerLocation(ctx: AppContext, tenantId: TenantId, customerId: string, locationId: string) {
  const location = await repo.findLocation(ctx.db, tenantId, locationId);
  if (location?.customer_id === customerId) return location;
  throw new AppError('validation_failed', message('keys.chooseLocation'), { locationId: message('validation.chooseLocation') });
}

export async function addKey(ctx: AppContext, actor: StaffActor, customerId: string, input: KeyInput): Promise<Key> {
  const customer = await requireCustomer(ctx, actor.tenantId, customerId);
  checkInput(input);
  await customerLocation(ctx, actor.tenantId, customerId, input.locationId);
  // A guard against a runaway list, not an exact quota: two adds at the very limit may both pass.
  if ((await repo.countKeysOfCustomer(ctx.db, actor.tenantId, customerId)) >= maxKeysPerCustomer) {
    throw new AppError('validation_failed', message('keys.tooMany', { customer: customer.name, maximum: maxKeysPerCustomer }), { label: message('keys.tooManyField', { maximum: maxKeysPerCustomer }) });
  }
  const now = isoNow(ctx.now());
  const id = newId();
  await repo.insertKey(ctx.db, actor.tenantId, {
    id,
    location_id: input.locationId,
    label: input.label,
    kind: input.kind,
    code: input.code ?? null,
    notes: input.notes ?? null,
    holder_staff_id: null,
    held_since: null,
    created_at: now,
    updated_at: now,
  });
  return toKey(await requireKey(ctx, actor.tenantId, id));
}

export async function changeKey(ctx: AppContext, actor: StaffActor, keyId: string, input: KeyInput): Promise<Key> {
  const key = await requireKey(ctx, actor.tenantId, keyId);
  checkInput(input);
  await customerLocation(ctx, actor.tenantId, key.customer_id, input.locationId);
  await repo.updateKey(ctx.db, actor.tenantId, keyId, { location_id: input.locationId, label: input.label, kind: input.kind, code: input.code ?? null, notes: input.notes ?? null, updated_at: isoNow(ctx.now()) });
  return toKey(await requireKey(ctx, actor.tenantId, keyId));
}

/** Removes a key with its log; the web asks first. */
export async function removeKey(ctx: AppContext, actor: StaffActor, keyId: string): Promise<void> {
  await requireKey(ctx, actor.tenantId, keyId);
  await repo.deleteKey(ctx.db, actor.tenantId, keyId);
}

/** The access code, read on purpose by someone in the office; the audit log keeps who and when, never the code. */
export async function revealCode(ctx: AppContext, actor: StaffActor, keyId: string): Promise<{ code: string | null }> {
  const key = await requireKey(ctx, actor.tenantId, keyId);
  await recordAudit(ctx.db, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'key.code_revealed', subject: key.id });
  return { code: key.code };
}

export async function keyHolders(ctx: AppContext, tenantId: TenantId): Promise<{ items: { id: string; name: string }[] }> {
  return { items: await repo.listHolders(ctx.db, tenantId) };
}

/** When a key changed hands: now, or a time given that is not in the future and not before `notBefore`. */
function handOverTime(ctx: AppContext, at: string | undefined, notBefore: string | null): string {
  const now = ctx.now();
  if (!at) return isoNow(now);
  const when = new Date(at);
  if (when.getTime() > now.getTime()) throw new AppError('validation_failed', message('keys.notInFuture'), { at: message('keys.notInFutureField') });
  if (notBefore && when.toISOString() < notBefore) throw new AppError('validation_failed', message('keys.beforeCheckOut'), { at: message('keys.beforeCheckOutField') });
  return isoNow(when);
}

/** Hands a key to a staff member. A key already out answers 409 naming who has it: it must come back first. */
export async function checkOut(ctx: AppContext, actor: StaffActor, keyId: string, input: CheckOutInput): Promise<Key> {
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockKey(trx, ctx.dbKind, actor.tenantId, keyId);
    if (!locked) throw notFound('key');
    const key = (await repo.findKey(trx, actor.tenantId, keyId))!;
    if (key.holder_staff_id) {
      const holder = key.holder_name ?? '—';
      throw new AppError('conflict', message('keys.alreadyOut', { key: key.label, holder }), { staffId: message('keys.alreadyOutField', { holder }) });
    }
    const holder = await repo.findHolder(trx, actor.tenantId, input.staffId);
    if (!holder) throw new AppError('validation_failed', message('keys.chooseHolder'), { staffId: message('keys.chooseHolderField') });
    const at = handOverTime(ctx, input.at, null);
    await repo.updateKey(trx, actor.tenantId, keyId, { holder_staff_id: holder.id, held_since: at, updated_at: isoNow(ctx.now()) });
    await repo.insertMovement(trx, actor.tenantId, { id: newId(), key_id: keyId, kind: 'checked_out', staff_user_id: holder.id, recorded_by_staff_id: actor.userId, happened_at: at, created_at: isoNow(ctx.now()) });
  });
  return toKey(await requireKey(ctx, actor.tenantId, keyId));
}

/** Records a key back in the office. A key that is not out answers 409. */
export async function returnKey(ctx: AppContext, actor: StaffActor, keyId: string, input: ReturnInput): Promise<Key> {
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockKey(trx, ctx.dbKind, actor.tenantId, keyId);
    if (!locked) throw notFound('key');
    const key = (await repo.findKey(trx, actor.tenantId, keyId))!;
    if (!key.holder_staff_id) throw new AppError('conflict', message('keys.notOut', { key: key.label }), { key: message('keys.notOutField') });
    const at = handOverTime(ctx, input.at, key.held_since);
    await repo.updateKey(trx, actor.tenantId, keyId, { holder_staff_id: null, held_since: null, updated_at: isoNow(ctx.now()) });
    await repo.insertMovement(trx, actor.tenantId, { id: newId(), key_id: keyId, kind: 'returned', staff_user_id: key.holder_staff_id, recorded_by_staff_id: actor.userId, happened_at: at, created_at: isoNow(ctx.now()) });
  });
  return toKey(await requireKey(ctx, actor.tenantId, keyId));
}

export async function keyLog(ctx: AppContext, tenantId: TenantId, keyId: string, page: Page): Promise<KeyLog> {
  await requireKey(ctx, tenantId, keyId);
  const [rows, total] = await Promise.all([repo.movementsOf(ctx.db, tenantId, keyId, pageOf(page)), repo.countMovements(ctx.db, tenantId, keyId)]);
  const items = rows.map((row) => ({ id: row.id, kind: row.kind, staff: person(row.staff_user_id, row.staff_name), recordedBy: person(row.recorded_by_staff_id, row.recorded_by_name), at: row.happened_at }));
  return { items, total, page: page.page, pageSize: page.pageSize };
}

/**
 * The keys of a visit's location, with their codes, for the people on that visit's team only:
 * anyone else, whatever their role, gets 404 as if the visit did not exist.
 */
export async function visitKeys(ctx: AppContext, actor: StaffActor, visitId: string): Promise<FieldKeyList> {
  const locationId = await repo.teamVisitLocation(ctx.db, actor.tenantId, actor.userId, visitId);
  if (!locationId) throw notFound('visit');
  const rows = await repo.keysOfLocation(ctx.db, actor.tenantId, locationId);
  return { items: rows.map((row) => ({ id: row.id, label: row.label, kind: row.kind, code: row.code, notes: row.notes, holder: person(row.holder_staff_id, row.holder_name) })) };
}
