import type { z } from 'zod';
import {
  upgradeWindowHours,
  type addUpgradesSchema,
  type PortalVisitUpgrades,
  type RequestedUpgrade,
  type RequestedUpgradeList,
  type Upgrade,
  type UpgradeDecision,
  type upgradeInputSchema,
  type UpgradeList,
  type VisitUpgrade,
} from '../../../shared/features/upgrades/upgrades.contract.ts';
import { priceBreakdown, type RateModification } from '../../../shared/features/visits/price.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { formatMoney } from '../../../shared/i18n/money.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { hours, isoNow } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './upgrades.repository.ts';

type ParsedUpgrade = z.output<typeof upgradeInputSchema>;
type Location = { id: string; name: string; customer_id: string };

/**
 * How this feature asks the office about a visit: a request opened as the portal user, linked to the
 * visit, numbered and told to staff like any new request. The service-requests feature provides it
 * (wired in app.ts), so an upgrade is answered where the office answers every request.
 */
export type OpenVisitRequest = (
  trx: Executor,
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  request: { location: Location; visitId: string; subject: string; text: string },
) => Promise<string>;

// ── The catalogue ───────────────────────────────────────────────────────────────────────

function toUpgrade(row: repo.UpgradeRow): Upgrade {
  return { id: row.id, name: row.name, description: row.description, price: row.price, extraMinutes: row.extra_minutes, active: row.active };
}

export async function listCatalogue(db: Executor, tenantId: TenantId): Promise<UpgradeList> {
  const [rows, tenant] = await Promise.all([repo.listUpgrades(db, tenantId), requireTenant(db, tenantId)]);
  return { items: rows.map(toUpgrade), currency: tenant.currency };
}

const nameTaken = (name: string) => new AppError('conflict', message('upgrades.nameTaken', { name }), { name: message('upgrades.nameTakenField') });

/**
 * Saves an upgrade unless another has its name, whatever its case. When two people save the same
 * name at once, the unique index refuses the second and it hears the same answer.
 */
