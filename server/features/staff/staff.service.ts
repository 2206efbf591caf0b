import type { z } from 'zod';
import { textGatewayAddress } from '../../../shared/carriers.ts';
import type { StaffMe } from '../../../shared/features/auth/auth.contract.ts';
import type { addStaffInputSchema, StaffMember, staffProfileInputSchema, StaffState } from '../../../shared/features/staff/staff.contract.ts';
import { canChangeStaffMember, canGrantRole } from '../../../shared/features/staff/staff.policy.ts';
import type { StaffRole } from '../../../shared/roles.ts';
import type { AppContext } from '../../context.ts';
import type { DatabaseKind, Executor } from '../../db/database.ts';
import type { Tenant, StaffUser } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, forbidden, message, notFound, type Message } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { days, hours } from '../../lib/time.ts';
import { consumeAccountToken, issueAccountToken } from '../../platform/auth/account-tokens.ts';
import { touchLogin } from '../../platform/auth/accounts.repository.ts';
import type { Client } from '../../platform/auth/credentials.ts';
import { assertStrongPassword, hashPassword } from '../../platform/auth/passwords.ts';
import { createSession, endSessionsOf } from '../../platform/auth/sessions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { mailRule, takeThrottledTurn } from '../../platform/auth/throttle.ts';
import { addresseeLanguage, type Addressee } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail, hiddenLinkText, type Email } from '../../platform/mail/outbox.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findTenantById, toCompanySummary } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './staff.repository.ts';
import { addonsOf } from '../../platform/tenants/addons.ts';

type ProfileInput = z.output<typeof staffProfileInputSchema>;
type AddInput = z.output<typeof addStaffInputSchema>;

export const invitationLifetime = days(7);

function stateOf(row: StaffUser): StaffState {
  if (row.deactivated_at) return 'deactivated';
  return row.password_hash ? 'active' : 'invited';
}

function toStaffMember(row: StaffUser): StaffMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    state: stateOf(row),
    invitedAt: row.invited_at,
    deactivatedAt: row.deactivated_at,
    mobilePhone: row.mobile_phone,
    mobileCarrier: row.mobile_carrier,
    mobileCarrierDomain: row.mobile_carrier_domain,
    textAddress: textGatewayAddress(row.mobile_phone, row.mobile_carrier, row.mobile_carrier_domain),
    lastLoginAt: row.last_login_at,
    photoVersion: row.photo_file,
  };
}

function profileValues(input: ProfileInput) {
  return {
    name: input.name,
    mobile_phone: input.mobilePhone,
    mobile_carrier: input.mobileCarrier,
    mobile_carrier_domain: input.mobileCarrier === 'other' ? (input.mobileCarrierDomain ?? null) : null,
  };
}

const emailTaken = (email: string) =>
  new AppError('conflict', message('staff.emailTaken', { email }), { email: message('staff.emailTakenField') });

async function requireStaffMember(db: Executor, tenantId: TenantId, id: string): Promise<StaffUser> {
  const row = await repo.findStaff(db, tenantId, id);
  if (!row) throw notFound('staffMember');
  return row;
}

/** The target, when the actor may change them: another company's id answers 404, an owner (to an admin) 403. */
async function changeableStaff(db: Executor, actor: StaffActor, id: string): Promise<StaffUser> {
  const target = await requireStaffMember(db, actor.tenantId, id);
  if (!canChangeStaffMember({ id: actor.userId, role: actor.role }, target)) throw forbidden(message('staff.ownerOnlyChange'));
  return target;
}

/**
 * Refuses a change that would leave the company without an owner who can sign in. Checked
 * before the "not yourself" rule so a sole owner learns why, not merely that it is refused.
 */
async function assertAnotherActiveOwner(db: Executor, dbKind: DatabaseKind, tenantId: TenantId, target: StaffUser, refusal: Message): Promise<void> {
  if (target.role !== 'owner' || stateOf(target) !== 'active') return;
  const owners = await repo.lockActiveOwnerIds(db, dbKind, tenantId);
  if (owners.some((id) => id !== target.id)) return;
  throw new AppError('conflict', refusal);
}

