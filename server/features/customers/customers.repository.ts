import type { CustomerListQuery } from '../../../shared/features/customers/customers.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listCustomers(db: Executor, tenantId: TenantId, query: CustomerListQuery) {
  let base = db.selectFrom('customers as c').where('c.organization_id', '=', tenantId).where('c.archived_at', 'is', null);
  if (query.type) base = base.where('c.type', '=', query.type);
  if (query.q) {
    const pattern = likePattern(query.q);
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['c.name']), 'like', pattern),
        eb(eb.fn('lower', ['c.email']), 'like', pattern),
        eb('c.phone', 'like', pattern),
        eb(eb.fn('lower', ['c.city']), 'like', pattern),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    base
      .select(['c.id', 'c.name', 'c.type', 'c.email', 'c.phone', 'c.city'])
      .select((eb) =>
        eb
          .selectFrom('locations as l')
          .whereRef('l.customer_id', '=', 'c.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('location_count'),
      )
      .orderBy('c.name')
      .orderBy('c.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function listLocations(db: Executor, tenantId: TenantId, query: { q?: string; page: number; pageSize: number }) {
  let base = db
    .selectFrom('locations as l')
    .innerJoin('customers as c', 'c.id', 'l.customer_id')
    .where('l.organization_id', '=', tenantId)
    .where('c.archived_at', 'is', null);
  if (query.q) {
    const pattern = likePattern(query.q);
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['l.name']), 'like', pattern),
        eb(eb.fn('lower', ['l.address']), 'like', pattern),
        eb(eb.fn('lower', ['c.name']), 'like', pattern),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    base
      .select(['l.id', 'l.name', 'l.customer_id', 'c.name as customer_name', 'l.address', 'l.time_zone'])
      .orderBy('l.name')
      .orderBy('l.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
