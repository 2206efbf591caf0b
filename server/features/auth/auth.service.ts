import type { LoginBody, StaffMe } from '../../../shared/features/auth/auth.contract.ts';
import type { PortalMe } from '../../../shared/features/auth/portal-auth.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Organization, PrincipalKind } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { consumeAccountToken, issueAccountToken } from '../../platform/auth/account-tokens.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, endSession, endSessionsOf } from '../../platform/auth/sessions.ts';
import { assertNotThrottled, clearThrottle, loginRules, mailRules, recordThrottledEvent } from '../../platform/auth/throttle.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { asTenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById, findTenantBySlug, toTenantSummary } from '../../platform/tenants/tenants.repository.ts';
import { hours } from '../../lib/time.ts';
import * as repo from './auth.repository.ts';

export type Client = { ip: string; userAgent: string | null };

const invalidCredentials = () =>
  new AppError('invalid_credentials', 'That email and password do not match an account. Check both and try again.');

export async function loginStaff(ctx: AppContext, body: LoginBody, client: Client): Promise<{ token: string; me: StaffMe }> {
  const rules = loginRules(client.ip, `staff:${body.email}`);
  await assertNotThrottled(ctx.db, rules);
  const user = await repo.findStaffByEmail(ctx.db, body.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, body.password);
  if (!user || !passwordOk || user.role === 'no_access') {
    await ctx.db.transaction().execute(async (trx) => {
      await recordThrottledEvent(trx, rules);
      await recordAudit(trx, {
        organizationId: user?.organization_id ?? null,
        actorKind: 'anonymous',
        actorId: null,
        action: 'login.failed',
        subject: body.email,
        ip: client.ip,
        details: { area: 'office' },
      });
    });
    throw invalidCredentials();
  }
  const tenant = await requireTenant(ctx.db, user.organization_id);
  const token = await ctx.db.transaction().execute(async (trx) => {
    await clearThrottle(trx, rules[0]!.key);
    await repo.touchStaffLogin(trx, user.id);
    await recordAudit(trx, { organizationId: tenant.id, actorKind: 'staff', actorId: user.id, action: 'login.succeeded', ip: client.ip });
    return (await createSession(trx, ctx.config.sessionSecret, { kind: 'staff', id: user.id, organizationId: tenant.id }, client)).token;
  });
  return { token, me: { user: { id: user.id, name: user.name, email: user.email, role: user.role }, tenant: toTenantSummary(tenant) } };
}

export async function staffMe(ctx: AppContext, actor: StaffActor): Promise<StaffMe> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  return { user: { id: actor.userId, name: actor.name, email: actor.email, role: actor.role }, tenant: toTenantSummary(tenant) };
}

export async function logout(ctx: AppContext, actor: StaffActor | PortalActor, client: Client): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await endSession(trx, actor.sessionId);
    await recordAudit(trx, { organizationId: actor.tenantId, actorKind: actor.kind, actorId: actor.userId, action: 'logout', ip: client.ip });
  });
}

export const resetRequestedMessage =
  'If an account uses that address, we have emailed it a link to choose a new password. The link works once, for one hour.';

/** Emails a reset link; answers the same whether or not the account exists. */
export async function requestPasswordReset(
  ctx: AppContext,
  kind: PrincipalKind,
  email: string,
  client: Client,
  portalTenant?: Organization,
): Promise<void> {
  const rules = mailRules(client.ip, `${kind}:${portalTenant?.id ?? ''}:${email}`);
  await assertNotThrottled(ctx.db, rules);
  const account =
    kind === 'staff' ? await repo.findStaffByEmail(ctx.db, email) : await repo.findPortalUserByEmail(ctx.db, asTenantId(portalTenant!.id), email);
  await ctx.db.transaction().execute(async (trx) => {
    await recordThrottledEvent(trx, rules);
    if (!account || ('role' in account && account.role === 'no_access')) return;
    const tenant = await requireTenant(trx, account.organization_id);
    const owner = { kind, id: account.id, organizationId: tenant.id };
    const token = await issueAccountToken(trx, ctx.config.sessionSecret, owner, 'password_reset', hours(1));
    const link =
      kind === 'staff'
        ? `${ctx.config.publicUrl}/reset-password?token=${token}`
        : `${ctx.config.publicUrl}/portal/${tenant.slug}/reset-password?token=${token}`;
    await enqueueEmail(trx, resetEmail(tenant, account.email, account.name, link, kind), ctx.smtpConfigured);
    await recordAudit(trx, { organizationId: tenant.id, actorKind: 'anonymous', actorId: null, action: 'password.reset_requested', subject: `${kind}:${account.id}`, ip: client.ip });
  });
  ctx.wakeMailWorker();
}