function assertNotSelf(actor: StaffActor, target: StaffUser, refusal: Message): void {
  if (target.id === actor.userId) throw forbidden(refusal);
}

export async function listStaff(ctx: AppContext, tenantId: TenantId): Promise<StaffMember[]> {
  return (await repo.listStaffRows(ctx.db, tenantId)).map(toStaffMember);
}

export async function getStaffMember(ctx: AppContext, tenantId: TenantId, id: string): Promise<StaffMember> {
  return toStaffMember(await requireStaffMember(ctx.db, tenantId, id));
}

export async function saveOwnProfile(ctx: AppContext, actor: StaffActor, input: ProfileInput): Promise<StaffMember> {
  await repo.updateStaff(ctx.db, actor.tenantId, actor.userId, profileValues(input));
  return getStaffMember(ctx, actor.tenantId, actor.userId);
}

export async function saveProfile(ctx: AppContext, actor: StaffActor, id: string, input: ProfileInput): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    await repo.updateStaff(trx, actor.tenantId, id, profileValues(input));
    return toStaffMember({ ...target, ...profileValues(input) });
  });
}

/**
 * Changes a role. Only an owner grants or takes away ownership, nobody changes their own role,
 * and the last owner who can sign in stays an owner. Someone set to no access is signed out.
 */
export async function changeRole(ctx: AppContext, actor: StaffActor, id: string, role: StaffRole): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    if (!canGrantRole({ id: actor.userId, role: actor.role }, role)) throw forbidden(message('staff.ownerOnlyGrant'));
    if (target.role === role) return toStaffMember(target);
    if (role !== 'owner') {
      const refusal = message('staff.lastOwnerRole', { name: target.name, role: message(`staffRole.${role}`) });
      await assertAnotherActiveOwner(trx, ctx.dbKind, actor.tenantId, target, refusal);
    }
    assertNotSelf(actor, target, message('staff.notSelfRole'));
    await repo.updateStaff(trx, actor.tenantId, id, { role });
    if (role === 'no_access') await endSessionsOf(trx, actor.tenantId, 'staff', id);
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'role.changed', subject: `staff:${id}`, details: { from: target.role, to: role } });
    return toStaffMember({ ...target, role });
  });
}

/**
 * Creates an invited staff member and the set-password link (single use, 7 days). Shared by the
 * office (which emails the link) and the operator CLI (which prints it); the caller decides.
 */
export async function createInvitedStaff(db: Executor, secret: string, tenantId: TenantId, input: AddInput, now: Date): Promise<{ row: StaffUser; token: string }> {
  if (await repo.staffEmailTaken(db, input.email)) throw emailTaken(input.email);
  const id = newId();
  const values = { id, email: input.email, role: input.role, invited_at: now.toISOString(), ...profileValues(input) };
  await repo.insertStaff(db, tenantId, values);
  const token = await issueAccountToken(db, secret, { kind: 'staff', id, tenantId: tenantId }, 'invitation', invitationLifetime, now);
  const row = await requireStaffMember(db, tenantId, id);
  return { row, token };
}

/** Runs `work` in a transaction, answering 409 when a concurrent request took the same email first. */
async function withEmailGuard<T>(ctx: AppContext, email: string, work: (trx: Executor) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction().execute(work);
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken(email);
    throw err;
  }
}

/**
 * Invitations and password links an office sends: per sender and per addressee, so a mistaken
 * or hijacked account cannot flood an inbox. Counted in the transaction: a refused send costs nothing.
 */
function staffMailRules(actor: StaffActor, to: string) {
  return [mailRule(`staff:${actor.userId}`, 30), mailRule(`to:${to.toLowerCase()}`, 3)];
}

