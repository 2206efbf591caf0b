import type { z } from 'zod';
import {
  customValuesSchema,
  maxFieldsPerOwner,
  type CustomField,
  type customFieldChangeSchema,
  type customFieldInputSchema,
  type CustomFieldList,
  type customFieldOrderSchema,
  type CustomFieldValues,
  type CustomValuesInput,
  type PortalChangeSettings,
  type PortalCustomFields,
} from '../../../shared/features/custom-fields/custom-fields.contract.ts';
import { customFieldsPolicy } from '../../../shared/features/custom-fields/custom-fields.policy.ts';
import { issueMessage } from '../../../shared/i18n/issue-message.ts';
import { hasRoleAtLeast } from '../../../shared/roles.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { openChangeTicket, type FieldChange, type OpenChangeRequest } from './portal-change-tickets.ts';
import * as repo from './custom-fields.repository.ts';

type FieldInput = z.output<typeof customFieldInputSchema>;
type FieldChangeInput = z.output<typeof customFieldChangeSchema>;
type OrderInput = z.output<typeof customFieldOrderSchema>;
type Owner = repo.Owner;

function toField(row: repo.FieldRow, valueCount = 0): CustomField {
  return {
    id: row.id,
    appliesTo: row.applies_to,
    type: row.type,
    label: row.label,
    options: JSON.parse(row.options) as string[],
    min: row.min_value === null ? null : Number(row.min_value),
    max: row.max_value === null ? null : Number(row.max_value),
    portalVisibility: row.portal_visibility,
    position: row.position,
    archived: row.archived_at !== null,
    valueCount,
  };
}

// ── The company's fields ────────────────────────────────────────────────────────────────

export async function listFields(db: Executor, tenantId: TenantId): Promise<CustomFieldList> {
  const [rows, counts] = await Promise.all([repo.listFields(db, tenantId), repo.valueCounts(db, tenantId)]);
  return { items: rows.map((row) => toField(row, counts.get(row.id) ?? 0)) };
}

async function fieldWithCount(db: Executor, tenantId: TenantId, id: string): Promise<CustomField> {
  const row = await repo.findField(db, tenantId, id);
  if (!row) throw notFound('customField');
  return toField(row, (await repo.valueCounts(db, tenantId)).get(id) ?? 0);
}

/** Two fields of customers (or of locations) called the same would be told apart by nobody. */
function assertLabelFree(siblings: repo.FieldRow[], label: string, exceptId: string | null): void {
  const clash = siblings.find((f) => f.id !== exceptId && f.label.toLowerCase() === label.toLowerCase());
  if (clash) throw new AppError('conflict', message('customFields.labelTaken', { label: clash.label }), { label: message('customFields.labelTakenField') });
}

/** Options and limits only mean something for their own type, so the others are stored empty. */
function shapeOf(type: repo.FieldRow['type'], input: Pick<FieldInput, 'options' | 'min' | 'max'>) {
  return {
    options: JSON.stringify(type === 'choice' ? input.options : []),
    min_value: type === 'number' ? input.min : null,
    max_value: type === 'number' ? input.max : null,
  };
}

export async function createField(ctx: AppContext, actor: StaffActor, input: FieldInput): Promise<CustomField> {
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const siblings = await repo.listFields(trx, actor.tenantId, input.appliesTo);
    if (siblings.length >= maxFieldsPerOwner) throw new AppError('conflict', message('customFields.tooMany', { maximum: maxFieldsPerOwner }));
    assertLabelFree(siblings, input.label, null);
    const stamp = isoNow(ctx.now());
    await repo.insertField(trx, actor.tenantId, {
      id,
      applies_to: input.appliesTo,
      type: input.type,
      label: input.label,
      ...shapeOf(input.type, input),
      portal_visibility: input.portalVisibility,
      position: Math.max(0, ...siblings.map((f) => f.position)) + 1,
      archived_at: null,
      created_at: stamp,
      updated_at: stamp,
    });
  });
  return fieldWithCount(ctx.db, actor.tenantId, id);
}

/**
 * Changes a field's name, options, limits or portal visibility, or archives or restores it. Values
 * already saved stay as they are, even one no longer among the options: the office sees it until
 * someone changes it.
 */
