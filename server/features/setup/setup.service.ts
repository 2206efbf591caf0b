import type { Client } from '../../platform/auth/credentials.ts';
import type { StaffMe } from '../../../shared/features/auth/auth.contract.ts';
import type { SetupBody } from '../../../shared/features/setup/setup.contract.ts';
import type { AppContext } from '../../context.ts';
import { AppError, message } from '../../http/errors.ts';
import { safeEqual } from '../../lib/secrets.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { countTenants, findTenantById, toCompanySummary } from '../../platform/tenants/tenants.repository.ts';
import { createTenantWithOwner } from '../../platform/tenants/tenants.service.ts';
import { assertStrongPassword, hashPassword } from '../../platform/auth/passwords.ts';
import { addonsOf } from '../../platform/tenants/addons.ts';

export async function isSetupNeeded(ctx: AppContext): Promise<boolean> {
  return (await countTenants(ctx.db)) === 0;
}

/**
 * Creates the first company and its owner, then signs the owner in. The setup code printed
 * on the server console proves the caller runs this instance, not merely found its URL.
 */
export async function completeSetup(
  ctx: AppContext,
  setupCode: string,
  body: SetupBody,
  client: Client,
): Promise<{ token: string; me: StaffMe }> {
  if (!safeEqual(body.setupCode, setupCode)) {
    throw new AppError('validation_failed', message('setup.wrongCode'), { setupCode: message('setup.wrongCodeField') });
  }
  assertStrongPassword(body.password, 'password', body.ownerEmail);
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction().execute(async (trx) => {
    if ((await countTenants(trx)) > 0) throw new AppError('setup_not_allowed', message('setup.alreadyDone'));
    const { tenantId, ownerId } = await createTenantWithOwner(trx, {
      name: body.companyName,
      slug: body.slug,
      // The company starts in the language its owner set it up in.
      ...(client.language ? { defaultLanguage: client.language } : {}),
      owner: { name: body.ownerName, email: body.ownerEmail, passwordHash },
    });
    const tenant = (await findTenantById(trx, tenantId))!;
    const { token } = await createSession(trx, ctx.config.sessionSecret, { kind: 'staff', id: ownerId, tenantId: tenantId }, client);
    return {
      token,
      me: { user: { id: ownerId, name: body.ownerName, email: body.ownerEmail, role: 'owner' as const, language: null }, company: toCompanySummary(tenant), addons: addonsOf(tenant) },
    };
  });
}
