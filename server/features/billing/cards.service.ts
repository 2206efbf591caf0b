import type { FastifyBaseLogger } from 'fastify';
import type { AutopayState, Card, CardList, CardSetup, DefaultTipState } from '../../../shared/features/billing/cards.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { PortalActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { recordAudit, type AuditAction } from '../../platform/audit/audit.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { requireBillingCustomer } from './billing-access.ts';
import * as repo from './cards.repository.ts';
import { gatewayFor } from './gateways/gateways.ts';

function toCard(row: repo.CardRow): Card {
  return { id: row.id, brand: row.brand, last4: row.last4, expMonth: row.exp_month, expYear: row.exp_year, isDefault: row.is_default, addedAt: row.created_at };
}

/** The billing customer behind the location, or 404 (site contacts, strangers). */
async function billingCustomer(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string) {
  const { tenantId } = actor;
  const { customerId } = await requireBillingCustomer(ctx.db, tenantId, actor.userId, locationId);
  return { tenantId, customerId };
}

/** Who changed how the customer pays, and what: card, tip and autopay changes are money-relevant. */
function audit(trx: Executor, actor: PortalActor, action: AuditAction, customerId: string, details: Record<string, unknown>) {
  return recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'portal', actorId: actor.userId, action, subject: customerId, details });
}

// ── Cards ───────────────────────────────────────────────────────────────────────────────

export async function listCards(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string): Promise<CardList> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  const rows = await repo.listCards(ctx.db, tenantId, customerId, tenant.payment_gateway);
  return { items: rows.map(toCard), gateway: tenant.payment_gateway, test: tenant.payment_gateway === 'test' };
}

/** Starts saving a card at the gateway, making the customer's record there first if it has none. */
export async function startCardSetup(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string): Promise<CardSetup> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  const gateway = gatewayFor(ctx, tenant);
  const customer = await repo.findBillingCustomer(ctx.db, tenantId, customerId);
  const gatewayCustomerId = await gateway.ensureCustomer({ name: customer.name, email: customer.email, existing: customer.gateway_customer_id });
  if (gatewayCustomerId !== customer.gateway_customer_id) await repo.setGatewayCustomerId(ctx.db, tenantId, customerId, gatewayCustomerId);
  const setup = await gateway.startCardSetup({ gatewayCustomerId });
  return { ...setup, gateway: gateway.name };
}

/**
 * Stores the card a finished set-up saved; the customer's first card becomes the default. Finishing
 * the same set-up twice (a double click, a retry) answers the card stored the first time. A set-up
 * started for another customer is not this customer's to finish: 404, as for any id not theirs.
 */
export async function finishCardSetup(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, setupId: string): Promise<{ card: Card; created: boolean }> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  const gateway = gatewayFor(ctx, tenant);
  const saved = await gateway.finishCardSetup(setupId);
  if (!saved) throw new AppError('conflict', message('cards.setupNotFinished'), { setupId: message('cards.setupNotFinished') });
  const customer = await repo.findBillingCustomer(ctx.db, tenantId, customerId);
  if (saved.gatewayCustomerId !== customer.gateway_customer_id) throw notFound('card');
  const existing = async () => {
    const row = await repo.findCardByToken(ctx.db, tenantId, gateway.name, saved.token);
    if (!row || row.customer_id !== customerId || row.removed_at) throw notFound('card');
    return { card: toCard(row), created: false };
  };
  if (await repo.findCardByToken(ctx.db, tenantId, gateway.name, saved.token)) return existing();
  const id = newId();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.lockCustomer(trx, ctx.dbKind, tenantId, customerId);
      const cards = await repo.listCards(trx, tenantId, customerId, gateway.name);
      await repo.insertCard(trx, tenantId, {
        id,
        customerId,
        gateway: gateway.name,
        token: saved.token,
        brand: saved.brand,
        last4: saved.last4,
        expMonth: saved.expMonth,
        expYear: saved.expYear,
        isDefault: cards.length === 0,
        portalUserId: actor.userId,
        createdAt: isoNow(ctx.now()),
      });
      await audit(trx, actor, 'card.added', customerId, { cardId: id, brand: saved.brand, last4: saved.last4 });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return existing();
    throw error;
  }
  const card = (await repo.listCards(ctx.db, tenantId, customerId, gateway.name)).find((row) => row.id === id)!;
  return { card: toCard(card), created: true };
}

