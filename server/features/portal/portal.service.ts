import type { LoginBody } from '../../../shared/features/auth/auth.contract.ts';
import type { PortalLocation, PortalMe } from '../../../shared/features/auth/portal-auth.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Location, Tenant } from '../../db/schema.ts';
import type { PortalActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { days } from '../../lib/time.ts';
import { consumeAccountToken, issueAccountToken } from '../../platform/auth/account-tokens.ts';
import * as accounts from '../../platform/auth/accounts.repository.ts';
import { assertCurrentPassword, invalidCredentials, recordFailedLogin, requireTenant, type Client } from '../../platform/auth/credentials.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, endSessionsOf } from '../../platform/auth/sessions.ts';
import { loginRules, mailRule, settleThrottledTurn, takeThrottledTurn } from '../../platform/auth/throttle.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { addresseeLanguage, type Addressee } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail, hiddenLinkText, type Email } from '../../platform/mail/outbox.ts';
import { featureFlagsOf, requirePortalLocation } from '../../platform/portal/portal-access.ts';
import { accessRevokedMessage, brandingOf } from '../../platform/tenants/branding.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantBySlug, toCompanySummary } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './portal.repository.ts';

/** The company behind a portal address; unknown addresses are 404. */
export async function portalTenant(ctx: AppContext, slug: string): Promise<Tenant> {
  const tenant = await findTenantBySlug(ctx.db, slug);
  if (!tenant) throw notFound('customerPortal');
  return tenant;
}

export function assertPortalOpen(tenant: Tenant): void {
  if (!tenant.portal_enabled) {
    throw new AppError('portal_unavailable', message('portal.unavailable', { company: tenant.display_name }));
  }
}

async function startPortalSession(ctx: AppContext, tenantId: TenantId, portalUserId: string, client: Client): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    await accounts.touchLogin(trx, tenantId, 'portal', portalUserId, client.language);
    await recordAudit(trx, { tenantId: tenantId, actorKind: 'portal', actorId: portalUserId, action: 'login.succeeded', ip: client.ip });
    return (await createSession(trx, ctx.config.sessionSecret, { kind: 'portal', id: portalUserId, tenantId: tenantId }, client, null, ctx.now())).token;
  });
}

export async function loginPortal(ctx: AppContext, tenant: Tenant, body: LoginBody, client: Client): Promise<{ token: string; me: PortalMe }> {
  assertPortalOpen(tenant);
  // The portal address names the tenant before anyone is signed in.
  const tenantId = tenantIdOf(tenant);
  const rules = loginRules(client.ip, `portal:${tenant.id}:${body.email}`);
  await takeThrottledTurn(ctx.db, rules, ctx.now());
  const user = await accounts.findPortalUserByEmail(ctx.db, tenantId, body.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, body.password);
  if (!user || !passwordOk) {
    await recordFailedLogin(ctx, { tenantId: tenant.id, email: body.email, ip: client.ip, area: 'portal' });
    throw invalidCredentials();
  }
  // Checked only after the password, so a stranger cannot learn which accounts exist.
  if (user.locked_at || !(await repo.hasActiveCustomer(ctx.db, tenantId, user.id))) {
    throw new AppError('access_revoked', accessRevokedMessage(tenant));
  }
  await settleThrottledTurn(ctx.db, rules);
  const token = await startPortalSession(ctx, tenantId, user.id, client);
  return { token, me: await portalMe(ctx, tenant, { tenantId, userId: user.id, viewAs: null }) };
}

function toPortalLocation(location: Location, planned: ReadonlySet<string>): PortalLocation {
  return {
    id: location.id,
    customerId: location.customer_id,
    name: location.name,
    address: location.address,
    timeZone: location.time_zone,
    features: featureFlagsOf(location),
    hasCleaningPlan: planned.has(location.id),
  };
}