async function withUniqueName(ctx: AppContext, tenantId: TenantId, input: ParsedUpgrade, exceptId: string | null, save: () => Promise<Upgrade>): Promise<Upgrade> {
  const clash = await repo.clashingUpgrade(ctx.db, tenantId, input.name, exceptId);
  if (clash) throw nameTaken(clash.name);
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

const valuesOf = (input: ParsedUpgrade) => ({ name: input.name, description: input.description ?? null, price: input.price, extra_minutes: input.extraMinutes, active: input.active });

export async function createUpgrade(ctx: AppContext, actor: StaffActor, input: ParsedUpgrade): Promise<Upgrade> {
  const id = newId();
  return withUniqueName(ctx, actor.tenantId, input, null, async () => {
    await repo.insertUpgrade(ctx.db, actor.tenantId, id, valuesOf(input), isoNow(ctx.now()));
    return toUpgrade((await repo.findUpgrade(ctx.db, actor.tenantId, id))!);
  });
}

/** Changes an upgrade; deactivating stops offering it, and visits that have it keep it as agreed. */
export async function updateUpgrade(ctx: AppContext, actor: StaffActor, id: string, input: ParsedUpgrade): Promise<Upgrade> {
  if (!(await repo.findUpgrade(ctx.db, actor.tenantId, id))) throw notFound('upgrade');
  return withUniqueName(ctx, actor.tenantId, input, id, async () => {
    if (!(await repo.updateUpgrade(ctx.db, actor.tenantId, id, valuesOf(input)))) throw notFound('upgrade');
    return toUpgrade((await repo.findUpgrade(ctx.db, actor.tenantId, id))!);
  });
}

// ── Upgrades on a visit ─────────────────────────────────────────────────────────────────

/** MC: a customer adds upgrades only while the visit starts more than 24 hours from now. */
function canUpgrade(visit: repo.VisitRow, now: Date): boolean {
  return visit.status === 'scheduled' && Date.parse(visit.starts_at) - now.getTime() > hours(upgradeWindowHours);
}

function toVisitUpgrade(row: repo.VisitUpgradeRow): VisitUpgrade {
  return {
    id: row.id,
    upgradeId: row.upgrade_id,
    name: row.name,
    price: row.price,
    extraMinutes: row.extra_minutes,
    status: row.status,
    requestId: row.request_id,
    createdAt: row.created_at,
  };
}

function toUpgradeVisit(visit: repo.VisitRow) {
  return { id: visit.id, name: visit.name, startsAt: visit.starts_at, timeZone: visit.time_zone, locationId: visit.location_id, locationName: visit.location_name, status: visit.status };
}

/**
 * A scheduled visit at a location this portal user may use, with its location; anything else is
 * not found, so a visit of another customer looks like one that does not exist.
 */
async function portalVisit(db: Executor, actor: PortalActor, visitId: string): Promise<{ visit: repo.VisitRow; location: Location }> {
  const visit = await repo.findVisit(db, actor.tenantId, visitId);
  if (!visit || visit.status !== 'scheduled') throw notFound('visit');
  try {
    return { visit, location: await requirePortalLocation(db, actor.tenantId, actor.userId, visit.location_id) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('visit');
    throw error;
  }
}

async function upgradesPage(db: Executor, tenant: Tenant, visit: repo.VisitRow, now: Date): Promise<PortalVisitUpgrades> {
  const [added, active] = await Promise.all([repo.upgradesOfVisit(db, tenant.id as TenantId, visit.id), repo.listActiveUpgrades(db, tenant.id as TenantId)]);
  const onVisit = new Set(added.map((row) => row.upgrade_id));
  const modifications = JSON.parse(visit.rate_modifications) as RateModification[];
  return {
    visit: toUpgradeVisit(visit),
    price: { ...priceBreakdown(visit.price, modifications, added), currency: tenant.currency },
    added: added.map(toVisitUpgrade),
    offered: active.filter((row) => !onVisit.has(row.id)).map(toUpgrade),
    canUpgrade: canUpgrade(visit, now),
    currency: tenant.currency,
  };
}

export async function visitUpgrades(ctx: AppContext, tenant: Tenant, actor: PortalActor, visitId: string): Promise<PortalVisitUpgrades> {
  const { visit } = await portalVisit(ctx.db, actor, visitId);
  return upgradesPage(ctx.db, tenant, visit, ctx.now());
}

/** When the visit is, on its location's clock, in the reader's language. */
const visitTime = (visit: repo.VisitRow, language: Language) => formatDateTime(visit.starts_at, { locale: language, zone: visit.time_zone });

/** The request's words, in the language of the customer who asked (they read it in the portal too). */
function requestWords(language: Language, tenant: Tenant, visit: repo.VisitRow, chosen: repo.UpgradeRow[]) {
  const t = translator(language);
  const names = chosen.map((u) => u.name);
  const subject = names.length === 1 ? t('request.subjectOne', { ns: 'portalUpgrades', name: names[0] }) : t('request.subjectMany', { ns: 'portalUpgrades', names: names.join(', ') });
  const text = [
    t('request.text', { ns: 'portalUpgrades', when: visitTime(visit, language), location: visit.location_name }),
    ...chosen.map((u) => t('request.line', { ns: 'portalUpgrades', name: u.name, price: formatMoney(u.price, tenant.currency, language) })),
  ].join('\n');
  return { subject, text };
}

/** Refuses an upgrade already on the visit, naming it. */
function alreadyAdded(name: string): AppError {
  return new AppError('conflict', message('upgrades.alreadyAdded', { name }), { upgradeIds: message('upgrades.alreadyAddedField') });
}

/**
 * The customer adds upgrades to a visit more than 24 hours ahead. Each is kept on the visit as
 * pending, with its name, price and minutes as offered now, and one request asks the office to
 * accept them. Everything is written together, or nothing is.
 */
export async function addUpgrades(
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  visitId: string,
  input: z.output<typeof addUpgradesSchema>,
  openRequest: OpenVisitRequest,
): Promise<PortalVisitUpgrades> {
  const now = ctx.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const { visit, location } = await portalVisit(trx, actor, visitId);
      if (!canUpgrade(visit, now)) throw new AppError('conflict', message('upgrades.windowPassed'));
      const ids = [...new Set(input.upgradeIds)];
      const chosen = await repo.activeUpgradesByIds(trx, actor.tenantId, ids);
      if (chosen.length !== ids.length) throw new AppError('validation_failed', message('upgrades.notOffered'), { upgradeIds: message('upgrades.notOfferedField') });
      const onVisit = new Set((await repo.upgradesOfVisit(trx, actor.tenantId, visit.id)).map((row) => row.upgrade_id));
      const repeated = chosen.find((u) => onVisit.has(u.id));
      if (repeated) throw alreadyAdded(repeated.name);
      const requester = await repo.findPortalUser(trx, actor.tenantId, actor.userId);
      const words = requestWords(addresseeLanguage(requester, tenant), tenant, visit, chosen);
      const requestId = await openRequest(trx, ctx, tenant, actor, { location, visitId: visit.id, ...words });
      const stamp = isoNow(now);
      // Name, price and minutes are copied: the visit keeps what was agreed whatever the catalogue says later.
      await repo.insertVisitUpgrades(
        trx,
        actor.tenantId,
        chosen.map((u) => ({ id: newId(), visit_id: visit.id, upgrade_id: u.id, name: u.name, price: u.price, extra_minutes: u.extra_minutes, status: 'pending' as const, request_id: requestId, created_at: stamp })),
      );
    });
  } catch (error) {
    // The same upgrade added twice at once: the unique key (visit, upgrade name) lets one through.
    if (isUniqueViolation(error)) throw new AppError('conflict', message('upgrades.addedMeanwhile'), { upgradeIds: message('upgrades.alreadyAddedField') });
    throw error;
  }
  ctx.wakeMailWorker();
  return visitUpgrades(ctx, tenant, actor, visitId);
}

