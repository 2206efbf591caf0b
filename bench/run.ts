/**
 * `npm run bench`: seeds a large tenant, starts the server in its own process, and loads each
 * route from this process over loopback with autocannon. Prints requests per second, latency
 * percentiles and SQL statements per request beside the raw node:sqlite baseline.
 * It measures; it never fails the build.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { freePort } from '../server/test/harness.ts';
import { seedBilling } from './seed-billing.ts';
import { benchOwnerEmail, benchPassword, benchPortalEmail, seedLargeTenant, seedRequests, seedVisits } from './seed-large-tenant.ts';
import { largePhoto, percentile, signInDuringUploads } from './uploads.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
// BENCH_ONLY=uploads skips the route table and runs only sign-in during uploads; BENCH_ONLY=events runs only bench/events.ts;
// BENCH_ONLY=billing seeds no requests or visits and runs the billing rows, with the baseline and two routes to read them against.
const only = process.env.BENCH_ONLY;
const billingOnly = only === 'billing';
if (only === 'events') {
  await import('./events.ts');
  process.exit(0);
}
const uploaders = Number(process.env.BENCH_UPLOADERS ?? 8);
const photo = billingOnly ? null : await largePhoto();

const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-bench-'));
const seedStart = performance.now();
const handle = openDatabase({ databaseUrl: undefined, dataDir });
await migrateToLatest(handle.db);
const tenant = await seedLargeTenant(handle.db);
const managerLocations = (await handle.db.selectFrom('portal_user_locations').select('location_id').where('tenant_id', '=', tenant.tenantId).where('portal_user_id', '=', tenant.portalUserId).execute()).map((l) => l.location_id);
if (!billingOnly) await seedRequests(handle.db, tenant.tenantId, managerLocations);
const { staffId } = billingOnly ? { staffId: '' } : await seedVisits(handle.db, tenant.tenantId);
const busyLocation = managerLocations[0]!;
// A site of the property manager's with a weekly service, for the portal's next visit.
const visitedSite = (await handle.db.selectFrom('locations').select('id').where('tenant_id', '=', tenant.tenantId).where('id', 'in', managerLocations).where('name', 'like', 'North site%').executeTakeFirstOrThrow()).id;
// The property manager is the billing contact of the busy site's customer: its 500 invoices are the portal's billing tab.
const billingCustomerId = (await handle.db.selectFrom('locations').select('customer_id').where('tenant_id', '=', tenant.tenantId).where('id', '=', busyLocation).executeTakeFirstOrThrow()).customer_id;
const billing = await seedBilling(handle.db, tenant.tenantId, { customerId: billingCustomerId, portalUserId: tenant.portalUserId });
await handle.close();
const seeded = billingOnly ? '' : ', 100,000 service requests and 1,000,000 visits (250 technicians)';
const n = (value: number) => value.toLocaleString('en-US');
console.log(`Seeded 10,000 customers, 20,000 locations, 30,001 portal users${seeded}, ${n(billing.invoices)} invoices (${n(billing.unpaid)} unpaid, ${n(billing.overdue)} overdue) and ${n(billing.ledgerEntries)} ledger entries in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);
const weekStart = new Date(Date.now() - 3 * 86_400_000).toISOString();
const weekEnd = new Date(Date.now() + 4 * 86_400_000).toISOString();
const weekFirstDay = weekStart.slice(0, 10);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = fork(path.join(import.meta.dirname, 'server.ts'), [], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: base, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
await new Promise<void>((resolve, reject) => {
  server.once('message', () => resolve());
  server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: benchPassword }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}
const office = await signIn('/api/auth/login', benchOwnerEmail);
const portal = await signIn('/api/portal/bench/login', benchPortalEmail);

const statements = async () => ((await (await fetch(`${base}/api/bench/statements`)).json()) as { statements: number }).statements;

type Row = { route: string; kind: 'ceiling' | 'list' | 'single'; rps: number; p50: number; p99: number; alone: number; sql: number | null; errors: number };

/**
 * Waits until the server has finished the requests the last row left in flight (a slow route's run
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

/** The statements one request takes, counted while it runs alone: under load, others' would mix in. */
async function statementsOf(url: string, cookie?: string): Promise<number | null> {
  const before = await statements();
  const response = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  return response.ok ? (await statements()) - before : null;
}

/** The median time of a request with no other in flight: what one person waits, apart from queueing behind others. */
async function aloneMs(url: string, cookie?: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    await (await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} })).arrayBuffer();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

async function measure(route: string, kind: Row['kind'], url: string, cookie?: string): Promise<Row> {
  await settled();
  const sql = url.startsWith('/api/bench/baseline') ? 1 : await statementsOf(url, cookie);
  const alone = await aloneMs(url, cookie);
  const result = await autocannon({ url: `${base}${url}`, connections, duration: seconds, headers: cookie ? { cookie } : {} });
  return { route, kind, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, alone, sql, errors: result.non2xx + result.errors };
}

