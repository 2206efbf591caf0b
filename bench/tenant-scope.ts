/**
 * What the tenant-scope check adds to building a query: compiles a typical repository query
 * (a join, a correlated subquery, a few filters) 100,000 times with the plugin and without it,
 * and prints the time per compilation. `node bench/tenant-scope.ts`; needs no database.
 */
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Database } from '../server/db/schema.ts';
import { TenantScopePlugin } from '../server/db/tenant-scope.ts';

const dialect = {
  createAdapter: () => new SqliteAdapter(),
  createDriver: () => new DummyDriver(),
  createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
  createQueryCompiler: () => new SqliteQueryCompiler(),
};
const plain = new Kysely<Database>({ dialect });
const guarded = new Kysely<Database>({ dialect, plugins: [new TenantScopePlugin()] });

function typicalQuery(db: Kysely<Database>, tenantId: string, search: string) {
  return db
    .selectFrom('customers as c')
    .innerJoin('locations as l', (join) => join.onRef('l.customer_id', '=', 'c.id').onRef('l.tenant_id', '=', 'c.tenant_id'))
    .select(['c.id', 'c.name', 'l.id as location_id', 'l.name as location_name'])
    .select((eb) =>
      eb
        .selectFrom('service_requests as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.location_id', '=', 'l.id')
        .whereRef('r.tenant_id', '=', 'l.tenant_id')
        .where('r.status', '=', 'open')
        .as('open_requests'),
    )
    .where('c.tenant_id', '=', tenantId)
    .where('c.archived_at', 'is', null)
    .where('c.search_text', 'like', `%${search}%`)
    .orderBy('c.name')
    .limit(50);
}

function timePerCompile(db: Kysely<Database>, n: number): number {
  const started = performance.now();
  for (let i = 0; i < n; i++) typicalQuery(db, 'tenant', `s${i % 10}`).compile();
  return ((performance.now() - started) * 1000) / n;
}

const n = 100_000;
// Warm both paths up so the JIT has settled before either is timed.
timePerCompile(plain, 10_000);
timePerCompile(guarded, 10_000);
const rounds = [0, 1, 2].map(() => ({ without: timePerCompile(plain, n), with: timePerCompile(guarded, n) }));
const best = (key: 'with' | 'without') => Math.min(...rounds.map((r) => r[key]));
console.log(`compilations per round: ${n}, best of ${rounds.length} rounds`);
console.log(`without the plugin: ${best('without').toFixed(2)} µs per query`);
console.log(`with the plugin:    ${best('with').toFixed(2)} µs per query`);
console.log(`the check costs:    ${(best('with') - best('without')).toFixed(2)} µs per query`);
