/**
 * `node bench/scale-out.ts` with BENCH_DATABASE_URL=postgres://…: one and then two instances of the
 * real server on one PostgreSQL database. Seeds the large tenant into a schema of its own
 * (BENCH_SCHEMA, dropped afterwards unless BENCH_KEEP_SEED=1, which also reuses it next time),
 * then loads the portal home and the office inbox with autocannon at 50 connections: one instance,
 * two instances with the load split by autocannon, and both again behind a round-robin proxy
 * (`bench/scale-proxy.ts`), so the proxy's own cost shows. Beside each run: CPU time per request
 * of every process involved, and how many of the machine's cores were busy. Then the cost of the
 * cross-instance machinery: a live event published on one instance and delivered to streams held
 * on the other, and the outbox mail worker with one and two instances. It measures; it never fails.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { maxLiveStreamsPerPerson } from '../shared/features/events/events.contract.ts';
import { openDatabase, type Db } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { createSession } from '../server/platform/auth/sessions.ts';
import { enqueueEmail } from '../server/platform/mail/outbox.ts';
import { createStaff } from '../server/test/factories.ts';
import { freePort } from '../server/test/harness.ts';
import { benchOwnerEmail, benchPassword, benchPortalEmail, seedLargeTenant, seedRequests, seedVisits } from './seed-large-tenant.ts';
import { percentile } from './uploads.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  console.error('BENCH_DATABASE_URL must name a PostgreSQL database, e.g. postgres://postgres@127.0.0.1:5432/porter_scale_bench');
  process.exit(1);
}
const schema = process.env.BENCH_SCHEMA ?? 'porter_scale_bench';
const keepSeed = process.env.BENCH_KEEP_SEED === '1';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
// 100 weeks of weekly visits per customer is 1,000,000 visits; fewer seed faster on a busy machine.
const visitWeeks = Number(process.env.BENCH_VISIT_WEEKS ?? 100);
const emailCount = Number(process.env.BENCH_EMAILS ?? 1_000);
const streamCount = Number(process.env.BENCH_STREAMS ?? 240);
const eventRounds = Number(process.env.BENCH_EVENT_ROUNDS ?? 20);
const secret = 'bench-secret-bench-secret-bench-secret';
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const uptime = () => execSync('uptime').toString().trim();

type Seeded = { tenantId: string; busyLocation: string; visitedSite: string };

// ---- The seeded tenant --------------------------------------------------------------------------

async function seededTenant(db: Db): Promise<Seeded | null> {
  const tenant = await db.selectFrom('tenants').select('id').where('slug', '=', 'bench').executeTakeFirst();
  if (!tenant) return null;
  return { tenantId: tenant.id, ...(await sitesOf(db, tenant.id)) };
}

/** The property manager's busiest site (its requests) and a site with a weekly service (the next visit). */
async function sitesOf(db: Db, tenantId: string): Promise<Omit<Seeded, 'tenantId'>> {
  const manager = await db.selectFrom('portal_users').select('id').where('tenant_id', '=', tenantId).where('email', '=', benchPortalEmail).executeTakeFirstOrThrow();
  const sites = (await db.selectFrom('portal_user_locations').select('location_id').where('tenant_id', '=', tenantId).where('portal_user_id', '=', manager.id).execute()).map((l) => l.location_id);
  const visited = await db.selectFrom('locations').select('id').where('tenant_id', '=', tenantId).where('id', 'in', sites).where('name', 'like', 'North site%').executeTakeFirstOrThrow();
  return { busyLocation: sites[0]!, visitedSite: visited.id };
}

