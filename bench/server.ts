/**
 * The server under load: the real app on a SQLite file, plus bench-only routes — a baseline
 * that runs one indexed query through a raw prepared node:sqlite statement (the ceiling we
 * measure ourselves against), a counter of SQL statements the app has run, and for the live
 * events a publisher and the process's memory (after a collection when run with --expose-gc).
 */
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config/config.ts';
import { openDatabase } from '../server/db/database.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
let statements = 0;
const handle = openDatabase({ databaseUrl: undefined, dataDir: config.dataDir, onQuery: () => (statements += 1) });
const { app, ctx } = await buildApp(config, { database: handle });

const raw = new DatabaseSync(path.join(config.dataDir, 'porter.sqlite'), { readOnly: true });
const baselineQuery = raw.prepare('SELECT id, name, type, email, phone, city FROM customers WHERE tenant_id = ? AND id = ?');
app.get('/api/bench/baseline', (request, reply) => {
  const { tenant, id } = request.query as { tenant: string; id: string };
  return reply.send(baselineQuery.get(tenant, id));
});
app.get('/api/bench/statements', () => ({ statements }));
app.get('/api/bench/memory', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
});
app.post('/api/bench/publish', (request) => {
  const { tenantId } = request.query as { tenantId: string };
  ctx.events.publish({ tenantId, topic: 'visits', locationId: null, id: 'bench' });
  return { published: Date.now() };
});

await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('ready');
