import type { Company } from '../../../shared/features/company/company.contract.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { findCompany, updateCompany } from './company.repository.ts';

function toCompany(row: Awaited<ReturnType<typeof findCompany>>): Company {
  return { name: row.name, timeZone: row.time_zone, defaultLanguage: row.default_language, address: row.address };
}

export async function getCompany(ctx: AppContext, tenantId: TenantId): Promise<Company> {
  return toCompany(await findCompany(ctx.db, tenantId));
}

/** Saves the company's details; the audit log keeps what the zone and language were before. */
export async function saveCompany(ctx: AppContext, actor: StaffActor, input: Company): Promise<Company> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findCompany(trx, actor.tenantId);
    await updateCompany(trx, actor.tenantId, { name: input.name, time_zone: input.timeZone, default_language: input.defaultLanguage, address: input.address });
    await recordAudit(trx, {
      tenantId: actor.tenantId,
      actorKind: 'staff',
      actorId: actor.userId,
      action: 'company.updated',
      details: { timeZone: { from: before.time_zone, to: input.timeZone }, defaultLanguage: { from: before.default_language, to: input.defaultLanguage } },
    });
    return input;
  });
}