async function seed(): Promise<Seeded> {
  const admin = openDatabase({ databaseUrl, dataDir: tmpdir() });
  const exists = await sql<{ n: number }>`select count(*)::int as n from information_schema.schemata where schema_name = ${schema}`.execute(admin.db);
  if (exists.rows[0]!.n > 0 && !keepSeed) await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
  await sql`create schema if not exists ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = openDatabase({ databaseUrl, dataDir: tmpdir(), schema });
  try {
    await migrateToLatest(handle.db, schema);
    const reused = keepSeed ? await seededTenant(handle.db) : null;
    if (reused) {
      console.log(`Reusing the tenant seeded earlier in schema ${schema}`);
      return reused;
    }
    const started = performance.now();
    const tenant = await seedLargeTenant(handle.db);
    const managerSites = (await handle.db.selectFrom('portal_user_locations').select('location_id').where('tenant_id', '=', tenant.tenantId).where('portal_user_id', '=', tenant.portalUserId).execute()).map((l) => l.location_id);
    await seedRequests(handle.db, tenant.tenantId, managerSites);
    await seedVisits(handle.db, tenant.tenantId, visitWeeks);
    await sql`analyze`.execute(handle.db);
    console.log(`Seeded 10,000 customers, 20,000 locations, 30,001 portal users, 100,000 service requests and ${n(visitWeeks * 10_000)} visits in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return { tenantId: tenant.tenantId, ...(await sitesOf(handle.db, tenant.tenantId)) };
  } finally {
    await handle.close();
  }
}

// ---- Processes: instances, proxies, the SMTP sink ----------------------------------------------

type Child = { process: ChildProcess; base: string; cpuPath: string };

async function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child = fork(path.join(import.meta.dirname, script), [], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { process: child, base: `http://127.0.0.1:${port}`, cpuPath: script === 'scale-proxy.ts' ? '/__proxy/cpu' : '/api/bench/cpu' };
}

/** Every instance shares the database, the session secret and the file folder, and has a data folder of its own. */
function startInstance(shared: { filesDir: string; smtpUrl: string; publicUrl: string }, folders: string[]): Promise<Child> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-scale-instance-'));
  folders.push(dataDir);
  return startChild('scale-server.ts', {
    DATABASE_URL: databaseUrl!,
    BENCH_SCHEMA: schema,
    DATA_DIR: dataDir,
    FILES_DIR: shared.filesDir,
    SESSION_SECRET: secret,
    SMTP_URL: shared.smtpUrl,
    PUBLIC_URL: shared.publicUrl,
  });
}

/** An SMTP server on loopback that counts what it accepts by Message-ID, so a duplicate shows. */
async function startSmtpSink() {
  const received: { messageId: string; at: number }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4_096) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        received.push({ messageId: /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '', at: performance.now() });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// ---- CPU accounting -----------------------------------------------------------------------------

type CpuSnapshot = { children: Map<string, { cpuMicros: number; requests: number }>; loadGenerator: number; postgres: Map<number, number>; machineBusy: number; machineTotal: number };

const clockTicksPerSecond = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** CPU time of one process from /proc, in microseconds; null once it has gone. */
function procCpuMicros(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces) start at the state: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond) * 1e6;
  } catch {
    return null;
  }
}

/** The whole machine's busy and total jiffies, to tell how many of its cores were at work. */
function machineJiffies(): { busy: number; total: number } {
  const values = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  return { busy: total - values[3]! - values[4]!, total };
}

async function snapshot(children: Child[], admin: Db): Promise<CpuSnapshot> {
  const entries = await Promise.all(children.map(async (c) => [c.base, (await (await fetch(`${c.base}${c.cpuPath}`)).json()) as { cpuMicros: number; requests: number }] as const));
  // The backends serving this database (the instances' pools and their LISTEN connections): PostgreSQL's share of the work.
  const backends = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(admin);
  const postgres = new Map(backends.rows.map((b) => [b.pid, procCpuMicros(b.pid) ?? 0]));
  const { user, system } = process.cpuUsage();
  const machine = machineJiffies();
  return { children: new Map(entries), loadGenerator: user + system, postgres, machineBusy: machine.busy, machineTotal: machine.total };
}

type CpuShare = { serverMicros: number; proxyMicros: number; postgresMicros: number; loadMicros: number; coresBusy: number };

function cpuBetween(before: CpuSnapshot, after: CpuSnapshot, instances: Child[], proxy: Child | null, requests: number): CpuShare {
  const used = (c: Child) => after.children.get(c.base)!.cpuMicros - before.children.get(c.base)!.cpuMicros;
  let postgres = 0;
  for (const [pid, micros] of after.postgres) postgres += micros - (before.postgres.get(pid) ?? 0);
  const perRequest = (micros: number) => micros / Math.max(requests, 1);
  return {
    serverMicros: perRequest(instances.reduce((sum, c) => sum + used(c), 0)),
    proxyMicros: proxy ? perRequest(used(proxy)) : 0,
    postgresMicros: perRequest(postgres),
    loadMicros: perRequest(after.loadGenerator - before.loadGenerator),
    coresBusy: (cpus().length * (after.machineBusy - before.machineBusy)) / Math.max(after.machineTotal - before.machineTotal, 1),
  };
}

