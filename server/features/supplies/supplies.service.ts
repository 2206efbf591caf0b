import type { z } from 'zod';
import { attachmentTypes, type AttachmentContentType } from '../../../shared/features/attachments/attachments.contract.ts';
import {
  type createSupplyOrderSchema,
  type SupplyOrder,
  type supplyOrderQuerySchema,
  type SupplyOrderStatus,
  type supplyOrderUpdateSchema,
  type SupplyProduct,
  type supplyProductInputSchema,
} from '../../../shared/features/supplies/supplies.contract.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import { numberFormat } from '../../../shared/i18n/intl.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound, type Message } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { claimAttachments, findAttachment } from '../../platform/attachments/attachments.ts';
import { addresseeLanguage, type Addressee } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail, type Email } from '../../platform/mail/outbox.ts';
import { addStaffNotifications, notifyLocationStaff, type StaffNotice } from '../../platform/notifications/staff-notifications.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import { nextReference } from '../../platform/references/references.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './supplies.repository.ts';

type ParsedProduct = z.output<typeof supplyProductInputSchema>;
type ParsedOrder = z.output<typeof createSupplyOrderSchema>;
type OrderQuery = z.output<typeof supplyOrderQuerySchema>;
type OrderUpdate = z.output<typeof supplyOrderUpdateSchema>;
type ProductRow = Awaited<ReturnType<typeof repo.listProducts>>[number];
type Page = { page: number; pageSize: number };
type OrderList = { items: SupplyOrder[]; total: number; page: number; pageSize: number };

/** Where product pictures are served: the office reads its own files, a portal its own route. */
const officeFiles = '/api/office/attachments';
const portalFiles = (slug: string) => `/api/portal/${slug}/attachments`;

function toProduct(row: ProductRow, filesUrl: string): SupplyProduct {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    sku: row.sku,
    imageUrl: row.image_attachment_id ? `${filesUrl}/${row.image_attachment_id}` : null,
    active: row.active,
  };
}

export async function listProducts(db: Executor, tenantId: TenantId): Promise<SupplyProduct[]> {
  return (await repo.listProducts(db, tenantId)).map((row) => toProduct(row, officeFiles));
}

const imageRefused = (refusal: Message, field: Message) => new AppError('validation_failed', refusal, { imageAttachmentId: field });

/**
 * Makes an upload the product's picture. Checked here first, so the office hears which
 * field is wrong and why; the claim itself then attaches it atomically.
 */
async function claimProductImage(db: Executor, actor: StaffActor, productId: string, attachmentId: string): Promise<void> {
  const file = await findAttachment(db, actor.tenantId, attachmentId);
  if (!file) throw imageRefused(message('supplies.imageMissing'), message('supplies.imageMissingField'));
  if (!attachmentTypes[file.content_type as AttachmentContentType]?.image) throw imageRefused(message('supplies.imageType'), message('supplies.imageTypeField'));
  if (file.owner_id || file.uploaded_by_kind !== 'staff' || file.uploaded_by_id !== actor.userId) {
    throw imageRefused(message('supplies.imageNotYours'), message('supplies.imageNotYoursField'));
  }
  await claimAttachments(db, actor.tenantId, [attachmentId], { kind: 'staff', id: actor.userId }, null, { type: 'supply_product', id: productId });
}

/** A 409 naming the field another product already uses, or null when none does. */
async function duplicateOf(db: Executor, tenantId: TenantId, input: ParsedProduct, exceptId: string | null): Promise<AppError | null> {
  const [clash] = await repo.clashingProducts(db, tenantId, input.name, input.sku ?? null, exceptId);
  if (!clash) return null;
  if (clash.name.toLowerCase() === input.name.toLowerCase()) {
    return new AppError('conflict', message('supplies.nameTaken', { name: clash.name }), { name: message('supplies.nameTakenField') });
  }
  return new AppError('conflict', message('supplies.skuTaken', { name: clash.name, sku: clash.sku ?? '' }), { sku: message('supplies.skuTakenField') });
}

/**
 * Saves a product unless its name or SKU is taken. The check names the field; when two people
 * save the same product at once, the unique index refuses the second and the check then sees why.
 */
async function withoutDuplicates(ctx: AppContext, tenantId: TenantId, input: ParsedProduct, exceptId: string | null, save: () => Promise<SupplyProduct>): Promise<SupplyProduct> {
  const duplicate = await duplicateOf(ctx.db, tenantId, input, exceptId);
  if (duplicate) throw duplicate;
  try {
    return await save();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw (await duplicateOf(ctx.db, tenantId, input, exceptId)) ?? new AppError('conflict', message('supplies.takenMeanwhile'), { name: message('supplies.takenMeanwhileField') });
  }
}

