/**
 * One instance of the real app for `bench/scale-out.ts`: built with `buildApp` from the
 * environment as `server/main.ts` builds it (DATABASE_URL, SESSION_SECRET, FILES_DIR, SMTP_URL),
 * on the PostgreSQL schema the bench seeded (BENCH_SCHEMA), plus two bench-only routes: this
 * process's CPU time and request count (so the bench can divide one by the other), and a publisher
 * of a live event through the app's own event bus.
 */
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config/config.ts';
import { openDatabase } from '../server/db/database.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
// The schema is the bench's own, so it never touches a database's public tables; the config has no
// setting for it because a deployment uses the database's default schema.
const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, schema: process.env.BENCH_SCHEMA });
const { app, ctx } = await buildApp(config, { database });

let requests = 0;
app.addHook('onResponse', async () => {
  requests += 1;
});
app.get('/api/bench/cpu', () => {
  const { user, system } = process.cpuUsage();
  return { cpuMicros: user + system, requests };
});
app.post('/api/bench/publish', (request) => {
  const { tenantId } = request.query as { tenantId: string };
  ctx.events.publish({ tenantId, topic: 'visits', locationId: null, id: 'bench' });
  return { published: true };
});

await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
