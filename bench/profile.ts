/**
 * `node bench/profile.ts [route…]`: where a route's server time goes. Seeds the large tenant once
 * into a kept data directory (SQLite: PROFILE_DIR, default /tmp/porter-profile; PostgreSQL: the
 * database at BENCH_DATABASE_URL, seeded once), starts the server, loads one route at a time with
 * autocannon while V8's CPU profiler (what `node --cpu-prof` uses) samples it, and prints req/s beside the profile's self time grouped by
 * layer (session lookup, Kysely building, tenant scope, zod, Fastify, driver, JSON…) and the
 * busiest functions, and the server's CPU time per request, which others' load on the machine
 * disturbs far less than req/s. PROFILE=0 measures req/s only, with no profiler attached.
 * Routes: me, inbox, customers, customer, next-visit, week, location-requests, customer-visits, technician-week (all when none is named).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { freePort } from '../server/test/harness.ts';
import { benchOwnerEmail, benchPassword, benchPortalEmail, seedLargeTenant, seedRequests, seedVisits } from './seed-large-tenant.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const secret = 'bench-secret-bench-secret-bench-secret';

// The server half: the real app on the kept database (bench/server.ts opens only SQLite).
if (process.argv[2] === '--serve') {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const { app } = await buildApp(config, { housekeeping: false });
  // Profiled only while the route is loaded: start-up (module loading) would otherwise dominate.
  const inspector = new Session();
  inspector.connect();
  process.on('message', (command: { profile: 'start' } | { profile: 'stop'; file: string }) => {
    void (async () => {
      if (command.profile === 'start') {
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
        await inspector.post('Profiler.start');
      } else {
        const { profile } = await inspector.post('Profiler.stop');
        writeFileSync(command.file, JSON.stringify(profile));
      }
      process.send?.('done');
    })();
  });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  await app.listen({ port: config.port, host: '127.0.0.1' });
  process.send?.('ready');
  await new Promise(() => {});
}

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const profiling = process.env.PROFILE !== '0';
const dataDir = process.env.PROFILE_DIR ?? (databaseUrl ? '/tmp/porter-profile-pg' : '/tmp/porter-profile');
mkdirSync(dataDir, { recursive: true });

type Seeded = { tenantId: string; sampleCustomerId: string; busyLocation: string; visitedSite: string; staffId: string };

async function seedOnce(): Promise<Seeded> {
  const file = path.join(dataDir, 'seeded.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Seeded;
  const started = performance.now();
  const handle = openDatabase({ databaseUrl, dataDir });
  await migrateToLatest(handle.db, handle.schema);
  const tenant = await seedLargeTenant(handle.db);
  const managerLocations = (await handle.db.selectFrom('portal_user_locations').select('location_id').where('tenant_id', '=', tenant.tenantId).where('portal_user_id', '=', tenant.portalUserId).execute()).map((l) => l.location_id);
  await seedRequests(handle.db, tenant.tenantId, managerLocations);
  const { staffId } = await seedVisits(handle.db, tenant.tenantId);
  const visitedSite = (await handle.db.selectFrom('locations').select('id').where('tenant_id', '=', tenant.tenantId).where('id', 'in', managerLocations).where('name', 'like', 'North site%').executeTakeFirstOrThrow()).id;
  await handle.close();
  const seeded = { tenantId: tenant.tenantId, sampleCustomerId: tenant.sampleCustomerId, busyLocation: managerLocations[0]!, visitedSite, staffId };
  writeFileSync(file, JSON.stringify(seeded));
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s into ${databaseUrl ? 'PostgreSQL' : dataDir}`);
  return seeded;
}

const seeded = await seedOnce();
const weekStart = new Date(Date.now() - 3 * 86_400_000).toISOString();
const weekEnd = new Date(Date.now() + 4 * 86_400_000).toISOString();
const routes: Record<string, { who: 'office' | 'portal'; url: string }> = {
  me: { who: 'portal', url: '/api/portal/bench/me' },
  inbox: { who: 'office', url: '/api/office/requests' },
  customers: { who: 'office', url: '/api/office/customers?page=1&pageSize=25' },
  customer: { who: 'office', url: `/api/office/customers/${seeded.sampleCustomerId}` },
  'next-visit': { who: 'portal', url: `/api/portal/bench/locations/${seeded.visitedSite}/next-visit` },
  week: { who: 'office', url: `/api/office/visits?from=${weekStart}&to=${weekEnd}&pageSize=50` },
  'location-requests': { who: 'portal', url: `/api/portal/bench/locations/${seeded.busyLocation}/requests` },
  'customer-visits': { who: 'office', url: `/api/office/visits?customerId=${seeded.sampleCustomerId}&from=${weekStart}&pageSize=20` },
  'technician-week': { who: 'office', url: `/api/office/schedule?from=${weekStart.slice(0, 10)}&days=7&staffId=${seeded.staffId}` },
};
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(routes);
for (const name of chosen) if (!routes[name]) throw new Error(`unknown route ${name}; choose from ${Object.keys(routes).join(', ')}`);

/** Which layer a frame's own time belongs to; null hands it to the frame that called it. */
function layerOf(url: string, functionName: string): string | null {
  if (!url) {
    if (functionName.startsWith('(')) return functionName === '(garbage collector)' ? 'garbage collection' : functionName === '(program)' ? 'V8/native (program)' : 'idle';
    if (functionName === 'stringify' || functionName === 'parse') return 'JSON';
    return null;
  }
  if (url === 'node:inspector') return 'idle';
  if (url.includes('/server/platform/auth/') || url.includes('/server/http/auth.ts') || url.includes('/server/lib/secrets.ts') || url.includes('/server/db/compile-once.ts')) return 'session lookup';
  if (url.includes('/server/db/tenant-scope.ts')) return 'tenant-scope plugin';
  if (url.includes('/server/db/sqlite-database.ts') || url.includes('/node_modules/pg') || url.includes('/server/db/postgres')) return 'driver';
  if (url.includes('/node_modules/kysely/')) {
    return /\/(driver|dialect\/[^/]+\/[^/]*(driver|adapter))|query-executor|runtime-driver|default-connection-provider/.test(url) ? 'Kysely execution' : 'Kysely building/compiling';
  }
  if (url.includes('/node_modules/zod') || url.includes('fastify-type-provider-zod')) return 'zod validation/serialisation';
  if (/\/node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-querystring|fast-json-stringify|pino|sonic-boom|abstract-logging|toad-cache|process-warning|rfdc|secure-json-parse|cookie)/.test(url)) return 'Fastify';
  if (url.includes('/server/features/')) return 'feature code (routes, services, repositories)';
  if (url.includes('/server/http/') || url.includes('/server/app.ts')) return 'Porter http hooks';
  if (url.startsWith('node:internal/crypto') || url.startsWith('node:crypto')) return null;
  if (url.startsWith('node:')) return 'Node http/net/streams';
  if (url.includes('/shared/')) return 'feature code (routes, services, repositories)';
  return 'other';
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function summarise(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const layerCache = new Map<number, string>();
  const layerOfNode = (id: number): string => {
    const known = layerCache.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const own = layerOf(node.callFrame.url, node.callFrame.functionName);
    const up = parent.get(id);
    const layer = own ?? (up === undefined ? 'native (unattributed)' : layerOfNode(up));
    layerCache.set(id, layer);
    return layer;
  };
  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const layer = layerOfNode(id);
    // Idle time and the profiler's own work are left out.
    if (layer === 'idle') return;
    busy += dt;
    layers.set(layer, (layers.get(layer) ?? 0) + dt);
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|server|shared)\//, '$1/')}:${lineNumber + 1} [${layer}]`;
    functions.set(key, (functions.get(key) ?? 0) + dt);
  });
  const pct = (v: number) => `${((100 * v) / busy).toFixed(1)}%`.padStart(6);
  console.log(`  busy CPU ${(busy / 1e6).toFixed(1)} s; by layer (self time, builtins counted to their caller):`);
  for (const [layer, t] of [...layers].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(t)}  ${layer}`);
  console.log('  top functions by self time:');
  for (const [key, t] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(t)}  ${key}`);
}

