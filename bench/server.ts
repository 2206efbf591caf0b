/**
 * The server under load: the real app on the bench's database (SQLite in DATA_DIR, or PostgreSQL
 * at DATABASE_URL in the schema BENCH_SCHEMA), plus bench-only routes — a counter of the SQL
 * statements the app has run; the capture of one request's statements (a request sent with the
 * header `x-bench-capture: <name>` records what it ran) and the raw twin replaying them
 * (see twins.ts); and for the live events a publisher and the process's memory (after a
 * collection when run with --expose-gc).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config/config.ts';
import { openDatabase, type RanQuery } from '../server/db/database.ts';
import { postgresTwins, sqliteTwins, type Twin } from './twins.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const schema = process.env.BENCH_SCHEMA;
let statements = 0;
// The statements of the request being captured, by its async context: the mail worker's polls, which run meanwhile, stay out.
const capturing = new AsyncLocalStorage<RanQuery[]>();
const handle = openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  schema,
  onQuery: (query) => {
    statements += 1;
    capturing.getStore()?.push(query);
  },
});
const { app, ctx } = await buildApp(config, { database: handle });

const captured = new Map<string, RanQuery[]>();
app.addHook('onRequest', (request, _reply, done) => {
  const name = request.headers['x-bench-capture'];
  if (typeof name !== 'string') return done();
  const queries: RanQuery[] = [];
  captured.set(name, queries);
  capturing.run(queries, done);
});

const makeTwin = config.databaseUrl ? postgresTwinMaker(config.databaseUrl) : sqliteTwinMaker();
const twins = new Map<string, Twin>();
app.post('/api/bench/twins/:name', (request, reply) => {
  const { name } = request.params as { name: string };
  const queries = captured.get(name);
  if (!queries) return reply.code(404).send({ error: `no request captured as ${name}` });
  twins.set(name, makeTwin(queries));
  return { statements: queries.length, sql: queries.map((q) => q.sql) };
});
app.get('/api/bench/twins/:name', async (request, reply) => {
  const twin = twins.get((request.params as { name: string }).name);
  if (!twin) return reply.code(404).send();
  return reply.type('application/json').send(await twin());
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

/** The same file, pragmas and durability as the product's connection (server/db/sqlite-database.ts). */
function sqliteTwinMaker() {
  const raw = new DatabaseSync(path.join(config.dataDir, 'porter.sqlite'));
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec('PRAGMA synchronous = FULL');
  raw.exec('PRAGMA busy_timeout = 5000');
  return sqliteTwins(raw);
}

/** A pool of the product's size on the same schema. */
function postgresTwinMaker(connectionString: string) {
  return postgresTwins(new pg.Pool({ connectionString, max: 10, options: schema ? `-c search_path=${schema}` : undefined }));
}

// A clean exit, so that `--cpu-prof` writes its profile when the bench stops the server.
process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));

await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('ready');
