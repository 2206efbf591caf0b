import type { Language } from '../../../shared/i18n/languages.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant, PrincipalKind } from '../../db/schema.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { hours } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.ts';
import { addresseeLanguage, type Addressee } from '../mail/addressee-language.ts';
import { enqueueEmail, hiddenLinkText, type Email } from '../mail/outbox.ts';
import { tenantIdOf, type TenantId } from '../tenants/tenant-id.ts';
import { findTenantById } from '../tenants/tenants.repository.ts';
import { consumeAccountToken, issueAccountToken } from './account-tokens.ts';
import * as accounts from './accounts.repository.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';
import { endSession, endSessionsOf } from './sessions.ts';
import { loginRules, resetMailRules, settleThrottledTurn, takeThrottledTurn } from './throttle.ts';

/** Who is signed in, as far as credentials go: the office and the portal share these rules. */
export type SignedIn = { kind: PrincipalKind; tenantId: TenantId; userId: string; sessionId: string; email: string };
/** Who is asking: where from, with what browser, and the browser's language when Porter speaks it. */
export type Client = { ip: string; userAgent: string | null; language?: Language | null };

export const invalidCredentials = () =>
  new AppError('invalid_credentials', message('auth.invalidCredentials'));

/** Records a failed sign-in; the throttle counted the attempt before the password was checked. */
export async function recordFailedLogin(
  ctx: AppContext,
  failure: { tenantId: string | null; email: string; ip: string; area: 'office' | 'portal' },
): Promise<void> {
  await recordAudit(ctx.db, {
    tenantId: failure.tenantId,
    actorKind: 'anonymous',
    actorId: null,
    action: 'login.failed',
    subject: failure.email,
    ip: failure.ip,
    details: { area: failure.area },
  });
}

export async function logout(ctx: AppContext, actor: SignedIn, client: Client): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await endSession(trx, actor.tenantId, actor.sessionId);
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: actor.kind, actorId: actor.userId, action: 'logout', ip: client.ip });
  });
}

/** How long an emailed reset link works. */
export const resetLinkLifetime = hours(1);

export const resetRequestedMessage = message('messages.resetRequested');

/** Emails a reset link; answers the same whether or not the account exists, or is locked. */
export async function requestPasswordReset(
  ctx: AppContext,
  kind: PrincipalKind,
  email: string,
  client: Client,
  portalTenant?: Tenant,
): Promise<void> {
  // Counted whether or not the account exists, so the answer tells a stranger nothing.
  await takeThrottledTurn(ctx.db, resetMailRules(client.ip, `${kind}:${portalTenant?.id ?? ''}:${email}`), ctx.now());
  const account =
    kind === 'staff' ? await accounts.findStaffByEmail(ctx.db, email) : await accounts.findPortalUserByEmail(ctx.db, tenantIdOf(portalTenant!), email);
  if (!account || ('role' in account && (account.role === 'no_access' || account.deactivated_at)) || ('locked_at' in account && account.locked_at)) return;
  await ctx.db.transaction().execute(async (trx) => {
    const tenant = await requireTenant(trx, account.tenant_id);
    const owner = { kind, id: account.id, tenantId: tenant.id };
    const token = await issueAccountToken(trx, ctx.config.sessionSecret, owner, 'password_reset', resetLinkLifetime, ctx.now());
    const link =
      kind === 'staff'
        ? `${ctx.config.publicUrl}/reset-password?token=${token}`
        : `${ctx.config.publicUrl}/portal/${tenant.slug}/reset-password?token=${token}`;
    await enqueueEmail(trx, resetEmail(tenant, account, link, kind), ctx.smtpConfigured, ctx.now());
    await recordAudit(trx, { tenantId: tenant.id, actorKind: 'anonymous', actorId: null, action: 'password.reset_requested', subject: `${kind}:${account.id}`, ip: client.ip });
  });
  ctx.wakeMailWorker();
}

function resetEmail(tenant: Tenant, account: { email: string; name: string } & Addressee, link: string, kind: PrincipalKind): Email {
  const t = translator(addresseeLanguage(account, tenant));
  return {
    tenantId: tenant.id,
    to: account.email,
    subject: kind === 'staff' ? t('passwordReset.subjectOffice', { ns: 'emails' }) : t('passwordReset.subjectPortal', { ns: 'emails', company: tenant.display_name }),
    secretLink: link,
    text: [
      t('greeting', { ns: 'emails', name: account.name }),
      '',
      kind === 'staff' ? t('passwordReset.askedOffice', { ns: 'emails', company: tenant.name }) : t('passwordReset.askedPortal', { ns: 'emails', company: tenant.display_name }),
      '',
      hiddenLinkText,
      '',
      t('passwordReset.worksOnce', { ns: 'emails' }),
    ].join('\n'),
  };
}

/** Sets a new password from an emailed link, and signs the person out everywhere. */
export async function resetPassword(ctx: AppContext, token: string, password: string, client: Client): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await consumeAccountToken(trx, ctx.config.sessionSecret, token, 'password_reset', ctx.now());
    if (!owner) throw new AppError('token_invalid', message('auth.resetLinkInvalid'));
    const email = await accounts.emailOf(trx, owner.tenantId, owner.kind, owner.id);
    assertStrongPassword(password, 'password', email);
    await accounts.setPasswordHash(trx, owner.tenantId, owner.kind, owner.id, await hashPassword(password));
    await endSessionsOf(trx, owner.tenantId, owner.kind, owner.id);
    await recordAudit(trx, { tenantId: owner.tenantId, actorKind: owner.kind, actorId: owner.id, action: 'password.reset', ip: client.ip });
  });
}

/** Refuses with a field error unless `password` is the signed-in person's current password. */
export async function assertCurrentPassword(ctx: AppContext, actor: SignedIn, password: string, client: Client): Promise<void> {
  const rules = loginRules(client.ip, `${actor.kind}:${actor.tenantId}:${actor.email}:reauth`);
  await takeThrottledTurn(ctx.db, rules, ctx.now());
  const storedHash = await accounts.passwordHashOf(ctx.db, actor.tenantId, actor.kind, actor.userId);
  if (await verifyPassword(storedHash, password)) {
    await settleThrottledTurn(ctx.db, rules);
    return;
  }
  throw new AppError('validation_failed', message('auth.wrongCurrentPassword'), { currentPassword: message('auth.wrongCurrentPasswordField') });
}

/** Changes the password after checking the current one; other sessions of the person end. */
export async function changePassword(ctx: AppContext, actor: SignedIn, currentPassword: string, newPassword: string, client: Client): Promise<void> {
  await assertCurrentPassword(ctx, actor, currentPassword, client);
  assertStrongPassword(newPassword, 'newPassword', actor.email);
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await accounts.setPasswordHash(trx, actor.tenantId, actor.kind, actor.userId, hash);
    await endSessionsOf(trx, actor.tenantId, actor.kind, actor.userId, actor.sessionId);
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: actor.kind, actorId: actor.userId, action: 'password.changed', ip: client.ip });
  });
}

export async function requireTenant(db: Executor, id: string): Promise<Tenant> {
  const tenant = await findTenantById(db, id);
  if (!tenant) throw notFound('company');
  return tenant;
}
