import type { z } from 'zod';
import type { Service, serviceInputSchema, RequestCategory, requestCategoryInputSchema } from '../../../shared/features/services/services.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './services.repository.ts';

async function withLocations(db: Executor, tenantId: TenantId, rows: Awaited<ReturnType<typeof repo.listServices>>): Promise<Service[]> {
  const assigned = await repo.assignedLocations(db, tenantId, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    active: r.active,
    visibleInPortal: r.visible_in_portal,
    allLocations: r.all_locations,
    locations: assigned.filter((a) => a.service_id === r.id).map((a) => ({ id: a.id, name: a.name, customerName: a.customer_name })),
  }));
}

export async function listServices(ctx: AppContext, tenantId: TenantId): Promise<Service[]> {
  return withLocations(ctx.db, tenantId, await repo.listServices(ctx.db, tenantId));
}

/** Creates or changes a catalogue service. An inactive service cannot be assigned anywhere. */
export async function saveService(ctx: AppContext, actor: StaffActor, id: string | null, input: z.output<typeof serviceInputSchema>): Promise<Service> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = id ? await repo.findService(trx, actor.tenantId, id) : undefined;
    if (id && !existing) throw notFound('service');
    const locationIds = input.allLocations ? [] : [...new Set(input.locationIds)];
    if (!input.active && (input.allLocations || locationIds.length > 0)) {
      throw new AppError('validation_failed', message('services.inactiveAssigned'), { active: message('services.inactiveAssignedField') });
    }
    if ((await repo.countOwnLocations(trx, actor.tenantId, locationIds)) !== locationIds.length) {
      throw new AppError('validation_failed', message('services.foreignLocations'), { locationIds: message('services.foreignLocationsField') });
    }
    const serviceId = existing?.id ?? newId();
    await repo.saveService(
      trx,
      actor.tenantId,
      {
        id: serviceId,
        name: input.name,
        description: input.description ?? null,
        active: input.active,
        visible_in_portal: input.visibleInPortal,
        all_locations: input.allLocations,
        created_at: existing?.created_at ?? isoNow(),
      },
      locationIds,
    );
    const [service] = await withLocations(trx, actor.tenantId, [(await repo.findService(trx, actor.tenantId, serviceId))!]);
    return service!;
  });
}

export async function listCategories(ctx: AppContext, tenantId: TenantId): Promise<RequestCategory[]> {
  return repo.listCategories(ctx.db, tenantId);
}

export async function saveCategory(ctx: AppContext, actor: StaffActor, id: string | null, input: z.output<typeof requestCategoryInputSchema>): Promise<RequestCategory> {
  const existing = id ? await repo.findCategory(ctx.db, actor.tenantId, id) : undefined;
  if (id && !existing) throw notFound('category');
  const category = { id: existing?.id ?? newId(), name: input.name, active: input.active, created_at: existing?.created_at ?? isoNow() };
  await repo.saveCategory(ctx.db, actor.tenantId, category);
  return { id: category.id, name: category.name, active: category.active };
}