// ---- Load --------------------------------------------------------------------------------------

type Run = { setup: string; rps: number; p50: number; p99: number; errors: number; cpu: CpuShare };

async function signIn(base: string, url: string, email: string): Promise<string> {
  const response = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: benchPassword }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/**
 * One load run. Several targets split the connections between them (autocannon's own round
 * robin); the instances a run reaches are the ones whose CPU it is charged.
 */
async function load(setup: string, targets: string[], route: string, cookie: string, cpu: { instances: Child[]; proxy: Child | null; all: Child[]; admin: Db }): Promise<Run> {
  const before = await snapshot(cpu.all, cpu.admin);
  const result = await autocannon({ url: urlsOf(targets, route), connections, duration: seconds, headers: { cookie } });
  const after = await snapshot(cpu.all, cpu.admin);
  const served = result.requests.total;
  return { setup, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors, cpu: cpuBetween(before, after, cpu.instances, cpu.proxy, served) };
}

/** Gets each instance's code hot and its statements planned before anything is measured. */
async function warmUp(targets: string[], route: string, cookie: string): Promise<void> {
  await autocannon({ url: urlsOf(targets, route), connections: 10, duration: 2, headers: { cookie } });
}

/** autocannon takes several URLs and deals its connections out among them in turn; its types know only one. */
function urlsOf(targets: string[], route: string): string {
  return targets.map((t) => `${t}${route}`) as unknown as string;
}

// ---- Live events across instances --------------------------------------------------------------

type Stream = { request: ClientRequest; ready: Promise<void>; deliveries: number[]; waiters: Map<number, () => void> };

/** One office tab's event stream on `base`, counting the change events it hears. */
function openStream(base: string, cookie: string): Stream {
  let onReady: () => void = () => undefined;
  const stream: Stream = { request: undefined as unknown as ClientRequest, ready: new Promise<void>((resolve) => (onReady = resolve)), deliveries: [], waiters: new Map() };
  stream.request = httpRequest(`${base}/api/office/events`, { agent: false, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
    if (res.statusCode !== 200) throw new Error(`stream refused: ${res.statusCode}`);
    res.setEncoding('utf8');
    let partial = '';
    res.on('data', (chunk: string) => {
      // Messages end with a blank line; a chunk may end inside one.
      const messages = (partial + chunk).split('\n\n');
      partial = messages.pop()!;
      for (const message of messages) {
        if (message.includes('event: ready')) onReady();
        if (!message.includes('event: change')) continue;
        stream.deliveries.push(performance.now());
        stream.waiters.get(stream.deliveries.length)?.();
      }
    });
  });
  stream.request.end();
  return stream;
}

function delivery(stream: Stream, count: number): Promise<number> {
  if (stream.deliveries.length >= count) return Promise.resolve(stream.deliveries[count - 1]!);
  return new Promise((resolve) => stream.waiters.set(count, () => resolve(stream.deliveries[count - 1]!)));
}

async function openStreams(db: Db, tenantId: string, base: string): Promise<Stream[]> {
  const cookies: string[] = [];
  while (cookies.length < streamCount) {
    const staff = await createStaff(db, tenantId as Parameters<typeof createStaff>[1], 'technician');
    for (let tab = 0; tab < maxLiveStreamsPerPerson && cookies.length < streamCount; tab++) {
      const { token } = await createSession(db, secret, { kind: 'staff', id: staff.id, tenantId }, { ip: null, userAgent: 'scale bench' });
      cookies.push(`porter_staff=${token}`);
    }
  }
  const streams: Stream[] = [];
  for (let i = 0; i < cookies.length; i += 60) {
    const batch = cookies.slice(i, i + 60).map((cookie) => openStream(base, cookie));
    await Promise.all(batch.map((s) => s.ready));
    streams.push(...batch);
  }
  return streams;
}

type EventTimes = { first: number[]; last: number[] };