/** Everything the portal shell needs after sign-in; `tenant` is the one the portal address named. */
export async function portalMe(ctx: AppContext, tenant: Tenant, actor: Pick<PortalActor, 'tenantId' | 'userId' | 'viewAs'>): Promise<PortalMe> {
  const [user, customers, locations] = await Promise.all([
    repo.findPortalUser(ctx.db, actor.tenantId, actor.userId),
    repo.customersOfPortalUser(ctx.db, actor.tenantId, actor.userId),
    repo.portalLocationsOf(ctx.db, actor.tenantId, actor.userId),
  ]);
  if (!user) throw notFound('portalUser');
  const planned = await repo.locationsWithCleaningPlan(ctx.db, actor.tenantId, locations.map((location) => location.id));
  return {
    user: { id: user.id, name: user.name, email: user.email, phone: user.phone, pendingEmail: user.pending_email, requestStatusEmails: user.request_status_emails, language: user.language },
    company: toCompanySummary(tenant),
    branding: brandingOf(tenant),
    customers: customers.map((c) => ({ id: c.id, name: c.name, type: c.type, isBillingContact: c.is_billing_contact })),
    locations: locations.map((location) => toPortalLocation(location, planned)),
    viewAs: actor.viewAs ? { staffName: actor.viewAs.staffName } : null,
  };
}

export async function portalLocation(ctx: AppContext, actor: PortalActor, locationId: string): Promise<PortalLocation> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId);
  return toPortalLocation(location, await repo.locationsWithCleaningPlan(ctx.db, actor.tenantId, [location.id]));
}

/** Sets the first password from an invitation link and signs the person in. */
export async function acceptInvitation(ctx: AppContext, tenant: Tenant, token: string, password: string, client: Client): Promise<{ token: string; me: PortalMe }> {
  assertPortalOpen(tenant);
  const tenantId = tenantIdOf(tenant);
  const userId = await ctx.db.transaction().execute(async (trx) => {
    const owner = await consumeAccountToken(trx, ctx.config.sessionSecret, token, 'invitation', ctx.now());
    if (!owner || owner.kind !== 'portal' || owner.tenantId !== tenant.id) {
      throw new AppError('token_invalid', message('portal.invitationInvalid'));
    }
    const user = await repo.findPortalUser(trx, tenantId, owner.id);
    if (!user) throw notFound('portalUser');
    if (user.locked_at) throw new AppError('access_revoked', accessRevokedMessage(tenant));
    assertStrongPassword(password, 'password', user.email);
    await repo.updatePortalUser(trx, tenantId, user.id, { password_hash: await hashPassword(password) });
    await endSessionsOf(trx, tenantId, 'portal', user.id);
    await recordAudit(trx, { tenantId: tenant.id, actorKind: 'portal', actorId: user.id, action: 'invitation.accepted', ip: client.ip });
    return user.id;
  });
  const sessionToken = await startPortalSession(ctx, tenantId, userId, client);
  return { token: sessionToken, me: await portalMe(ctx, tenant, { tenantId, userId, viewAs: null }) };
}

/**
 * What the custom-fields feature does when a contact's details change (wired in app.ts): opens the
 * office's request in the same transaction when the company wants one, and says whether it did.
 */
export type ContactDetailsChanged = (
  trx: Executor,
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  before: { name: string; phone: string | null },
  after: { name: string; phone: string | null },
) => Promise<boolean>;

export async function updateAccount(
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  values: { name: string; phone: string | null; requestStatusEmails?: boolean | undefined },
  detailsChanged: ContactDetailsChanged,
): Promise<PortalMe> {
  const { requestStatusEmails, ...details } = values;
  const opened = await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPortalUser(trx, actor.tenantId, actor.userId);
    if (!before) throw notFound('portalUser');
    await repo.updatePortalUser(trx, actor.tenantId, actor.userId, { ...details, ...(requestStatusEmails === undefined ? {} : { request_status_emails: requestStatusEmails }) });
    return detailsChanged(trx, ctx, tenant, actor, { name: before.name, phone: before.phone }, details);
  });
  if (opened) ctx.wakeMailWorker();
  return portalMe(ctx, tenant, actor);
}

export const emailChangeRequestedMessage = message('messages.emailChangeRequested');