function resetEmail(tenant: Organization, to: string, name: string, link: string, kind: PrincipalKind) {
  const where = kind === 'staff' ? `your Porter office account at ${tenant.name}` : `the ${tenant.display_name} customer portal`;
  return {
    organizationId: tenant.id,
    to,
    subject: `Choose a new password for ${kind === 'staff' ? 'Porter' : tenant.display_name}`,
    text: [
      `Hello ${name},`,
      '',
      `Someone asked to reset the password of ${where}. To choose a new password, open this link within one hour:`,
      '',
      link,
      '',
      'The link works once. If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

/** Sets a new password from an emailed link, and signs the person out everywhere. */
export async function resetPassword(ctx: AppContext, token: string, password: string, client: Client): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await consumeAccountToken(trx, ctx.config.sessionSecret, token);
    if (!owner || owner.purpose !== 'password_reset') {
      throw new AppError('token_invalid', 'This link has expired or was already used. Ask for a new one from the sign-in page.');
    }
    const email = await repo.emailOf(trx, owner.kind, owner.id);
    assertStrongPassword(password, 'password', email);
    await repo.setPasswordHash(trx, owner.kind, owner.id, await hashPassword(password));
    await endSessionsOf(trx, owner.kind, owner.id);
    await recordAudit(trx, { organizationId: owner.organizationId, actorKind: owner.kind, actorId: owner.id, action: 'password.reset', ip: client.ip });
  });
}

/** Changes the password after checking the current one; other sessions of the person end. */
export async function changePassword(
  ctx: AppContext,
  actor: StaffActor | PortalActor,
  currentPassword: string,
  newPassword: string,
  client: Client,
): Promise<void> {
  const rules = loginRules(client.ip, `${actor.kind}:${actor.tenantId}:${actor.email}:change`);
  await assertNotThrottled(ctx.db, rules);
  const storedHash = await repo.passwordHashOf(ctx.db, actor.kind, actor.userId);
  if (!(await verifyPassword(storedHash, currentPassword))) {
    await recordThrottledEvent(ctx.db, rules);
    throw new AppError('validation_failed', 'Your current password is not correct.', { currentPassword: 'This is not your current password' });
  }
  assertStrongPassword(newPassword, 'newPassword', actor.email);
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setPasswordHash(trx, actor.kind, actor.userId, hash);
    await endSessionsOf(trx, actor.kind, actor.userId, actor.sessionId);
    await recordAudit(trx, { organizationId: actor.tenantId, actorKind: actor.kind, actorId: actor.userId, action: 'password.changed', ip: client.ip });
  });
}

/** The company behind a portal address; unknown addresses are 404. */
export async function portalTenant(ctx: AppContext, slug: string): Promise<Organization> {
  const tenant = await findTenantBySlug(ctx.db, slug);
  if (!tenant) throw notFound('That customer portal');
  return tenant;
}

export function assertPortalOpen(tenant: Organization): void {
  if (!tenant.portal_enabled) {
    throw new AppError('portal_unavailable', `The customer portal of ${tenant.display_name} is not available right now.`);
  }
}

export async function loginPortal(ctx: AppContext, tenant: Organization, body: LoginBody, client: Client): Promise<{ token: string; me: PortalMe }> {
  assertPortalOpen(tenant);
  // The portal address names the tenant before anyone is signed in.
  const tenantId = asTenantId(tenant.id);
  const rules = loginRules(client.ip, `portal:${tenant.id}:${body.email}`);
  await assertNotThrottled(ctx.db, rules);
  const user = await repo.findPortalUserByEmail(ctx.db, tenantId, body.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, body.password);
  if (!user || !passwordOk) {
    await ctx.db.transaction().execute(async (trx) => {
      await recordThrottledEvent(trx, rules);
      await recordAudit(trx, { organizationId: tenant.id, actorKind: 'anonymous', actorId: null, action: 'login.failed', subject: body.email, ip: client.ip, details: { area: 'portal' } });
    });
    throw invalidCredentials();
  }
  // Checked only after the password, so a stranger cannot learn which accounts exist.
  if (user.locked_at || !(await repo.hasActiveCustomer(ctx.db, tenantId, user.id))) {
    throw new AppError('access_revoked', `Your access to the ${tenant.display_name} portal has been revoked. Please contact ${tenant.display_name} to have it restored.`);
  }
  const token = await ctx.db.transaction().execute(async (trx) => {
    await clearThrottle(trx, rules[0]!.key);
    await repo.touchPortalLogin(trx, user.id);
    await recordAudit(trx, { organizationId: tenant.id, actorKind: 'portal', actorId: user.id, action: 'login.succeeded', ip: client.ip });
    return (await createSession(trx, ctx.config.sessionSecret, { kind: 'portal', id: user.id, organizationId: tenant.id }, client)).token;
  });
  return { token, me: await portalMe(ctx, { tenantId, userId: user.id, name: user.name, email: user.email }) };
}

export async function portalMe(ctx: AppContext, actor: Pick<PortalActor, 'tenantId' | 'userId' | 'name' | 'email'>): Promise<PortalMe> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const [customers, locations] = await Promise.all([
    repo.customersOfPortalUser(ctx.db, actor.tenantId, actor.userId),
    repo.locationsOfPortalUser(ctx.db, actor.tenantId, actor.userId),
  ]);
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email },
    tenant: toTenantSummary(tenant),
    customers,
    locations: locations.map((l) => ({ id: l.id, customerId: l.customer_id, name: l.name, address: l.address })),
  };
}

async function requireTenant(db: Executor, id: string): Promise<Organization> {
  const tenant = await findTenantById(db, id);
  if (!tenant) throw notFound('That company');
  return tenant;
}