const rows: Row[] = [];
if (only !== 'uploads' && !billingOnly) {
  rows.push(await measure('GET /api/health', 'ceiling', '/api/health'));
  rows.push(await measure('baseline: raw node:sqlite, one indexed query', 'ceiling', `/api/bench/baseline?tenant=${tenant.tenantId}&id=${tenant.sampleCustomerId}`));
  rows.push(await measure('customer list, page 1 (10,000 customers)', 'list', '/api/office/customers?page=1&pageSize=25', office));
  rows.push(await measure('customer list, page 200', 'list', '/api/office/customers?page=200&pageSize=25', office));
  rows.push(await measure('customer search "harbor dental"', 'list', '/api/office/customers?q=harbor%20dental', office));
  rows.push(await measure('one customer', 'single', `/api/office/customers/${tenant.sampleCustomerId}`, office));
  rows.push(await measure('portal home (me) of a property manager', 'single', '/api/portal/bench/me', portal));
  rows.push(await measure('office inbox, unfinished, newest first (100,000 requests)', 'list', '/api/office/requests', office));
  rows.push(await measure('office inbox, filtered by location', 'list', `/api/office/requests?status=all&locationId=${busyLocation}`, office));
  rows.push(await measure('portal request list of a busy location', 'list', `/api/portal/bench/locations/${busyLocation}/requests`, portal));
  rows.push(await measure('portal home: next visit with its price breakdown (1,000,000 visits)', 'single', `/api/portal/bench/locations/${visitedSite}/next-visit`, portal));
  rows.push(await measure('office schedule, everyone’s week, first 12 team members', 'list', `/api/office/schedule?from=${weekFirstDay}&days=7`, office));
  rows.push(await measure('office schedule, everyone’s day, page 10 of team members', 'list', `/api/office/schedule?from=${weekFirstDay}&days=1&page=10`, office));
  rows.push(await measure('office schedule, one technician’s week by team member', 'list', `/api/office/schedule?from=${weekFirstDay}&days=7&staffId=${staffId}`, office));
  rows.push(await measure('office visits of one week (1,000,000 visits), first 50', 'list', `/api/office/visits?from=${weekStart}&to=${weekEnd}&pageSize=50`, office));
  rows.push(await measure('office visits of one technician’s week', 'list', `/api/office/visits?from=${weekStart}&to=${weekEnd}&staffId=${staffId}&pageSize=100`, office));
  rows.push(await measure('a customer’s upcoming visits', 'list', `/api/office/visits?customerId=${tenant.sampleCustomerId}&from=${weekStart}&pageSize=20`, office));
}
if (only !== 'uploads') {
  if (billingOnly) {
    // The baseline, and two routes of the full table to read the billing rows against.
    rows.push(await measure('baseline: raw node:sqlite, one indexed query', 'ceiling', `/api/bench/baseline?tenant=${tenant.tenantId}&id=${tenant.sampleCustomerId}`));
    rows.push(await measure('one customer', 'single', `/api/office/customers/${tenant.sampleCustomerId}`, office));
    rows.push(await measure('portal home (me) of a property manager', 'single', '/api/portal/bench/me', portal));
  }
  // The portal's billing tab loads these three at once; the office's billing page opens on the unpaid list.
  const portalBilling = `/api/portal/bench/locations/${busyLocation}/billing`;
  rows.push(await measure('portal billing: balance, overdue and credit (500 invoices)', 'single', portalBilling, portal));
  rows.push(await measure('portal billing: invoices, first page with totals', 'list', `${portalBilling}/invoices?status=all&page=1&pageSize=20`, portal));
  rows.push(await measure('portal billing: payment history, first page', 'list', `${portalBilling}/history?page=1`, portal));
  rows.push(await measure('office unpaid invoices with totals (200,000 invoices)', 'list', '/api/office/invoices?view=unpaid&page=1', office));
  rows.push(await measure('office unpaid invoices of one customer', 'list', `/api/office/invoices?view=unpaid&page=1&customerId=${billingCustomerId}`, office));
  rows.push(await measure('office unpaid invoices issued in the last 30 days', 'list', `/api/office/invoices?view=unpaid&page=1&from=${monthAgo}&to=${today}`, office));
}
const uploads = billingOnly ? null : await signInDuringUploads({ base, slug: 'bench', email: benchPortalEmail, password: benchPassword, locationId: busyLocation, uploaders, signIns: 20 }, photo!);

server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

if (rows.length > 0) {
  const baseline = rows.find((r) => r.route.startsWith('baseline'))!.rps;
  const aim = { ceiling: null, list: 25, single: 50 } as const;
  console.log(`\n${connections} connections, ${seconds} s per route, server and load generator in separate processes on loopback\n`);
  console.log('| route | req/s | p50 ms | p99 ms | alone ms | SQL/req | % of baseline | aim | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const share = (100 * r.rps) / baseline;
    const target = aim[r.kind];
    console.log(
      `| ${r.route} | ${Math.round(r.rps).toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.alone.toFixed(1)} | ${r.sql === null ? '–' : r.sql.toFixed(1)} | ${share.toFixed(0)}% | ${target === null ? '' : `≥ ${target}%${share >= target ? ' ✓' : ' ✗'}`} | ${r.errors} |`,
    );
  }
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
