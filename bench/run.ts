/**
 * `npm run bench`: seeds a large tenant into SQLite (or, with BENCH_DATABASE_URL, into a fresh
 * schema of that PostgreSQL database), starts the server in its own process, and loads each route
 * from this process over loopback with autocannon. Each route is first run once with its
 * statements captured; its raw twin (bench/twins.ts) replays them and is loaded the same way.
 * Prints requests per second, latency percentiles, SQL statements per request and the route's
 * share of its twin. It measures; it never fails the build.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { freePort } from '../server/test/harness.ts';
import { seedBilling } from './seed-billing.ts';
import { benchOwnerEmail, benchPassword, benchPortalEmail, seedLargeTenant, seedRequests, seedVisits, type LargeTenant } from './seed-large-tenant.ts';
import { largePhoto, percentile, signInDuringUploads } from './uploads.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
// BENCH_ONLY=uploads skips the route table and runs only sign-in during uploads; BENCH_ONLY=events runs only bench/events.ts;
// BENCH_ONLY=billing seeds no requests or visits and runs the billing rows, with the health check and two routes to read them against.
const only = process.env.BENCH_ONLY;
const billingOnly = only === 'billing';
// BENCH_ROUTE=text loads only the routes whose name contains it (the health check always runs), e.g. to profile one.
const routeFilter = process.env.BENCH_ROUTE;
// BENCH_CPU_PROF=dir runs the server under `node --cpu-prof` and leaves its profile in that folder.
const cpuProfileDir = process.env.BENCH_CPU_PROF;
if (only === 'events') {
  await import('./events.ts');
  process.exit(0);
}
const uploaders = Number(process.env.BENCH_UPLOADERS ?? 8);
const photo = billingOnly || routeFilter ? null : await largePhoto();

const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
// On PostgreSQL every run seeds a schema of its own, dropped first: the database may hold an earlier run's.
const schema = databaseUrl ? 'porter_bench' : undefined;
const databaseName = databaseUrl ? 'PostgreSQL' : 'SQLite';
// BENCH_REUSE=1 (PostgreSQL only) loads the tenant an earlier run left in its schema instead of seeding it anew.
const reuse = Boolean(databaseUrl && process.env.BENCH_REUSE);
if (databaseUrl && !reuse) await freshSchema(databaseUrl, schema!);

const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-bench-'));
const seedStart = performance.now();
const handle = openDatabase({ databaseUrl, dataDir, schema });
if (!reuse) await migrateToLatest(handle.db, schema);
const tenant = reuse ? await seededTenant() : await seedLargeTenant(handle.db);
const managerLocations = (await handle.db.selectFrom('portal_user_locations').select('location_id').where('tenant_id', '=', tenant.tenantId).where('portal_user_id', '=', tenant.portalUserId).execute()).map((l) => l.location_id);
if (!billingOnly && !reuse) await seedRequests(handle.db, tenant.tenantId, managerLocations);
const { staffId } = billingOnly ? { staffId: '' } : reuse ? await firstTechnician() : await seedVisits(handle.db, tenant.tenantId);
const busyLocation = managerLocations[0]!;
// A site of the property manager's with a weekly service, for the portal's next visit.
const visitedSite = (await handle.db.selectFrom('locations').select('id').where('tenant_id', '=', tenant.tenantId).where('id', 'in', managerLocations).where('name', 'like', 'North site%').executeTakeFirstOrThrow()).id;
// The property manager is the billing contact of the busy site's customer: its 500 invoices are the portal's billing tab.
const billingCustomerId = (await handle.db.selectFrom('locations').select('customer_id').where('tenant_id', '=', tenant.tenantId).where('id', '=', busyLocation).executeTakeFirstOrThrow()).customer_id;
const n = (value: number) => value.toLocaleString('en-US');
if (reuse) {
  console.log(`Reused the tenant an earlier run seeded into ${databaseName} (schema ${schema})`);
} else {
  const billing = await seedBilling(handle.db, tenant.tenantId, { customerId: billingCustomerId, portalUserId: tenant.portalUserId });
  // Fresh rows have no planner statistics on PostgreSQL, nor a visibility map for index-only scans,
  // until autovacuum comes by; a database in use has both. SQLite gathers its own on open.
  if (databaseUrl) await sql`vacuum analyze`.execute(handle.db);
  const seeded = billingOnly ? '' : ', 100,000 service requests and 1,000,000 visits (250 technicians)';
  console.log(`Seeded into ${databaseName}: 10,000 customers, 20,000 locations, 30,001 portal users${seeded}, ${n(billing.invoices)} invoices (${n(billing.unpaid)} unpaid, ${n(billing.overdue)} overdue) and ${n(billing.ledgerEntries)} ledger entries in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
}
await handle.close();

/** The ids seedLargeTenant answers, found again: its customers' ids are time-ordered, so the middle one is the sample. */
async function seededTenant(): Promise<LargeTenant> {
  const tenantId = (await handle.db.selectFrom('tenants').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow()).id;
  const customers = await handle.db.selectFrom('customers').select('id').where('tenant_id', '=', tenantId).orderBy('id').execute();
  const portalUserId = (await handle.db.selectFrom('portal_users').select('id').where('tenant_id', '=', tenantId).where('email', '=', benchPortalEmail).executeTakeFirstOrThrow()).id;
  return { tenantId, sampleCustomerId: customers[Math.floor(customers.length / 2)]!.id, portalUserId };
}