export async function changeField(ctx: AppContext, actor: StaffActor, id: string, input: FieldChangeInput): Promise<CustomField> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findField(trx, actor.tenantId, id);
    if (!row) throw notFound('customField');
    if (row.type === 'choice' && input.options.length === 0) throw new AppError('validation_failed', message('customFields.enterOption'), { options: message('customFields.enterOption') });
    if (row.type === 'number' && input.min !== null && input.max !== null && input.min > input.max) throw new AppError('validation_failed', message('customFields.maxBelowMin'), { max: message('customFields.maxBelowMin') });
    assertLabelFree(await repo.listFields(trx, actor.tenantId, row.applies_to), input.label, id);
    const stamp = isoNow(ctx.now());
    const archivedAt = input.archived ? (row.archived_at ?? stamp) : null;
    await repo.updateField(trx, actor.tenantId, id, { label: input.label, ...shapeOf(row.type, input), portal_visibility: input.portalVisibility, archived_at: archivedAt, updated_at: stamp });
  });
  return fieldWithCount(ctx.db, actor.tenantId, id);
}

/** Puts the fields of customers (or of locations) in the order given, which must name each once. */
export async function orderFields(ctx: AppContext, actor: StaffActor, input: OrderInput): Promise<CustomFieldList> {
  await ctx.db.transaction().execute(async (trx) => {
    const siblings = await repo.listFields(trx, actor.tenantId, input.appliesTo);
    const given = new Set(input.ids);
    if (given.size !== input.ids.length || given.size !== siblings.length || siblings.some((f) => !given.has(f.id))) {
      throw new AppError('validation_failed', message('customFields.wrongOrder'), { ids: message('customFields.wrongOrder') });
    }
    for (const [index, fieldId] of input.ids.entries()) await repo.updateField(trx, actor.tenantId, fieldId, { position: index + 1 });
  });
  return listFields(ctx.db, actor.tenantId);
}

/** Deletes a field and, with it, every value customers and locations had in it. */
export async function deleteField(ctx: AppContext, actor: StaffActor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findField(trx, actor.tenantId, id))) throw notFound('customField');
    await repo.deleteField(trx, actor.tenantId, id);
  });
}

export async function portalChangeSettings(db: Executor, tenantId: TenantId): Promise<PortalChangeSettings> {
  return { portalChangeTickets: (await requireTenant(db, tenantId)).portal_change_tickets };
}

export async function savePortalChangeSettings(ctx: AppContext, actor: StaffActor, input: PortalChangeSettings): Promise<PortalChangeSettings> {
  await repo.setPortalChangeTickets(ctx.db, actor.tenantId, input.portalChangeTickets);
  return portalChangeSettings(ctx.db, actor.tenantId);
}

// ── Values ──────────────────────────────────────────────────────────────────────────────

type NamedOwner = Owner & { name: string };

async function officeOwner(db: Executor, tenantId: TenantId, owner: Owner): Promise<NamedOwner> {
  const row = owner.kind === 'customer' ? await repo.findCustomer(db, tenantId, owner.id) : await repo.findLocation(db, tenantId, owner.id);
  if (!row) throw notFound(owner.kind);
  return { ...owner, name: row.name };
}

/** The live (not archived) fields of an owner kind, with the owner's values, those a reader may see. */
async function valuesPage(db: Executor, tenantId: TenantId, owner: NamedOwner, include: (field: repo.FieldRow) => boolean, editable: (field: repo.FieldRow) => boolean): Promise<CustomFieldValues> {
  const [fields, values] = await Promise.all([repo.listFields(db, tenantId, owner.kind), repo.valuesOf(db, tenantId, owner)]);
  const items = fields
    .filter((f) => f.archived_at === null && include(f))
    .map((f) => {
      const { valueCount: _count, ...field } = toField(f);
      return { field, value: values.get(f.id) ?? null, editable: editable(f) };
    });
  return { owner: { kind: owner.kind, id: owner.id, name: owner.name }, items };
}

export async function officeValues(ctx: AppContext, actor: StaffActor, owner: Owner): Promise<CustomFieldValues> {
  const named = await officeOwner(ctx.db, actor.tenantId, owner);
  const mayWrite = hasRoleAtLeast(actor.role, customFieldsPolicy.writeValues);
  return valuesPage(ctx.db, actor.tenantId, named, () => true, () => mayWrite);
}

/**
 * Checks the values given against their fields with the shared rule the forms use; a field the
 * writer may not change (or that does not exist, is archived, or is hidden from them) is refused
 * by the same words, so a portal user learns nothing of hidden fields.
 */
function parseValues(fields: repo.FieldRow[], input: CustomValuesInput): Map<string, string | null> {
  const rules = fields.map((f) => toField(f));
  const values = Object.fromEntries(Object.entries(input.values).map(([id, value]) => [id, value ?? '']));
  const parsed = customValuesSchema(rules).safeParse({ values });
  if (parsed.success) return new Map(Object.entries(parsed.data.values).filter((entry): entry is [string, string | null] => entry[1] !== undefined));
  const fieldErrors: Record<string, ReturnType<typeof message>> = {};
  for (const issue of parsed.error.issues) {
    // An unknown key is reported on the object with the key's name beside it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ['values', key].join('.')) : [issue.path.map(String).join('.')];
    for (const key of keys) fieldErrors[key] ??= issueMessage(issue);
  }
  throw new AppError('validation_failed', message('customFields.notEditable'), fieldErrors);
}

