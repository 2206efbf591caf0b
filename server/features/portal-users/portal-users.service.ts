import type { z } from 'zod';
import type { PortalUser, portalUserInputSchema, PortalUserState } from '../../../shared/features/portal-users/portal-users.contract.ts';
import { listFormat } from '../../../shared/i18n/intl.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { translateUniqueViolation } from '../../db/unique-violation.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { days, isoNow } from '../../lib/time.ts';
import { issueAccountToken } from '../../platform/auth/account-tokens.ts';
import { endSessionsOf } from '../../platform/auth/sessions.ts';
import { mailRule, takeThrottledTurn } from '../../platform/auth/throttle.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { addresseeLanguage, type Addressee } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail, hiddenLinkText, type Email } from '../../platform/mail/outbox.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './portal-users.repository.ts';

type ParsedPortalUser = z.output<typeof portalUserInputSchema>;
type Row = Awaited<ReturnType<typeof repo.portalUsersOfCustomer>>[number];

export const invitationLifetime = days(7);

function stateOf(row: Pick<Row, 'locked_at' | 'password_hash' | 'invited_at'>): PortalUserState {
  if (row.locked_at) return 'locked';
  if (row.password_hash) return 'active';
  return row.invited_at ? 'invited' : 'not_invited';
}

export async function listPortalUsers(db: Executor, tenantId: TenantId, customerId: string, only?: string): Promise<PortalUser[]> {
  if (!(await repo.findCustomer(db, tenantId, customerId))) throw notFound('customer');
  const [rows, grants] = await Promise.all([repo.portalUsersOfCustomer(db, tenantId, customerId, only), repo.grantsOfCustomer(db, tenantId, customerId)]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    state: stateOf(row),
    invitedAt: row.invited_at,
    lastLoginAt: row.last_login_at,
    lockedAt: row.locked_at,
    isBillingContact: row.is_billing_contact,
    locations: grants.filter((g) => g.portal_user_id === row.id).map((g) => ({ id: g.id, name: g.name })),
    otherCustomerCount: Number(row.other_customers ?? 0),
  }));
}

async function onePortalUser(db: Executor, tenantId: TenantId, customerId: string, portalUserId: string): Promise<PortalUser> {
  const [user] = await listPortalUsers(db, tenantId, customerId, portalUserId);
  if (!user) throw notFound('portalUser');
  return user;
}

async function assertOwnLocations(db: Executor, tenantId: TenantId, customerId: string, locationIds: string[]): Promise<string[]> {
  const own = new Set(await repo.locationIdsOfCustomer(db, tenantId, customerId));
  const unique = [...new Set(locationIds)];
  if (unique.some((id) => !own.has(id))) {
    throw new AppError('validation_failed', message('portalUsers.foreignLocations'), { locationIds: message('portalUsers.foreignLocationsField') });
  }
  return unique;
}

/**
 * Adds a portal user to a customer. No email is sent: the office clicks Enable when ready.
 * An address that is already a portal user of another customer becomes one login with
 * access to both (a property manager).
 */
export async function addPortalUser(ctx: AppContext, actor: StaffActor, customerId: string, input: ParsedPortalUser): Promise<PortalUser> {
  return translateUniqueViolation(() => addPortalUserOnce(ctx, actor, customerId, input), () => emailTakenMoments(input.email));
}

// Two people adding the same address at once both pass the checks below; the unique index refuses the second.
const emailTakenMoments = (email: string) =>
  new AppError('conflict', message('portalUsers.addedMeanwhile', { email }), { email: message('portalUsers.addedMeanwhileField') });

async function addPortalUserOnce(ctx: AppContext, actor: StaffActor, customerId: string, input: ParsedPortalUser): Promise<PortalUser> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await repo.findCustomer(trx, actor.tenantId, customerId);
    if (!customer) throw notFound('customer');
    if (customer.archived_at) throw new AppError('conflict', message('portalUsers.customerArchived', { name: customer.name }));
    const locationIds = await assertOwnLocations(trx, actor.tenantId, customerId, input.locationIds);
    const existing = await repo.findPortalUserByEmail(trx, actor.tenantId, input.email);
    if (existing && (await repo.isLinked(trx, actor.tenantId, customerId, existing.id))) {
      throw new AppError('conflict', message('portalUsers.alreadyUser', { email: input.email, customer: customer.name }), { email: message('portalUsers.alreadyUserField') });
    }
    const portalUserId = existing?.id ?? newId();
    if (!existing) {
      await repo.insertPortalUser(trx, actor.tenantId, { id: portalUserId, name: input.name, email: input.email, phone: input.phone ?? null, created_at: isoNow() });
    }
    await repo.linkToCustomer(trx, actor.tenantId, portalUserId, customerId, input.isBillingContact);
    await repo.replaceGrants(trx, actor.tenantId, portalUserId, customerId, locationIds);
    return onePortalUser(trx, actor.tenantId, customerId, portalUserId);
  });
}

export async function updatePortalUser(ctx: AppContext, actor: StaffActor, customerId: string, portalUserId: string, input: ParsedPortalUser): Promise<PortalUser> {
  return translateUniqueViolation(() => updatePortalUserOnce(ctx, actor, customerId, portalUserId, input), () => emailTakenMoments(input.email));
}