// ── The office's answer ─────────────────────────────────────────────────────────────────

async function describeRequested(db: Executor, tenantId: TenantId, rows: repo.VisitUpgradeRow[]): Promise<RequestedUpgrade[]> {
  const visits = new Map<string, repo.VisitRow>();
  for (const visitId of new Set(rows.map((row) => row.visit_id))) {
    const visit = await repo.findVisit(db, tenantId, visitId);
    if (visit) visits.set(visitId, visit);
  }
  return rows.filter((row) => visits.has(row.visit_id)).map((row) => ({ ...toVisitUpgrade(row), visit: toUpgradeVisit(visits.get(row.visit_id)!) }));
}

/** The upgrades a request asks for, to accept or decline on the request's page. */
export async function requestedUpgrades(db: Executor, tenantId: TenantId, requestId: string): Promise<RequestedUpgradeList> {
  if (!(await repo.findRequest(db, tenantId, requestId))) throw notFound('request');
  const [rows, tenant] = await Promise.all([repo.upgradesOfRequest(db, tenantId, requestId), requireTenant(db, tenantId)]);
  return { items: await describeRequested(db, tenantId, rows), currency: tenant.currency };
}

const alreadyDecided = (status: VisitUpgrade['status']) => new AppError('conflict', message('upgrades.decided', { status: message(`upgradeStatus.${status}`) }));

/**
 * The office accepts a pending upgrade (it counts in the visit's price and time from now on) or
 * declines it (left out). Only a scheduled visit takes one on. The customer who asked is emailed.
 */
export async function decideUpgrade(ctx: AppContext, actor: StaffActor, id: string, decision: UpgradeDecision): Promise<RequestedUpgrade> {
  const decided = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findVisitUpgrade(trx, actor.tenantId, id);
    if (!row) throw notFound('upgrade');
    if (row.status !== 'pending') throw alreadyDecided(row.status);
    const visit = await repo.findVisit(trx, actor.tenantId, row.visit_id);
    if (!visit) throw notFound('upgrade');
    if (decision.status === 'accepted' && visit.status !== 'scheduled') throw new AppError('conflict', message('visits.notScheduled'));
    if (!(await repo.decideUpgrade(trx, actor.tenantId, id, decision.status))) {
      throw alreadyDecided((await repo.findVisitUpgrade(trx, actor.tenantId, id))?.status ?? decision.status);
    }
    const updated = { ...row, status: decision.status };
    await emailRequester(trx, ctx, actor.tenantId, updated, visit);
    return (await describeRequested(trx, actor.tenantId, [updated]))[0]!;
  });
  ctx.wakeMailWorker();
  return decided;
}

/** Tells the customer who asked for an upgrade what the office decided, in their language. */
async function emailRequester(db: Executor, ctx: AppContext, tenantId: TenantId, upgrade: repo.VisitUpgradeRow & { status: 'accepted' | 'declined' }, visit: repo.VisitRow): Promise<void> {
  const request = upgrade.request_id ? await repo.findRequest(db, tenantId, upgrade.request_id) : undefined;
  const person = request?.portal_user_id ? await repo.findPortalUser(db, tenantId, request.portal_user_id) : undefined;
  // Someone whose access was revoked is not sent news from the portal any more.
  if (!person || person.locked_at) return;
  const tenant = await requireTenant(db, tenantId);
  const language = addresseeLanguage(person, tenant);
  const t = translator(language);
  const names = {
    ns: 'portalUpgrades' as const,
    company: tenant.display_name,
    name: upgrade.name,
    price: formatMoney(upgrade.price, tenant.currency, language),
    when: visitTime(visit, language),
    location: visit.location_name,
  };
  await enqueueEmail(
    db,
    {
      tenantId,
      to: person.email,
      subject: t('email.subject', { ...names, status: t(`email.statuses.${upgrade.status}`, { ns: 'portalUpgrades' }) }),
      text: [
        t('greeting', { ns: 'emails', name: person.name }),
        '',
        t(`email.${upgrade.status}`, names),
        '',
        t('email.seeIt', { ns: 'portalUpgrades', link: `${ctx.config.publicUrl}/portal/${tenant.slug}/visits/${visit.id}/upgrades` }),
        '',
        tenant.display_name,
      ].join('\n'),
    },
    ctx.smtpConfigured,
  );
}