/** Writes what changed, and answers each change with its field, before and after. */
async function writeChanges(trx: Executor, ctx: AppContext, tenantId: TenantId, owner: Owner, fields: repo.FieldRow[], values: Map<string, string | null>): Promise<FieldChange[]> {
  const before = await repo.valuesOf(trx, tenantId, owner);
  const stamp = isoNow(ctx.now());
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!values.has(field.id)) continue;
    const after = values.get(field.id) ?? null;
    const old = before.get(field.id) ?? null;
    if (after === old) continue;
    await repo.saveValue(trx, tenantId, owner, field.id, after, stamp, () => newId());
    changes.push({ field: toField(field), before: old, after });
  }
  return changes;
}

export async function saveOfficeValues(ctx: AppContext, actor: StaffActor, owner: Owner, input: CustomValuesInput): Promise<CustomFieldValues> {
  await ctx.db.transaction().execute(async (trx) => {
    await officeOwner(trx, actor.tenantId, owner);
    const fields = (await repo.listFields(trx, actor.tenantId, owner.kind)).filter((f) => f.archived_at === null);
    await writeChanges(trx, ctx, actor.tenantId, owner, fields, parseValues(fields, input));
  });
  return officeValues(ctx, actor, owner);
}

// ── The portal ──────────────────────────────────────────────────────────────────────────

const inPortal = (field: repo.FieldRow) => field.portal_visibility !== 'hidden';
const portalEditable = (field: repo.FieldRow) => field.portal_visibility === 'editable';

type PortalPlace = Awaited<ReturnType<typeof repo.portalLocationsOf>>[number];

/**
 * The customer or location as a portal user reaches it, with the location a request about it is
 * filed under (for a customer, the first of its locations they use). Anything else is not found.
 */
async function portalOwner(db: Executor, actor: PortalActor, owner: Owner): Promise<{ owner: NamedOwner; place: PortalPlace }> {
  const places = await repo.portalLocationsOf(db, actor.tenantId, actor.userId);
  const place = places.find((p) => (owner.kind === 'customer' ? p.customer_id : p.id) === owner.id);
  if (!place) throw notFound(owner.kind);
  return { owner: { ...owner, name: owner.kind === 'customer' ? place.customer_name : place.name }, place };
}

/** Each customer and location the person reaches, with its shown and editable fields; hidden fields never leave the server. */
export async function portalFields(ctx: AppContext, actor: PortalActor): Promise<PortalCustomFields> {
  const places = await repo.portalLocationsOf(ctx.db, actor.tenantId, actor.userId);
  const customers = [...new Map(places.map((p) => [p.customer_id, p.customer_name])).entries()];
  const owners: NamedOwner[] = [
    ...customers.map(([id, name]) => ({ kind: 'customer' as const, id, name })),
    ...places.map((p) => ({ kind: 'location' as const, id: p.id, name: p.name })),
  ];
  const readOnly = actor.viewAs !== null;
  const groups = await Promise.all(owners.map((owner) => valuesPage(ctx.db, actor.tenantId, owner, inPortal, (f) => !readOnly && portalEditable(f))));
  return { groups: groups.filter((group) => group.items.length > 0) };
}

/**
 * The customer changes the editable fields of one customer or location. With the company's switch
 * on, what changed opens one request for the office, in the same transaction.
 */
export async function savePortalValues(ctx: AppContext, tenant: Tenant, actor: PortalActor, owner: Owner, input: CustomValuesInput, openRequest: OpenChangeRequest): Promise<CustomFieldValues> {
  const opened = await ctx.db.transaction().execute(async (trx) => {
    const { owner: named, place } = await portalOwner(trx, actor, owner);
    const fields = (await repo.listFields(trx, actor.tenantId, owner.kind)).filter((f) => f.archived_at === null && portalEditable(f));
    const changes = await writeChanges(trx, ctx, actor.tenantId, owner, fields, parseValues(fields, input));
    return openChangeTicket(trx, ctx, tenant, actor, { location: { id: place.id, name: place.name, customer_id: place.customer_id }, ownerName: named.name, changes }, openRequest);
  });
  if (opened) ctx.wakeMailWorker();
  const { owner: named } = await portalOwner(ctx.db, actor, owner);
  return valuesPage(ctx.db, actor.tenantId, named, inPortal, portalEditable);
}