/**
 * The server process's CPU seconds so far (user + system, from /proc). CPU per request holds
 * still on a machine others are loading, where req/s does not.
 */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function ask(server: ChildProcess, command: object): Promise<void> {
  return new Promise((resolve) => {
    server.once('message', () => resolve());
    server.send(command);
  });
}

async function runRoute(name: string): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const profile = path.join(dataDir, `${name}.cpuprofile`);
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: base, SESSION_SECRET: secret, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const server = fork(import.meta.filename, ['--serve'], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const signIn = async (url: string, email: string) => {
    const response = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: benchPassword }) });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return response.headers.getSetCookie()[0]!.split(';')[0]!;
  };
  const route = routes[name]!;
  const cookie = route.who === 'office' ? await signIn('/api/auth/login', benchOwnerEmail) : await signIn('/api/portal/bench/login', benchPortalEmail);
  const check = await fetch(`${base}${route.url}`, { headers: { cookie } });
  if (!check.ok) throw new Error(`${route.url} answered ${check.status}: ${await check.text()}`);
  // A short warm-up so the profile shows the steady state, not the first compilations.
  await autocannon({ url: `${base}${route.url}`, connections, duration: 1, headers: { cookie } });
  if (profiling) await ask(server, { profile: 'start' });
  const cpuBefore = cpuSeconds(server.pid!);
  const result = await autocannon({ url: `${base}${route.url}`, connections, duration: seconds, headers: { cookie } });
  const cpuPerRequest = ((cpuSeconds(server.pid!) - cpuBefore) / result.requests.total) * 1e6;
  if (profiling) await ask(server, { profile: 'stop', file: profile });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  console.log(`\n${name} ${route.url}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx + result.errors}; server CPU ${Math.round(cpuPerRequest)} µs per request`);
  if (profiling) summarise(profile);
}

console.log(`${databaseUrl ? 'PostgreSQL' : 'SQLite'}, ${connections} connections, ${seconds} s per route${profiling ? ', profiled (slower than unprofiled)' : ''}`);
for (const name of chosen) await runRoute(name);
