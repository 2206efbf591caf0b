import type { LoginBody, StaffMe } from '../../../shared/features/auth/auth.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import * as accounts from '../../platform/auth/accounts.repository.ts';
import { invalidCredentials, recordFailedLogin, requireTenant, type Client } from '../../platform/auth/credentials.ts';
import { verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { loginRules, settleThrottledTurn, takeThrottledTurn } from '../../platform/auth/throttle.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { toCompanySummary } from '../../platform/tenants/tenants.repository.ts';
import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';
import { addonsOf } from '../../platform/tenants/addons.ts';

export async function loginStaff(ctx: AppContext, body: LoginBody, client: Client): Promise<{ token: string; me: StaffMe }> {
  const rules = loginRules(client.ip, `staff:${body.email}`);
  await takeThrottledTurn(ctx.db, rules, ctx.now());
  const user = await accounts.findStaffByEmail(ctx.db, body.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, body.password);
  if (!user || !passwordOk || user.role === 'no_access' || user.deactivated_at) {
    await recordFailedLogin(ctx, { tenantId: user?.tenant_id ?? null, email: body.email, ip: client.ip, area: 'office' });
    throw invalidCredentials();
  }
  const tenant = await requireTenant(ctx.db, user.tenant_id);
  const token = await ctx.db.transaction().execute(async (trx) => {
    await settleThrottledTurn(trx, rules);
    await accounts.touchLogin(trx, tenantIdOf(tenant), 'staff', user.id, client.language);
    await recordAudit(trx, { tenantId: tenant.id, actorKind: 'staff', actorId: user.id, action: 'login.succeeded', ip: client.ip });
    return (await createSession(trx, ctx.config.sessionSecret, { kind: 'staff', id: user.id, tenantId: tenant.id }, client, null, ctx.now())).token;
  });
  return { token, me: { user: { id: user.id, name: user.name, email: user.email, role: user.role, language: user.language }, company: toCompanySummary(tenant), addons: addonsOf(tenant) } };
}

export async function staffMe(ctx: AppContext, actor: StaffActor): Promise<StaffMe> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  return { user: { id: actor.userId, name: actor.name, email: actor.email, role: actor.role, language: actor.language }, company: toCompanySummary(tenant), addons: addonsOf(tenant) };
}