async function updatePortalUserOnce(ctx: AppContext, actor: StaffActor, customerId: string, portalUserId: string, input: ParsedPortalUser): Promise<PortalUser> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isLinked(trx, actor.tenantId, customerId, portalUserId))) throw notFound('portalUser');
    const locationIds = await assertOwnLocations(trx, actor.tenantId, customerId, input.locationIds);
    const holder = await repo.findPortalUserByEmail(trx, actor.tenantId, input.email);
    if (holder && holder.id !== portalUserId) {
      throw new AppError('conflict', message('portalUsers.emailTaken', { email: input.email }), { email: message('portalUsers.emailTakenField') });
    }
    await repo.updatePortalUser(trx, actor.tenantId, portalUserId, { name: input.name, email: input.email, phone: input.phone ?? null });
    await repo.linkToCustomer(trx, actor.tenantId, portalUserId, customerId, input.isBillingContact);
    await repo.replaceGrants(trx, actor.tenantId, portalUserId, customerId, locationIds);
    return onePortalUser(trx, actor.tenantId, customerId, portalUserId);
  });
}

/** Takes the person's access to this customer away; a person left with no customer is deleted. */
export async function removePortalUser(ctx: AppContext, actor: StaffActor, customerId: string, portalUserId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isLinked(trx, actor.tenantId, customerId, portalUserId))) throw notFound('portalUser');
    const remaining = await repo.unlinkFromCustomer(trx, actor.tenantId, portalUserId, customerId);
    if (remaining === 0) {
      await endSessionsOf(trx, actor.tenantId, 'portal', portalUserId);
      await repo.deletePortalUser(trx, actor.tenantId, portalUserId);
    }
  });
}

/** Emails a set-password link (valid 7 days). Sending again spends the earlier link. */
export async function enablePortalUser(ctx: AppContext, actor: StaffActor, customerId: string, portalUserId: string): Promise<PortalUser> {
  const result = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isLinked(trx, actor.tenantId, customerId, portalUserId))) throw notFound('portalUser');
    const user = (await repo.findPortalUser(trx, actor.tenantId, portalUserId))!;
    if (user.locked_at) throw new AppError('conflict', message('portalUsers.locked', { name: user.name }));
    if (user.password_hash) throw new AppError('conflict', message('portalUsers.hasPassword', { name: user.name }));
    // Counted in the transaction: a refused invitation (locked, already set up) costs nothing.
    await takeThrottledTurn(trx, [mailRule(`staff:${actor.userId}`, 30), mailRule(`to:${user.email}`, 3)], ctx.now());
    const tenant = (await findTenantById(trx, actor.tenantId))!;
    const token = await issueAccountToken(trx, ctx.config.sessionSecret, { kind: 'portal', id: user.id, tenantId: tenant.id }, 'invitation', invitationLifetime, ctx.now());
    await repo.updatePortalUser(trx, actor.tenantId, user.id, { invited_at: isoNow() });
    await enqueueEmail(trx, invitationEmail(tenant, user, `${ctx.config.publicUrl}/portal/${tenant.slug}/accept-invitation?token=${token}`), ctx.smtpConfigured, ctx.now());
    await recordAudit(trx, { tenantId: tenant.id, actorKind: 'staff', actorId: actor.userId, action: 'invitation.sent', subject: `portal:${user.id}` });
    return onePortalUser(trx, actor.tenantId, customerId, portalUserId);
  });
  ctx.wakeMailWorker();
  return result;
}

function invitationEmail(tenant: Tenant, user: { name: string; email: string } & Addressee, link: string): Email {
  const language = addresseeLanguage(user, tenant);
  const t = translator(language);
  const contacts = [tenant.contact_email, tenant.contact_phone].filter((contact): contact is string => Boolean(contact));
  const contact = listFormat(language, { type: 'disjunction' }).format(contacts);
  return {
    tenantId: tenant.id,
    to: user.email,
    subject: t('portalInvitation.subject', { ns: 'emails', company: tenant.display_name }),
    secretLink: link,
    text: [
      t('greeting', { ns: 'emails', name: user.name }),
      '',
      t('portalInvitation.access', { ns: 'emails', company: tenant.display_name }),
      '',
      t('portalInvitation.choosePassword', { ns: 'emails' }),
      '',
      hiddenLinkText,
      '',
      contact
        ? t('portalInvitation.afterwardsWithContact', { ns: 'emails', email: user.email, company: tenant.display_name, contact })
        : t('portalInvitation.afterwards', { ns: 'emails', email: user.email }),
    ].join('\n'),
  };
}

/**
 * Revokes access at once. Live sessions are refused on their very next request, which ends
 * them and tells the open page that access was revoked and whom to contact.
 */
export async function lockPortalUser(ctx: AppContext, actor: StaffActor, customerId: string, portalUserId: string): Promise<PortalUser> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isLinked(trx, actor.tenantId, customerId, portalUserId))) throw notFound('portalUser');
    await repo.updatePortalUser(trx, actor.tenantId, portalUserId, { locked_at: isoNow() });
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'portal_user.locked', subject: `portal:${portalUserId}` });
    return onePortalUser(trx, actor.tenantId, customerId, portalUserId);
  });
}

export async function unlockPortalUser(ctx: AppContext, actor: StaffActor, customerId: string, portalUserId: string): Promise<PortalUser> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isLinked(trx, actor.tenantId, customerId, portalUserId))) throw notFound('portalUser');
    await repo.updatePortalUser(trx, actor.tenantId, portalUserId, { locked_at: null });
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'portal_user.unlocked', subject: `portal:${portalUserId}` });
    return onePortalUser(trx, actor.tenantId, customerId, portalUserId);
  });
}