export async function makeDefaultCard(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, cardId: string): Promise<CardList> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCustomer(trx, ctx.dbKind, tenantId, customerId);
    const cards = await repo.listCards(trx, tenantId, customerId, tenant.payment_gateway);
    const card = cards.find((row) => row.id === cardId);
    if (!card) throw notFound('card');
    await repo.makeDefault(trx, tenantId, customerId, cardId);
    await audit(trx, actor, 'card.made_default', customerId, { cardId, brand: card.brand, last4: card.last4 });
  });
  return listCards(ctx, tenant, actor, locationId);
}

/**
 * Removes a card, never the last one: the customer adds another first, so a payment (autopay above
 * all) always has a card. Removing the default makes the newest remaining card the default. The
 * gateway forgets the card after Porter has.
 */
export async function removeCard(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, cardId: string, log: FastifyBaseLogger): Promise<CardList> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  const removed = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCustomer(trx, ctx.dbKind, tenantId, customerId);
    const cards = await repo.listCards(trx, tenantId, customerId, tenant.payment_gateway);
    const card = cards.find((row) => row.id === cardId);
    if (!card) throw notFound('card');
    if (cards.length === 1) throw new AppError('conflict', message('cards.lastCard'));
    await repo.markRemoved(trx, tenantId, cardId, isoNow(ctx.now()));
    if (card.is_default) {
      const newest = cards.filter((row) => row.id !== cardId).sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id))[0]!;
      await repo.makeDefault(trx, tenantId, customerId, newest.id);
    }
    await audit(trx, actor, 'card.removed', customerId, { cardId, brand: card.brand, last4: card.last4 });
    return card;
  });
  try {
    await gatewayFor(ctx, tenant).detachCard(removed.token);
  } catch (error) {
    // Porter no longer offers the card, so it is never charged; the gateway merely still lists it.
    log.warn({ err: error, cardId }, 'the gateway did not forget a removed card');
  }
  return listCards(ctx, tenant, actor, locationId);
}

// ── Default tip ─────────────────────────────────────────────────────────────────────────

export async function defaultTip(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string): Promise<DefaultTipState> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  const customer = await repo.findBillingCustomer(ctx.db, tenantId, customerId);
  return { amount: customer.default_tip, currency: tenant.currency };
}

/** The tip added to each new invoice from now on; invoices already written keep theirs. */
export async function setDefaultTip(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, amount: number): Promise<DefaultTipState> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findBillingCustomer(trx, tenantId, customerId);
    await repo.setDefaultTip(trx, tenantId, customerId, amount);
    if (before.default_tip !== amount) await audit(trx, actor, 'default_tip.changed', customerId, { from: before.default_tip, to: amount });
  });
  return { amount, currency: tenant.currency };
}

// ── Autopay ─────────────────────────────────────────────────────────────────────────────

export async function autopay(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string): Promise<AutopayState> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  return autopayState(ctx, tenant, tenantId, customerId);
}

async function autopayState(ctx: AppContext, tenant: Tenant, tenantId: TenantId, customerId: string): Promise<AutopayState> {
  const [customer, cards, scheduledVisits] = await Promise.all([
    repo.findBillingCustomer(ctx.db, tenantId, customerId),
    repo.listCards(ctx.db, tenantId, customerId, tenant.payment_gateway),
    repo.countAutopayVisits(ctx.db, tenantId, customerId),
  ]);
  return { enrolled: customer.autopay_since !== null, since: customer.autopay_since, hasCard: cards.length > 0, scheduledVisits };
}

/**
 * Enrols the customer in autopay (a card on file is needed) or takes them out. Their scheduled
 * visits not yet started follow at once; visits made later follow from the customer (the horizon
 * job reads autopay_since). Visits under way, done or cancelled keep what they had.
 */
export async function setAutopay(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, enrolled: boolean): Promise<AutopayState> {
  const { tenantId, customerId } = await billingCustomer(ctx, tenant, actor, locationId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCustomer(trx, ctx.dbKind, tenantId, customerId);
    const customer = await repo.findBillingCustomer(trx, tenantId, customerId);
    if (enrolled) {
      const cards = await repo.listCards(trx, tenantId, customerId, tenant.payment_gateway);
      if (cards.length === 0) throw new AppError('conflict', message('cards.autopayNeedsCard'));
      if (customer.autopay_since === null) {
        await repo.setAutopaySince(trx, tenantId, customerId, isoNow(ctx.now()));
        await audit(trx, actor, 'autopay.enrolled', customerId, {});
      }
    } else if (customer.autopay_since !== null) {
      await repo.setAutopaySince(trx, tenantId, customerId, null);
      await audit(trx, actor, 'autopay.left', customerId, {});
    }
    await repo.markScheduledVisits(trx, tenantId, customerId, enrolled);
  });
  return autopayState(ctx, tenant, tenantId, customerId);
}
