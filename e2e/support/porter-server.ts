import path from 'node:path';
import { buildApp, type Porter } from '../../server/app.ts';
import { loadConfig } from '../../server/config/config.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { freePort, freshDatabase } from '../../server/test/harness.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';

const builtWebApp = path.resolve(import.meta.dirname, '../../dist/web');

export type RunningPorter = Porter & { url: string; stop: () => Promise<void>; /** What Porter sent, when started with `mail`. */ mailbox: Mailbox | null };

/** Which database the journeys run on: `npm test` runs them once per database it has. */
const databaseKind = process.env.E2E_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A real Porter listening on loopback, serving the built web app, on a fresh database. With
 * `mail`, it sends email to an SMTP server on loopback (otherwise it only keeps it in the Outbox). `webRoot` serves
 * another build of the web app than dist/web (a bench comparing two).
 */
export async function startPorter(options: { demo?: boolean; setupCode?: string; mail?: boolean; webRoot?: string } = {}): Promise<RunningPorter> {
  const database = await freshDatabase(databaseKind);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const mailbox = options.mail ? await startMailbox() : null;
  const config = loadConfig({ DATA_DIR: database.dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, LOG_LEVEL: 'warn', ...(mailbox ? { SMTP_URL: mailbox.url } : {}) }, options.webRoot ?? builtWebApp);
  const porter = await buildApp(config, { database, setupCode: options.setupCode });
  if (options.demo ?? true) await seedDemo(porter.ctx.db, porter.ctx.config, porter.ctx.files);
  await porter.app.listen({ port, host: '127.0.0.1' });
  return {
    ...porter,
    url,
    mailbox,
    stop: async () => {
      await porter.app.close();
      await database.close();
      await mailbox?.close();
    },
  };
}