export async function createProduct(ctx: AppContext, actor: StaffActor, input: ParsedProduct): Promise<SupplyProduct> {
  const id = newId();
  return withoutDuplicates(ctx, actor.tenantId, input, null, () => insertProduct(ctx, actor, id, input));
}

async function insertProduct(ctx: AppContext, actor: StaffActor, id: string, input: ParsedProduct): Promise<SupplyProduct> {
  return ctx.db.transaction().execute(async (trx) => {
    const image = input.imageAttachmentId ?? null;
    if (image) await claimProductImage(trx, actor, id, image);
    await repo.insertProduct(trx, actor.tenantId, id, { name: input.name, unit: input.unit, sku: input.sku ?? null, image_attachment_id: image, active: input.active }, isoNow());
    return toProduct((await repo.findProduct(trx, actor.tenantId, id))!, officeFiles);
  });
}

/** Changes a product. Leaving `imageAttachmentId` out keeps the picture; null removes it. */
export async function updateProduct(ctx: AppContext, actor: StaffActor, id: string, input: ParsedProduct): Promise<SupplyProduct> {
  return withoutDuplicates(ctx, actor.tenantId, input, id, () => saveProduct(ctx, actor, id, input));
}

async function saveProduct(ctx: AppContext, actor: StaffActor, id: string, input: ParsedProduct): Promise<SupplyProduct> {
  return ctx.db.transaction().execute(async (trx) => {
    const product = await repo.findProduct(trx, actor.tenantId, id);
    if (!product) throw notFound('product');
    const image = input.imageAttachmentId === undefined ? product.image_attachment_id : input.imageAttachmentId;
    if (image && image !== product.image_attachment_id) await claimProductImage(trx, actor, id, image);
    await repo.updateProduct(trx, actor.tenantId, id, { name: input.name, unit: input.unit, sku: input.sku ?? null, image_attachment_id: image, active: input.active });
    return toProduct((await repo.findProduct(trx, actor.tenantId, id))!, officeFiles);
  });
}

export async function chosenProducts(db: Executor, tenantId: TenantId, customerId: string): Promise<{ productIds: string[] }> {
  if (!(await repo.findCustomer(db, tenantId, customerId))) throw notFound('customer');
  return { productIds: await repo.chosenProductIds(db, tenantId, customerId) };
}

/** Sets the products a customer may order; an empty list offers the whole active catalogue. */
export async function chooseProducts(ctx: AppContext, actor: StaffActor, customerId: string, productIds: string[]): Promise<{ productIds: string[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findCustomer(trx, actor.tenantId, customerId))) throw notFound('customer');
    const unique = [...new Set(productIds)];
    const known = await repo.productsByIds(trx, actor.tenantId, unique);
    if (known.length !== unique.length) {
      throw new AppError('validation_failed', message('supplies.unknownProducts'), { productIds: message('supplies.unknownProductsField') });
    }
    await repo.replaceChosenProducts(trx, actor.tenantId, customerId, unique);
    return { productIds: await repo.chosenProductIds(trx, actor.tenantId, customerId) };
  });
}

/** What a customer may order now: the active products chosen for it, or every active product when none are chosen. */
async function orderableProducts(db: Executor, tenantId: TenantId, customerId: string): Promise<ProductRow[]> {
  const chosen = await repo.chosenProductIds(db, tenantId, customerId);
  if (chosen.length === 0) return repo.listActiveProducts(db, tenantId);
  return (await repo.productsByIds(db, tenantId, chosen)).filter((p) => p.active);
}

export async function orderForm(ctx: AppContext, actor: PortalActor, slug: string, locationId: string): Promise<{ products: SupplyProduct[] }> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'supplyRequests');
  const products = await orderableProducts(ctx.db, actor.tenantId, location.customer_id);
  return { products: products.map((row) => toProduct(row, portalFiles(slug))) };
}

