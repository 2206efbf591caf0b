import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config/config.ts';
import type { AppContext } from './context.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { registerAttachmentRoutes } from './features/attachments/attachments.routes.ts';
import { registerNotificationRoutes } from './features/notifications/notifications.routes.ts';
import { registerServiceRequestRoutes } from './features/service-requests/service-requests.routes.ts';
import { registerServiceRoutes } from './features/services/services.routes.ts';
import { registerSupplyRoutes } from './features/supplies/supplies.routes.ts';
import { registerFeedbackRoutes } from './features/feedback/feedback.routes.ts';
import { registerAuthRoutes } from './features/auth/auth.routes.ts';
import { registerCustomerRoutes } from './features/customers/customers.routes.ts';
import { registerDashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { registerHealthRoutes } from './features/health/health.routes.ts';
import { registerLocationRoutes } from './features/locations/locations.routes.ts';
import { registerOutboxRoutes } from './features/outbox/outbox.routes.ts';
import { registerPortalRoutes } from './features/portal/portal.routes.ts';
import { registerPortalUserRoutes } from './features/portal-users/portal-users.routes.ts';
import { registerPortalSettingsRoutes } from './features/portal-settings/portal-settings.routes.ts';
import { registerStaffRoutes } from './features/staff/staff.routes.ts';
import { registerSetupRoutes } from './features/setup/setup.routes.ts';
import { registerCsrfGuard } from './http/csrf.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { startHousekeeping } from './jobs/housekeeping.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import { startMailWorker, type MailWorker } from './jobs/mail-worker.ts';
import { localFileStorage } from './lib/file-storage.ts';
import { newToken } from './lib/secrets.ts';

export type BuildOptions = {
  /** Use this database instead of opening one from the config (tests, CLI). */
  database?: DatabaseHandle;
  /** The code the setup page asks for; generated when absent. */
  setupCode?: string;
  /** Start the SMTP worker (default: when SMTP_URL is set). */
  mailWorker?: boolean;
  /** Start the periodic clean-up (default: yes). */
  housekeeping?: boolean;
};

export type Porter = { app: FastifyInstance; ctx: AppContext; setupCode: string; mailWorker: MailWorker | null; housekeeping: JobRunner | null };

/** Builds the whole server: database (migrated), every feature's routes, the web app, the mail worker. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<Porter> {
  const database = options.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db, database.schema);

  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const mailWorker =
    (options.mailWorker ?? true) && config.smtpUrl
      ? startMailWorker({ db: database.db, dbKind: database.kind, smtpUrl: config.smtpUrl, from: config.mailFrom, log: app.log, publicHost: new URL(config.publicUrl).hostname })
      : null;
  const ctx: AppContext = {
    config,
    db: database.db,
    dbKind: database.kind,
    smtpConfigured: Boolean(config.smtpUrl),
    wakeMailWorker: () => mailWorker?.wake(),
    files: localFileStorage(path.join(config.dataDir, 'files')),
  };
  const setupCode = options.setupCode ?? formatSetupCode(newToken());
  // Features that leave files or rows behind add their prune task to extraPruneTasks.
  const housekeeping = (options.housekeeping ?? true) ? startHousekeeping({ db: database.db, log: app.log, extraPruneTasks: [] }) : null;

  registerErrorHandling(app);
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  // Multipart is parsed only where a route asks for a file; everything else stays JSON-only.
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 10, fields: 20 } });
  registerCsrfGuard(app, config.publicUrl);
  await registerOpenApi(app, config.publicUrl);

  registerHealthRoutes(app, ctx);
  registerSetupRoutes(app, ctx, setupCode);
  registerAuthRoutes(app, ctx);
  registerPortalRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerCustomerRoutes(app, ctx);
  registerLocationRoutes(app, ctx);
  registerPortalUserRoutes(app, ctx);
  registerPortalSettingsRoutes(app, ctx);
  registerStaffRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerServiceRoutes(app, ctx);
  registerServiceRequestRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerSupplyRoutes(app, ctx);
  registerFeedbackRoutes(app, ctx);
  registerOutboxRoutes(app, ctx);

  await registerWebApp(app, config.webRoot);

  app.addHook('onClose', async () => {
    await mailWorker?.stop();
    await housekeeping?.stop();
    if (!options.database) await database.close();
  });
  return { app, ctx, setupCode, mailWorker, housekeeping };
}

// Twelve characters from an unambiguous alphabet, grouped to read aloud: 60 bits.
function formatSetupCode(randomText: string): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const chars = [...Buffer.from(randomText)].slice(0, 12).map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** Serves the built single-page app, answering unknown non-API paths with its index page. */
async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (!webRoot || !existsSync(path.join(webRoot, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `There is no ${request.method} ${request.url.split('?')[0]} in the API.` } });
    }
    const file = request.url.split('?')[0]!.slice(1);
    if (file && !file.includes('..') && existsSync(path.join(webRoot, file)) && file !== 'index.html') {
      const immutable = file.startsWith('assets/');
      return reply.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