async function firstTechnician(): Promise<{ staffId: string }> {
  const row = await handle.db.selectFrom('staff_users').select('id').where('tenant_id', '=', tenant.tenantId).where('email', '=', 'tech0@bench.test').executeTakeFirstOrThrow();
  return { staffId: row.id };
}

const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);
const weekStart = new Date(Date.now() - 3 * 86_400_000).toISOString();
const weekEnd = new Date(Date.now() + 4 * 86_400_000).toISOString();
const weekFirstDay = weekStart.slice(0, 10);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = fork(path.join(import.meta.dirname, 'server.ts'), [], {
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: base,
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    DATABASE_URL: databaseUrl ?? '',
    BENCH_SCHEMA: schema ?? '',
  },
  execArgv: cpuProfileDir ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : process.execArgv,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
await new Promise<void>((resolve, reject) => {
  server.once('message', () => resolve());
  server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});

/**
 * The bench's own requests (capture, alone, twin): on a loaded machine the server may close a
 * kept-alive socket just as a request is sent on it, which fetch reports as failed; once more on a new one.
 */
async function benchFetch(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: benchPassword }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}
const office = await signIn('/api/auth/login', benchOwnerEmail);
const portal = await signIn('/api/portal/bench/login', benchPortalEmail);

async function freshSchema(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop schema if exists ${name} cascade`);
  await admin.query(`create schema ${name}`);
  await admin.end();
}

const statements = async () => ((await (await fetch(`${base}/api/bench/statements`)).json()) as { statements: number }).statements;

/** finished: requests answered within the window; with none, the latencies autocannon reports (0) mean nothing. */
/** p99Held leaves out each connection's first answer, which also waited for the server to take the connection. */
type Load = { rps: number; p50: number; p99: number; p99Held: number; errors: number; finished: number };
type Row = Load & { route: string; alone: number; sql: number | null; bytes: number; twin: (Load & { bytes: number }) | null };

/**
 * Waits until the server has finished the requests the last load left in flight (a slow route's run
 * on after its load stops): until no statement has run for a quarter of a second.
 */
async function settled(): Promise<void> {
  let before: number | null = null;
  for (;;) {
    // Behind a long backlog a poll can outlast the server's request timeout: that is not settled either.
    const now = await statements().catch(() => null);
    if (now !== null && now === before) return;
    before = now;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The median time of a request with no other in flight: what one person waits, apart from queueing behind others. */
async function aloneMs(url: string, cookie?: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    await (await benchFetch(`${base}${url}`, { headers: cookie ? { cookie } : {} })).arrayBuffer();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

/**
 * A busy Node process takes one new connection per turn of its event loop, and a turn serves one
 * request of every connection it already holds: the 50 connections opening at once are taken over
 * seconds on a slow route, and their first answers make p99. Served by a proxy that keeps its
 * connections open, a visitor never waits for that, so the latencies of held connections are
 * counted apart too.
 */
async function load(url: string, cookie?: string): Promise<Load> {
  await settled();
  const held: number[] = [];
  const answered = new WeakSet<object>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url: `${base}${url}`, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, done) => (error ? reject(error) : resolve(done)));
    run.on('response', (client: object, _status: number, _bytes: number, responseTime: number) => {
      if (answered.has(client)) held.push(responseTime);
      else answered.add(client);
    });
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    p99Held: Math.round(percentile(held, 99)),
    errors: result.non2xx + result.errors,
    finished: result.requests.total,
  };
}

/**
 * One request run alone with its statements captured (under load, others' would mix in), then the
 * twin that replays them. The product's statements are those of one request: a write that happens
 * only now and then (a session's hourly touch) is in the twin only if this request made it.
 */
async function captureTwin(name: string, url: string, cookie?: string): Promise<{ sql: number; bytes: number } | null> {
  await settled();
  const response = await benchFetch(`${base}${url}`, { headers: { 'x-bench-capture': name, ...(cookie ? { cookie } : {}) } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (!response.ok) return null;
  const twin = (await (await benchFetch(`${base}/api/bench/twins/${name}`, { method: 'POST' })).json()) as { statements: number };
  return { sql: twin.statements, bytes };
}

let routeCount = 0;
async function measure(route: string, url: string, cookie?: string): Promise<void> {
  if (routeFilter && !route.includes(routeFilter)) return;
  const name = `route-${routeCount++}`;
  const captured = await captureTwin(name, url, cookie);
  const alone = await aloneMs(url, cookie);
  const started = process.hrtime.bigint();
  const product = await load(url, cookie);
  // The profile's sample times are on the same monotonic clock, in microseconds: this window is the route's own load.
  if (cpuProfileDir) console.log(`profile window of ${route}: ${started / 1000n}–${process.hrtime.bigint() / 1000n} µs`);
  let twin: Row['twin'] = null;
  if (captured) {
    const twinUrl = `/api/bench/twins/${name}`;
    const bytes = (await (await benchFetch(`${base}${twinUrl}`)).arrayBuffer()).byteLength;
    twin = { ...(await load(twinUrl)), bytes };
  }
  rows.push({ route, ...product, alone, sql: captured?.sql ?? null, bytes: captured?.bytes ?? 0, twin });
}

/** The ceiling: the framework alone, no database. */
async function measureHealth(): Promise<void> {
  const url = '/api/health';
  const alone = await aloneMs(url);
  rows.push({ route: 'GET /api/health (ceiling: no database)', ...(await load(url)), alone, sql: null, bytes: 0, twin: null });
}

const rows: Row[] = [];
if (only !== 'uploads' && !billingOnly) {
  await measureHealth();
  await measure('customer list, page 1 (10,000 customers)', '/api/office/customers?page=1&pageSize=25', office);
  await measure('customer list, page 200', '/api/office/customers?page=200&pageSize=25', office);
  await measure('customer search "harbor dental"', '/api/office/customers?q=harbor%20dental', office);
  await measure('one customer', `/api/office/customers/${tenant.sampleCustomerId}`, office);
  await measure('portal home (me) of a property manager', '/api/portal/bench/me', portal);
  await measure('office inbox, unfinished, newest first (100,000 requests)', '/api/office/requests', office);
  await measure('office inbox, filtered by location', `/api/office/requests?status=all&locationId=${busyLocation}`, office);
  await measure('portal request list of a busy location', `/api/portal/bench/locations/${busyLocation}/requests`, portal);
  await measure('portal home: next visit with its price breakdown (1,000,000 visits)', `/api/portal/bench/locations/${visitedSite}/next-visit`, portal);
  await measure('office schedule, everyone’s week, first 12 team members', `/api/office/schedule?from=${weekFirstDay}&days=7`, office);
  await measure('office schedule, everyone’s day, page 10 of team members', `/api/office/schedule?from=${weekFirstDay}&days=1&page=10`, office);
  await measure('office schedule, one technician’s week by team member', `/api/office/schedule?from=${weekFirstDay}&days=7&staffId=${staffId}`, office);
  await measure('office visits of one week (1,000,000 visits), first 50', `/api/office/visits?from=${weekStart}&to=${weekEnd}&pageSize=50`, office);
  await measure('office visits of one technician’s week', `/api/office/visits?from=${weekStart}&to=${weekEnd}&staffId=${staffId}&pageSize=100`, office);
  await measure('a customer’s upcoming visits', `/api/office/visits?customerId=${tenant.sampleCustomerId}&from=${weekStart}&pageSize=20`, office);
}
if (only !== 'uploads') {
  if (billingOnly) {
    // The health check, and two routes of the full table to read the billing rows against.
    await measureHealth();
    await measure('one customer', `/api/office/customers/${tenant.sampleCustomerId}`, office);
    await measure('portal home (me) of a property manager', '/api/portal/bench/me', portal);
  }
  // The portal's billing tab loads these three at once; the office's billing page opens on the unpaid list.
  const portalBilling = `/api/portal/bench/locations/${busyLocation}/billing`;
  await measure('portal billing: balance, overdue and credit (500 invoices)', portalBilling, portal);
  await measure('portal billing: invoices, first page with totals', `${portalBilling}/invoices?status=all&page=1&pageSize=20`, portal);
  await measure('portal billing: payment history, first page', `${portalBilling}/history?page=1`, portal);
  await measure('office unpaid invoices with totals (200,000 invoices)', '/api/office/invoices?view=unpaid&page=1', office);
  await measure('office unpaid invoices of one customer', `/api/office/invoices?view=unpaid&page=1&customerId=${billingCustomerId}`, office);
  await measure('office unpaid invoices issued in the last 30 days', `/api/office/invoices?view=unpaid&page=1&from=${monthAgo}&to=${today}`, office);
}
const uploads = billingOnly || routeFilter ? null : await signInDuringUploads({ base, slug: 'bench', email: benchPortalEmail, password: benchPassword, locationId: busyLocation, uploaders, signIns: 20 }, photo!);

const exited = new Promise((resolve) => server.once('exit', resolve));
server.kill('SIGTERM');
await exited;
rmSync(dataDir, { recursive: true, force: true });

if (rows.length > 0) {
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`\n${databaseName}, ${connections} connections, ${seconds} s per route and per twin, server and load generator in separate processes on loopback; load average before the table: ${load}`);
  console.log('Twin: the same statements with the same parameters through raw prepared statements of the same driver, answered with JSON.stringify of their rows (bench/twins.ts). Aims: ≥ 50% of the twin, p99 ≤ 25 ms.\n');
  console.log('p99 held: without each connection’s first answer, which also waited for the server to take its connection (see load() in bench/run.ts).\n');
  console.log('| route | req/s | p50 ms | p99 ms | p99 held ms | alone ms | SQL/req | twin req/s | % of twin | p99 aim | body bytes (twin) | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(tableRow(r));
}

function tableRow(r: Row): string {
  const ratio = r.twin ? (r.twin.finished === 0 ? null : (100 * r.rps) / r.twin.rps) : null;
  const latency = (ms: number) => (r.finished === 0 ? 'none finished' : ms);
  const cells = [
    r.route,
    n(Math.round(r.rps)),
    latency(r.p50),
    latency(r.p99),
    Number.isNaN(r.p99Held) ? '–' : latency(r.p99Held),
    r.alone.toFixed(1),
    r.sql ?? '–',
    r.twin ? n(Math.round(r.twin.rps)) : '–',
    ratio === null ? '–' : `${ratio.toFixed(0)}% ${ratio >= 50 ? '✓' : '✗'}`,
    r.twin ? (r.finished > 0 && r.p99 <= 25 ? '✓' : '✗') : '',
    r.twin ? `${n(r.bytes)} (${n(r.twin.bytes)})` : '',
    r.twin ? `${r.errors} (${r.twin.errors})` : r.errors,
  ];
  return `| ${cells.join(' | ')} |`;
}

if (uploads && photo) {
  const ms = (values: number[], p: number) => Math.round(percentile(values, p));
  console.log(`\nPortal sign-in, ${uploads.idle.length} one after another: idle, then while ${uploaders} clients upload a 36 MP photo (${(photo.length / 1e6).toFixed(1)} MB) in a loop\n`);
  console.log('| server | sign-in p50 ms | p95 ms | max ms |');
  console.log('|---|---:|---:|---:|');
  console.log(`| idle | ${ms(uploads.idle, 50)} | ${ms(uploads.idle, 95)} | ${ms(uploads.idle, 100)} |`);
  console.log(`| ${uploaders} uploads in flight | ${ms(uploads.busy, 50)} | ${ms(uploads.busy, 95)} | ${ms(uploads.busy, 100)} |`);
  console.log(`\nUploads stored meanwhile: ${uploads.uploads} (p50 ${ms(uploads.uploadMs, 50)} ms, max ${ms(uploads.uploadMs, 100)} ms, one image processed at a time); refused: ${uploads.refused}`);
}
