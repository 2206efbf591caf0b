import { addons, type Addons } from '../../../shared/features/addons/addons.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { addonsOf, findAddons } from '../../platform/tenants/addons.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { switchAddon } from './addons.repository.ts';

export async function getAddons(ctx: AppContext, tenantId: TenantId): Promise<Addons> {
  return addonsOf(await findAddons(ctx.db, tenantId));
}

/** Switches the add-ons that changed; the audit log keeps one entry per add-on switched, with who did it. */
export async function saveAddons(ctx: AppContext, actor: StaffActor, input: Addons): Promise<Addons> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = addonsOf(await findAddons(trx, actor.tenantId));
    for (const addon of addons.filter((name) => before[name] !== input[name])) {
      await switchAddon(trx, actor.tenantId, addon, input[addon]);
      await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'addon.switched', subject: addon, details: { on: input[addon] } });
    }
    return input;
  });
}