async function withLines(db: Executor, tenantId: TenantId, rows: repo.OrderRow[]): Promise<SupplyOrder[]> {
  const lines = await repo.linesOf(db, tenantId, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    status: row.status,
    locationId: row.location_id,
    locationName: row.location_name,
    locationTimeZone: row.location_time_zone,
    customerId: row.customer_id,
    customerName: row.customer_name,
    requestedBy: row.requested_by,
    note: row.note,
    noteToCustomer: row.note_to_customer,
    lines: lines
      .filter((l) => l.order_id === row.id)
      .map((l) => ({ productId: l.product_id, productName: l.product_name, unit: l.unit, quantity: l.quantity })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

async function oneOrder(db: Executor, tenantId: TenantId, id: string): Promise<SupplyOrder> {
  const row = await repo.findOrder(db, tenantId, id);
  if (!row) throw notFound('supplyOrder');
  const [order] = await withLines(db, tenantId, [row]);
  return order!;
}

async function pageOfOrders(db: Executor, tenantId: TenantId, filter: repo.OrderFilter, page: Page): Promise<OrderList> {
  const { items, total } = await repo.listOrders(db, tenantId, filter, page);
  return { items: await withLines(db, tenantId, items), total, page: page.page, pageSize: page.pageSize };
}

/** The office's list. A customer or location of another company is not found, like any unknown id. */
export async function listOrders(db: Executor, tenantId: TenantId, query: OrderQuery): Promise<OrderList> {
  if (query.customerId && !(await repo.findCustomer(db, tenantId, query.customerId))) throw notFound('customer');
  if (query.locationId && !(await repo.findLocation(db, tenantId, query.locationId))) throw notFound('location');
  return pageOfOrders(db, tenantId, { status: query.status, customerId: query.customerId, locationId: query.locationId }, query);
}

export async function listLocationOrders(ctx: AppContext, actor: PortalActor, locationId: string, query: Page & { status?: SupplyOrderStatus }): Promise<OrderList> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'supplyRequests');
  return pageOfOrders(ctx.db, actor.tenantId, { locationId, status: query.status }, query);
}

type OrderedLine = { product: ProductRow; quantity: number };

/**
 * Each line must name a product this customer may order now, once. Every refused line is
 * reported under its own field, so the form can mark them all at once.
 */
function checkLines(lines: ParsedOrder['lines'], orderable: ProductRow[], locationName: string): OrderedLine[] {
  const byId = new Map(orderable.map((p) => [p.id, p]));
  const firstLineOf = new Map<string, number>();
  const fields: Record<string, Message> = {};
  const problems: Message[] = [];
  const ordered: OrderedLine[] = [];
  lines.forEach((line, i) => {
    const product = byId.get(line.productId);
    const earlier = firstLineOf.get(line.productId);
    if (!product) {
      fields[`lines.${i}.productId`] = message('supplies.lineNotOrderableField');
      problems.push(message('supplies.lineNotOrderable', { line: i + 1, location: locationName }));
    } else if (earlier !== undefined) {
      fields[`lines.${i}.productId`] = message('supplies.lineRepeatsField', { product: product.name, earlier: earlier + 1 });
      problems.push(message('supplies.lineRepeats', { line: i + 1, product: product.name, earlier: earlier + 1 }));
    } else {
      firstLineOf.set(line.productId, i);
      ordered.push({ product, quantity: line.quantity });
    }
  });
  if (problems.length > 0) throw new AppError('validation_failed', message('supplies.checkOrder', { problems }), fields);
  return ordered;
}

/** "- 2 × Paper towels (case of 12 rolls)", the quantity written as the reader writes numbers. */
function orderLine(language: Language, line: { quantity: number; productName: string; unit: string }): string {
  const quantity = numberFormat(language).format(line.quantity);
  return translator(language)('supplyOrder.line', { ns: 'emails', quantity, product: line.productName, unit: line.unit });
}

/**
 * A portal user orders supplies for one of their locations. The order, its number and the
 * staff notices are written together; the mail worker is woken once they are committed.
 */
export async function placeOrder(ctx: AppContext, actor: PortalActor, input: ParsedOrder): Promise<SupplyOrder> {
  const order = await ctx.db.transaction().execute(async (trx) => {
    const location = await requirePortalLocation(trx, actor.tenantId, actor.userId, input.locationId, 'supplyRequests');
    const customer = (await repo.findCustomer(trx, actor.tenantId, location.customer_id))!;
    const lines = checkLines(input.lines, await orderableProducts(trx, actor.tenantId, customer.id), location.name);
    const id = newId();
    const now = isoNow();
    const reference = await nextReference(trx, actor.tenantId, 'SO');
    await repo.insertOrder(trx, actor.tenantId, {
      id,
      reference,
      customer_id: customer.id,
      location_id: location.id,
      portal_user_id: actor.userId,
      status: 'submitted',
      note: input.note ?? null,
      note_to_customer: null,
      created_at: now,
      updated_at: now,
    });
    // Name and unit are copied, so the order reads the same after the catalogue changes.
    await repo.insertLines(
      trx,
      actor.tenantId,
      lines.map(({ product, quantity }) => ({ id: newId(), order_id: id, product_id: product.id, product_name: product.name, unit: product.unit, quantity })),
    );
    const names = { reference, customer: customer.name, location: location.name };
    const notice: StaffNotice = {
      kind: 'supply_order',
      words: (language) => {
        const t = translator(language);
        return {
          title: t('staffNotices.supplyOrder.title', { ns: 'emails', ...names }),
          body: [
            t('staffNotices.supplyOrder.body', { ns: 'emails', ...names, person: actor.name }),
            ...lines.map(({ product, quantity }) => orderLine(language, { quantity, productName: product.name, unit: product.unit })),
            ...(input.note ? ['', t('staffNotices.supplyOrder.note', { ns: 'emails', note: input.note })] : []),
          ].join('\n'),
        };
      },
      link: `/office/supplies/orders/${id}`,
    };
    await notifyLocationStaff(trx, { publicUrl: ctx.config.publicUrl, smtpConfigured: ctx.smtpConfigured }, actor.tenantId, location.id, notice);
    await addStaffNotifications(trx, actor.tenantId, notice);
    return oneOrder(trx, actor.tenantId, id);
  });
  ctx.wakeMailWorker();
  return order;
}

const allowedNext: Record<SupplyOrderStatus, readonly SupplyOrderStatus[]> = {
  submitted: ['approved', 'cancelled'],
  approved: ['delivered', 'cancelled'],
  delivered: [],
  cancelled: [],
};

function refusedTransition(from: SupplyOrderStatus, to: SupplyOrderStatus): AppError {
  return new AppError('conflict', message('supplies.cannotMark', { from: message(`supplyStatus.${from}`), to: message(`supplyStatus.${to}`) }));
}

/**
 * The office approves, delivers or cancels an order. The person who placed it is emailed the
 * new status with the office's note; the note is kept with the order for the portal to show.
 */
export async function changeOrderStatus(ctx: AppContext, actor: StaffActor, id: string, input: OrderUpdate): Promise<SupplyOrder> {
  const order = await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findOrder(trx, actor.tenantId, id);
    if (!current) throw notFound('supplyOrder');
    if (!allowedNext[current.status].includes(input.status)) throw refusedTransition(current.status, input.status);
    // A note belongs to the status change it came with; an older one would mislead.
    const noteToCustomer = input.noteToCustomer || null;
    const changed = await repo.changeOrderStatus(trx, actor.tenantId, id, current.status, { status: input.status, note_to_customer: noteToCustomer, updated_at: isoNow() });
    if (!changed) {
      const now = await repo.findOrder(trx, actor.tenantId, id);
      throw refusedTransition(now?.status ?? current.status, input.status);
    }
    const updated = await oneOrder(trx, actor.tenantId, id);
    const placedBy = current.portal_user_id ? await repo.findPortalUser(trx, actor.tenantId, current.portal_user_id) : undefined;
    // Someone whose access was revoked is not sent news from the portal any more.
    if (placedBy && !placedBy.locked_at) {
      const tenant = (await findTenantById(trx, actor.tenantId))!;
      const zone = await repo.locationTimeZone(trx, actor.tenantId, updated.locationId);
      await enqueueEmail(trx, statusEmail(tenant, placedBy, updated, zone, `${ctx.config.publicUrl}/portal/${tenant.slug}`), ctx.smtpConfigured);
    }
    return updated;
  });
  ctx.wakeMailWorker();
  return order;
}

