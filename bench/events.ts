/**
 * `BENCH_ONLY=events npm run bench` (or `node bench/events.ts`): opens 1,000 live-event streams
 * (BENCH_STREAMS) on one server in its own process, publishes one event, and prints the time until
 * the last stream has it, and the server's memory per open stream. It measures; it asserts nothing.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { maxLiveStreamsPerPerson } from '../shared/features/events/events.contract.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { createSession } from '../server/platform/auth/sessions.ts';
import { createStaff, createTenant } from '../server/test/factories.ts';
import { freePort } from '../server/test/harness.ts';

const streamCount = Number(process.env.BENCH_STREAMS ?? 1_000);
const secret = 'bench-secret-bench-secret-bench-secret';

// One technician per few tabs: the per-person cap stays as it is in production.
const dataDir = mkdtempSync(path.join(tmpdir(), 'porter-bench-events-'));
const handle = openDatabase({ databaseUrl: undefined, dataDir });
await migrateToLatest(handle.db);
const tenant = await createTenant(handle.db, { slug: 'bench-events' });
const cookies: string[] = [];
const people = Math.ceil(streamCount / maxLiveStreamsPerPerson);
for (let person = 0; person < people; person++) {
  const staff = await createStaff(handle.db, tenant.tenantId, 'technician');
  for (let tab = 0; tab < maxLiveStreamsPerPerson && cookies.length < streamCount; tab++) {
    const { token } = await createSession(handle.db, secret, { kind: 'staff', id: staff.id, tenantId: tenant.tenantId }, { ip: null, userAgent: 'bench' });
    cookies.push(`porter_staff=${token}`);
  }
}
await handle.close();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = fork(path.join(import.meta.dirname, 'server.ts'), [], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: base, SESSION_SECRET: secret },
  execArgv: ['--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
await new Promise<void>((resolve, reject) => {
  server.once('message', () => resolve());
  server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});

const memory = async () => (await (await fetch(`${base}/api/bench/memory`)).json()) as { heapUsed: number; rss: number };

type Stream = { request: ClientRequest; ready: Promise<void>; delivered: Promise<number> };

/** One stream, as a browser tab's EventSource would hold it: its own connection. */
function openStream(cookie: string): Stream {
  let onReady: () => void = () => undefined;
  let onDelivered: (at: number) => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const delivered = new Promise<number>((resolve) => (onDelivered = resolve));
  const request = httpRequest(`${base}/api/office/events`, { agent: false, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
    if (res.statusCode !== 200) throw new Error(`stream refused: ${res.statusCode}`);
    res.setEncoding('utf8');
    let seen = '';
    res.on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('event: ready')) onReady();
      if (seen.includes('event: change')) onDelivered(performance.now());
    });
  });
  request.end();
  return { request, ready, delivered };
}

const before = await memory();
const openStart = performance.now();
const streams: Stream[] = [];
// Opened in batches, as pages arrive, not as one burst the listen backlog would drop.
for (let i = 0; i < cookies.length; i += 100) {
  const batch = cookies.slice(i, i + 100).map(openStream);
  await Promise.all(batch.map((stream) => stream.ready));
  streams.push(...batch);
}
const openMs = performance.now() - openStart;
const open = await memory();

const publishStart = performance.now();
await fetch(`${base}/api/bench/publish?tenantId=${tenant.tenantId}`, { method: 'POST' });
const deliveries = await Promise.all(streams.map((stream) => stream.delivered));
const sorted = deliveries.map((at) => at - publishStart).sort((a, b) => a - b);

for (const stream of streams) stream.request.destroy();
server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const kb = (bytes: number) => (bytes / 1e3).toFixed(1);
console.log(`\nLive events: ${streams.length.toLocaleString('en-US')} open streams on one instance (SQLite, in-process bus), ${people} technicians, server in its own process\n`);
console.log('| figure | value |');
console.log('|---|---:|');
console.log(`| opening all streams (batches of 100) | ${Math.round(openMs)} ms |`);
console.log(`| one event: first delivery | ${sorted[0]!.toFixed(1)} ms |`);
console.log(`| one event: median delivery | ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms |`);
console.log(`| one event: last delivery | ${sorted.at(-1)!.toFixed(1)} ms |`);
console.log(`| server heap before → with streams | ${mb(before.heapUsed)} → ${mb(open.heapUsed)} MB |`);
console.log(`| server RSS before → with streams | ${mb(before.rss)} → ${mb(open.rss)} MB |`);
console.log(`| heap per stream | ${kb((open.heapUsed - before.heapUsed) / streams.length)} kB |`);
console.log(`| RSS per stream | ${kb((open.rss - before.rss) / streams.length)} kB |`);