export async function addStaff(ctx: AppContext, actor: StaffActor, input: AddInput): Promise<StaffMember> {
  if (!canGrantRole({ id: actor.userId, role: actor.role }, input.role)) throw forbidden(message('staff.ownerOnlyAdd'));
  const member = await withEmailGuard(ctx, input.email, async (trx) => {
    await takeThrottledTurn(trx, staffMailRules(actor, input.email), ctx.now());
    const { row, token } = await createInvitedStaff(trx, ctx.config.sessionSecret, actor.tenantId, input, ctx.now());
    const tenant = (await findTenantById(trx, actor.tenantId))!;
    await enqueueEmail(trx, invitationEmail(tenant, row, invitationLink(ctx.config.publicUrl, token), actor.name), ctx.smtpConfigured, ctx.now());
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'staff.added', subject: `staff:${row.id}`, details: { role: row.role } });
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'invitation.sent', subject: `staff:${row.id}` });
    return toStaffMember(row);
  });
  ctx.wakeMailWorker();
  return member;
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/accept-invitation?token=${token}`;
}

function invitationEmail(tenant: Tenant, person: { name: string; email: string; role: StaffRole } & Addressee, link: string, inviter: string): Email {
  const t = translator(addresseeLanguage(person, tenant));
  return {
    tenantId: tenant.id,
    to: person.email,
    subject: t('staffInvitation.subject', { ns: 'emails', company: tenant.name }),
    text: [
      t('greeting', { ns: 'emails', name: person.name }),
      '',
      t('staffInvitation.added', { ns: 'emails', inviter, company: tenant.name, role: t(`roles.${person.role}`, { ns: 'emails' }) }),
      '',
      t('staffInvitation.choosePassword', { ns: 'emails' }),
      '',
      hiddenLinkText,
      '',
      t('staffInvitation.afterwards', { ns: 'emails', email: person.email }),
    ].join('\n'),
    secretLink: link,
  };
}

/** Someone's link to choose a new password, sent for them by an owner or admin. */
function passwordLinkEmail(tenant: Tenant, person: { name: string; email: string } & Addressee, link: string, sender: string): Email {
  const t = translator(addresseeLanguage(person, tenant));
  return {
    tenantId: tenant.id,
    to: person.email,
    subject: t('passwordLink.subject', { ns: 'emails' }),
    text: [
      t('greeting', { ns: 'emails', name: person.name }),
      '',
      t('passwordLink.sent', { ns: 'emails', sender, company: tenant.name }),
      '',
      hiddenLinkText,
      '',
      t('passwordLink.worksOnce', { ns: 'emails' }),
    ].join('\n'),
    secretLink: link,
  };
}

/** Emails a fresh invitation; the earlier link stops working. Only for someone without a password. */
export async function resendInvitation(ctx: AppContext, actor: StaffActor, id: string): Promise<StaffMember> {
  const member = await ctx.db.transaction().execute(async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    if (target.deactivated_at) throw new AppError('conflict', message('staff.deactivated', { name: target.name }));
    if (target.password_hash) throw new AppError('conflict', message('staff.hasPassword', { name: target.name }));
    await takeThrottledTurn(trx, staffMailRules(actor, target.email), ctx.now());
    const token = await issueAccountToken(trx, ctx.config.sessionSecret, { kind: 'staff', id, tenantId: actor.tenantId }, 'invitation', invitationLifetime, ctx.now());
    const invitedAt = ctx.now().toISOString();
    await repo.updateStaff(trx, actor.tenantId, id, { invited_at: invitedAt });
    const tenant = (await findTenantById(trx, actor.tenantId))!;
    await enqueueEmail(trx, invitationEmail(tenant, target, invitationLink(ctx.config.publicUrl, token), actor.name), ctx.smtpConfigured, ctx.now());
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'invitation.sent', subject: `staff:${id}` });
    return toStaffMember({ ...target, invited_at: invitedAt });
  });
  ctx.wakeMailWorker();
  return member;
}

/** Emails the person a link to choose a new password (valid one hour), as “Forgot password?” would. */
export async function sendPasswordLink(ctx: AppContext, actor: StaffActor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    const state = stateOf(target);
    if (state !== 'active') throw new AppError('conflict', message('staff.cannotSignIn', { name: target.name, state: message(`staffState.${state}`) }));
    await takeThrottledTurn(trx, staffMailRules(actor, target.email), ctx.now());
    const token = await issueAccountToken(trx, ctx.config.sessionSecret, { kind: 'staff', id, tenantId: actor.tenantId }, 'password_reset', hours(1), ctx.now());
    const tenant = (await findTenantById(trx, actor.tenantId))!;
    await enqueueEmail(trx, passwordLinkEmail(tenant, target, `${ctx.config.publicUrl}/reset-password?token=${token}`, actor.name), ctx.smtpConfigured, ctx.now());
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'password.reset_requested', subject: `staff:${id}` });
  });
  ctx.wakeMailWorker();
}

/** Changes someone's sign-in address; links already emailed to the old address stop working. */
export async function changeEmail(ctx: AppContext, actor: StaffActor, id: string, email: string): Promise<StaffMember> {
  return withEmailGuard(ctx, email, async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    if (target.email === email) return toStaffMember(target);
    if (await repo.staffEmailTaken(trx, email, id)) throw emailTaken(email);
    await repo.updateStaff(trx, actor.tenantId, id, { email });
    await repo.spendLinks(trx, actor.tenantId, id, ['invitation', 'password_reset', 'email_change']);
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'email.changed', subject: `staff:${id}`, details: { from: target.email, to: email } });
    return toStaffMember({ ...target, email });
  });
}

/** Refuses the person everywhere at once: their sessions end and their emailed links stop working. */
export async function deactivateStaff(ctx: AppContext, actor: StaffActor, id: string): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    if (target.deactivated_at) return toStaffMember(target);
    await assertAnotherActiveOwner(trx, ctx.dbKind, actor.tenantId, target, message('staff.lastOwnerDeactivate', { name: target.name }));
    assertNotSelf(actor, target, message('staff.notSelfDeactivate'));
    const deactivatedAt = ctx.now().toISOString();
    await repo.updateStaff(trx, actor.tenantId, id, { deactivated_at: deactivatedAt });
    await endSessionsOf(trx, actor.tenantId, 'staff', id);
    await repo.spendLinks(trx, actor.tenantId, id, ['invitation', 'password_reset', 'email_change']);
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'staff.deactivated', subject: `staff:${id}` });
    return toStaffMember({ ...target, deactivated_at: deactivatedAt });
  });
}

/** Lets the person in again; someone who never chose a password needs a fresh invitation. */
export async function reactivateStaff(ctx: AppContext, actor: StaffActor, id: string): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const target = await changeableStaff(trx, actor, id);
    if (!target.deactivated_at) return toStaffMember(target);
    await repo.updateStaff(trx, actor.tenantId, id, { deactivated_at: null });
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'staff.reactivated', subject: `staff:${id}` });
    return toStaffMember({ ...target, deactivated_at: null });
  });
}

/** Sets the first password from an invitation link and signs the person in. */
export async function acceptInvitation(ctx: AppContext, token: string, password: string, client: Client): Promise<{ token: string; me: StaffMe }> {
  return ctx.db.transaction().execute(async (trx) => {
    const owner = await consumeAccountToken(trx, ctx.config.sessionSecret, token, 'invitation', ctx.now());
    if (!owner || owner.kind !== 'staff') {
      throw new AppError('token_invalid', message('staff.invitationInvalid'));
    }
    const tenantId = owner.tenantId;
    const person = await requireStaffMember(trx, tenantId, owner.id);
    assertStrongPassword(password, 'password', person.email);
    await repo.updateStaff(trx, tenantId, person.id, { password_hash: await hashPassword(password) });
    await endSessionsOf(trx, tenantId, 'staff', person.id);
    await touchLogin(trx, tenantId, 'staff', person.id, client.language);
    await recordAudit(trx, { tenantId: tenantId, actorKind: 'staff', actorId: person.id, action: 'invitation.accepted', subject: `staff:${person.id}`, ip: client.ip });
    const session = await createSession(trx, ctx.config.sessionSecret, { kind: 'staff', id: person.id, tenantId: tenantId }, client, null, ctx.now());
    const tenant = (await findTenantById(trx, tenantId))!;
    return { token: session.token, me: { user: { id: person.id, name: person.name, email: person.email, role: person.role, language: person.language }, company: toCompanySummary(tenant), addons: addonsOf(tenant) } };
  });
}