/** The new status of an order, to the person who placed it in their language; its time on the location's clock. */
function statusEmail(tenant: Tenant, to: { name: string; email: string } & Addressee, order: SupplyOrder, zone: string, portalLink: string): Email {
  const language = addresseeLanguage(to, tenant);
  const t = translator(language);
  const status = t(`supplyOrder.statuses.${order.status}`, { ns: 'emails' });
  return {
    tenantId: tenant.id,
    to: to.email,
    subject: t('supplyOrder.subject', { ns: 'emails', reference: order.reference, status }),
    text: [
      t('greeting', { ns: 'emails', name: to.name }),
      '',
      t('supplyOrder.nowStatus', { ns: 'emails', reference: order.reference, location: order.locationName, status }),
      t('supplyOrder.orderedAt', { ns: 'emails', time: formatDateTime(order.createdAt, { locale: language, zone }) }),
      ...(order.noteToCustomer ? ['', t('supplyOrder.noteFrom', { ns: 'emails', company: tenant.display_name }), order.noteToCustomer] : []),
      '',
      t('supplyOrder.youOrdered', { ns: 'emails' }),
      ...order.lines.map((line) => orderLine(language, line)),
      '',
      t('supplyOrder.seeOrders', { ns: 'emails', link: portalLink }),
    ].join('\n'),
  };
}