/** Sends a confirmation link to the new address; the email changes only when it is opened. */
export async function requestEmailChange(ctx: AppContext, actor: PortalActor, newEmail: string, currentPassword: string, client: Client): Promise<void> {
  await assertCurrentPassword(ctx, actor, currentPassword, client);
  if (newEmail === actor.email) throw new AppError('validation_failed', message('portal.sameEmail'), { newEmail: message('portal.sameEmailField') });
  if (await repo.emailTaken(ctx.db, actor.tenantId, newEmail, actor.userId)) {
    throw new AppError('conflict', message('portal.emailTaken'), { newEmail: message('portal.emailTakenField') });
  }
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  await ctx.db.transaction().execute(async (trx) => {
    // The new address is the user's to choose, so Porter must not become a way to mail strangers.
    await takeThrottledTurn(trx, [mailRule(`portal:${actor.userId}`, 5), mailRule(`to:${newEmail}`, 3)], ctx.now());
    await repo.updatePortalUser(trx, actor.tenantId, actor.userId, { pending_email: newEmail });
    const token = await issueAccountToken(trx, ctx.config.sessionSecret, { kind: 'portal', id: actor.userId, tenantId: tenant.id }, 'email_change', days(1), ctx.now(), newEmail);
    const link = `${ctx.config.publicUrl}/portal/${tenant.slug}/confirm-email?token=${token}`;
    const person = (await repo.findPortalUser(trx, actor.tenantId, actor.userId))!;
    await enqueueEmail(trx, emailChangeEmail(tenant, person, newEmail, link), ctx.smtpConfigured, ctx.now());
  });
  ctx.wakeMailWorker();
}

/** The confirmation link, sent to the new address in the language of the person who asked. */
function emailChangeEmail(tenant: Tenant, person: { name: string } & Addressee, newEmail: string, link: string): Email {
  const t = translator(addresseeLanguage(person, tenant));
  return {
    tenantId: tenant.id,
    to: newEmail,
    subject: t('emailChange.subject', { ns: 'emails', company: tenant.display_name }),
    text: [
      t('greeting', { ns: 'emails', name: person.name }),
      '',
      t('emailChange.useAddress', { ns: 'emails', company: tenant.display_name }),
      '',
      hiddenLinkText,
      '',
      t('emailChange.notYou', { ns: 'emails' }),
    ].join('\n'),
    secretLink: link,
  };
}

export async function confirmEmailChange(ctx: AppContext, tenant: Tenant, token: string, client: Client): Promise<void> {
  const tenantId = tenantIdOf(tenant);
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await consumeAccountToken(trx, ctx.config.sessionSecret, token, 'email_change', ctx.now());
    if (!owner || owner.tenantId !== tenant.id || !owner.payload) {
      throw new AppError('token_invalid', message('portal.emailLinkInvalid'));
    }
    if (await repo.emailTaken(trx, tenantId, owner.payload, owner.id)) {
      throw new AppError('conflict', message('portal.emailTakenSince'));
    }
    await repo.updatePortalUser(trx, tenantId, owner.id, { email: owner.payload, pending_email: null });
    await recordAudit(trx, { tenantId: tenant.id, actorKind: 'portal', actorId: owner.id, action: 'email.changed', subject: owner.payload, ip: client.ip });
  });
}

/** The stored logo of a company, for its portal pages. */
export async function portalLogo(ctx: AppContext, tenant: Tenant): Promise<Buffer> {
  const data = tenant.logo_file ? await ctx.files.get(`logos/${tenant.id}/${tenant.logo_file}`) : null;
  if (!data) throw notFound('logo');
  return data;
}

/**
 * The web app manifest of a company's portal: installed on a phone, it opens that company's portal under its name
 * and in its colour, with its logo when it has one.
 */
export function portalManifest(tenant: Tenant) {
  const start = `/portal/${tenant.slug}`;
  const branding = brandingOf(tenant);
  return {
    name: tenant.display_name,
    short_name: tenant.display_name,
    lang: tenant.default_language,
    start_url: start,
    scope: start,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: branding.brandColor,
    icons: [
      branding.logoUrl
        ? { src: branding.logoUrl, sizes: 'any', type: 'image/png', purpose: 'any' }
        : { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