/** Publishes one event at a time through `publisher` and times its arrival on every stream. */
async function timeEvents(streams: Stream[], publisher: string, tenantId: string, rounds: number, times: EventTimes): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const count = streams[0]!.deliveries.length + 1;
    const started = performance.now();
    await fetch(`${publisher}/api/bench/publish?tenantId=${tenantId}`, { method: 'POST' });
    const arrived = await Promise.all(streams.map((s) => delivery(s, count)));
    times.first.push(Math.min(...arrived) - started);
    times.last.push(Math.max(...arrived) - started);
  }
}

// ---- Background jobs: the outbox mail worker ---------------------------------------------------

type MailRun = { workers: number; emails: number; perSecond: number; duplicates: number; allSentOnce: boolean };

/** Queues emails, lets the running instances' workers deliver them, and counts what arrived. */
async function mailRun(db: Db, smtp: Awaited<ReturnType<typeof startSmtpSink>>, workers: number, tenantId: string): Promise<MailRun> {
  const start = smtp.received.length;
  const ids = await db.transaction().execute(async (trx) => {
    const queued: string[] = [];
    for (let i = 0; i < emailCount; i++) queued.push(await enqueueEmail(trx, { tenantId, to: `person${i}@example.test`, subject: `Scale note ${i}`, text: 'Hello' }, true));
    return queued;
  });
  // Each worker polls every 2 s; wait for every email and a little longer, so a late duplicate would still show.
  const giveUp = performance.now() + 300_000;
  while (new Set(smtp.received.slice(start).map((m) => m.messageId)).size < emailCount) {
    if (performance.now() > giveUp) throw new Error(`only ${smtp.received.length - start} of ${emailCount} emails arrived in 5 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const batch = smtp.received.slice(start);
  const unique = new Set(batch.map((m) => m.messageId)).size;
  const rows = await db.selectFrom('outbox_emails').select(['status', 'attempts']).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
  const seconds = (batch.at(-1)!.at - batch[0]!.at) / 1000;
  return { workers, emails: emailCount, perSecond: (batch.length - 1) / seconds, duplicates: batch.length - unique, allSentOnce: rows.every((r) => r.status === 'sent' && r.attempts === 1) };
}

// ---- The run -----------------------------------------------------------------------------------

console.log(`At start: ${uptime()}`);
const seeded = await seed();
const admin = openDatabase({ databaseUrl, dataDir: tmpdir(), schema });
const folders: string[] = [];
const filesDir = mkdtempSync(path.join(tmpdir(), 'porter-scale-files-'));
folders.push(filesDir);
const smtp = await startSmtpSink();
const publicUrl = 'http://porter-scale.test';
const children: Child[] = [];
try {
  const a = await startInstance({ filesDir, smtpUrl: smtp.url, publicUrl }, folders);
  children.push(a);
  const mailOne = await mailRun(admin.db, smtp, 1, seeded.tenantId);
  const b = await startInstance({ filesDir, smtpUrl: smtp.url, publicUrl }, folders);
  children.push(b);
  const mailTwo = await mailRun(admin.db, smtp, 2, seeded.tenantId);

  // Streams held on B; events published on A (across instances) and on B itself (the same path, no crossing).
  const streams = await openStreams(admin.db, seeded.tenantId, b.base);
  const across: EventTimes = { first: [], last: [] };
  const same: EventTimes = { first: [], last: [] };
  for (let round = 0; round < eventRounds; round++) {
    await timeEvents(streams, a.base, seeded.tenantId, 1, across);
    await timeEvents(streams, b.base, seeded.tenantId, 1, same);
  }
  for (const stream of streams) stream.request.destroy();

  const proxyOne = await startChild('scale-proxy.ts', { SCALE_UPSTREAMS: a.base });
  const proxyTwo = await startChild('scale-proxy.ts', { SCALE_UPSTREAMS: `${a.base},${b.base}` });
  children.push(proxyOne, proxyTwo);
  const office = await signIn(a.base, '/api/auth/login', benchOwnerEmail);
  const portal = await signIn(a.base, '/api/portal/bench/login', benchPortalEmail);
  const routes = [
    { name: 'portal home: me (property manager, 5 customers)', path: '/api/portal/bench/me', cookie: portal },
    { name: 'portal home: next visit with its price breakdown', path: `/api/portal/bench/locations/${seeded.visitedSite}/next-visit`, cookie: portal },
    { name: 'office inbox, unfinished, newest first (100,000 requests)', path: '/api/office/requests', cookie: office },
  ];
  const setups = [
    { setup: '1 instance, direct', targets: [a.base], instances: [a], proxy: null },
    { setup: '2 instances, split by autocannon', targets: [a.base, b.base], instances: [a, b], proxy: null },
    { setup: '1 instance behind the proxy', targets: [proxyOne.base], instances: [a], proxy: proxyOne },
    { setup: '2 instances behind the proxy', targets: [proxyTwo.base], instances: [a, b], proxy: proxyTwo },
  ];
  const results: { route: string; runs: Run[]; uptime: string }[] = [];
  for (const route of routes) {
    await warmUp([a.base, b.base], route.path, route.cookie);
    // One after another per route, so each setup meets the same neighbours' load on this shared machine.
    const runs: Run[] = [];
    for (const s of setups) runs.push(await load(s.setup, s.targets, route.path, route.cookie, { instances: s.instances, proxy: s.proxy, all: children, admin: admin.db }));
    results.push({ route: route.name, runs, uptime: uptime() });
  }
  report(results, { across, same, streams: streams.length }, [mailOne, mailTwo]);
} finally {
  for (const child of children) child.process.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.process.exitCode === null ? once(c.process, 'exit') : null)));
  await smtp.close();
  if (!keepSeed) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
  await admin.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}

function report(results: { route: string; runs: Run[]; uptime: string }[], events: { across: EventTimes; same: EventTimes; streams: number }, mail: MailRun[]): void {
  const us = (value: number) => (value ? n(value) : '–');
  console.log(`\n${connections} connections, ${seconds} s per run; instances, proxies, PostgreSQL and autocannon share this machine's ${cpus().length} cores with other work.`);
  console.log('CPU µs per request: the instances together, the proxy, PostgreSQL backends of this database, the load generator; cores busy: the whole machine, other work included.\n');
  for (const { route, runs, uptime: at } of results) {
    console.log(`${route}  (${at})\n`);
    console.log('| setup | req/s | p50 ms | p99 ms | non-2xx | server µs/req | proxy µs/req | PostgreSQL µs/req | autocannon µs/req | cores busy |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of runs) {
      console.log(`| ${r.setup} | ${n(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${us(r.cpu.serverMicros)} | ${us(r.cpu.proxyMicros)} | ${us(r.cpu.postgresMicros)} | ${us(r.cpu.loadMicros)} | ${r.cpu.coresBusy.toFixed(2)} |`);
    }
    const [one, two, proxiedOne, proxiedTwo] = runs;
    console.log(`\nspeed-up, split by autocannon: ${(two!.rps / one!.rps).toFixed(2)}×; behind the proxy: ${(proxiedTwo!.rps / proxiedOne!.rps).toFixed(2)}×; one instance behind the proxy serves ${(100 * (proxiedOne!.rps / one!.rps)).toFixed(0)}% of its direct req/s\n`);
  }
  const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);
  console.log(`Live events: ${events.streams} office streams held on instance B, ${events.across.last.length} events from each publisher, one at a time, through PostgreSQL LISTEN/NOTIFY\n`);
  console.log('| published on | first stream p50 ms | last stream p50 ms | last stream max ms |');
  console.log('|---|---:|---:|---:|');
  console.log(`| instance A (crosses to B) | ${ms(events.across.first, 50)} | ${ms(events.across.last, 50)} | ${ms(events.across.last, 100)} |`);
  console.log(`| instance B (same instance) | ${ms(events.same.first, 50)} | ${ms(events.same.last, 50)} | ${ms(events.same.last, 100)} |`);
  console.log('\nOutbox mail worker: emails queued at once, each claimed, sent over SMTP to a sink on loopback and marked sent\n');
  console.log('| workers | emails | sent per second | sent twice | every row sent with one attempt |');
  console.log('|---:|---:|---:|---:|---|');
  for (const m of mail) console.log(`| ${m.workers} | ${n(m.emails)} | ${m.perSecond.toFixed(0)} | ${m.duplicates} | ${m.allSentOnce ? 'yes' : 'no'} |`);
}
