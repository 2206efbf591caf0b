import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config, FileStoreConfig } from './config/config.ts';
import type { AppContext } from './context.ts';
import { inProcessEventBus, type EventBus } from './platform/events/event-bus.ts';
import { openPostgresEventBus } from './platform/events/postgres-event-bus.ts';
import { registerEventRoutes } from './features/events/events.routes.ts';
import { liveStreams, type LiveStreamOptions } from './features/events/live-streams.ts';
import { maxLiveStreamsPerPerson } from '../shared/features/events/events.contract.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { registerAttachmentRoutes } from './features/attachments/attachments.routes.ts';
import { registerNotificationRoutes } from './features/notifications/notifications.routes.ts';
import { sendDueReminders } from './features/reminders/reminder-job.ts';
import { registerReminderRoutes } from './features/reminders/reminders.routes.ts';
import { registerServiceRequestRoutes } from './features/service-requests/service-requests.routes.ts';
import { openChangeRequest, openVisitRequest, requestAboutVisit } from './features/service-requests/service-requests.service.ts';
import { registerCustomFieldRoutes } from './features/custom-fields/custom-fields.routes.ts';
import { contactDetailsTickets, customerDataTickets } from './features/custom-fields/portal-change-tickets.ts';
import { registerServiceRoutes } from './features/services/services.routes.ts';
import { registerSupplyRoutes } from './features/supplies/supplies.routes.ts';
import { registerCleaningPlanRoutes } from './features/cleaning-plans/cleaning-plans.routes.ts';
import { areasOfLocation, tasksOfLocation } from './features/cleaning-plans/cleaning-plans.service.ts';
import { registerKeyRoutes } from './features/keys/keys.routes.ts';
import { registerInspectionRoutes } from './features/inspections/inspections.routes.ts';
import { registerScheduleRoutes } from './features/visits/schedule.routes.ts';
import { registerUpgradeRoutes } from './features/upgrades/upgrades.routes.ts';
import { chargeOnSend } from './features/billing/autopay-charges.ts';
import { registerCardRoutes } from './features/billing/cards.routes.ts';
import { gatewayFor } from './features/billing/gateways/gateways.ts';
import { registerPaymentRoutes } from './features/billing/payments.routes.ts';
import { reconcilePayments, settleFromGateway } from './features/billing/payments.service.ts';
import { reconcileRefunds } from './features/billing/refunds.service.ts';
import { registerBillingWebhookRoutes } from './features/billing/webhooks.routes.ts';
import { registerTestGatewayRoutes } from './features/billing/gateways/test-gateway.routes.ts';
import { registerInvoiceRoutes } from './features/billing/invoices.routes.ts';
import { registerVisitRoutes } from './features/visits/visits.routes.ts';
import { registerPortalVisitRoutes } from './features/visits/portal-visits.routes.ts';
import { registerSchedulingSettingsRoutes } from './features/visits/scheduling-settings.routes.ts';
import { addService, extendAllSeries, removeWaitingService, scheduleService } from './features/visits/visits.service.ts';
import { registerQuoteRoutes } from './features/billing/quotes.routes.ts';
import { registerFieldRoutes } from './features/field/field.routes.ts';
import { registerPaymentSettingsRoutes } from './features/billing/payment-settings.routes.ts';
import { visitProgress } from './features/field/field.service.ts';
import { companyArrival } from './features/visits/arrival-window.ts';
import { registerFeedbackRoutes } from './features/feedback/feedback.routes.ts';
import { registerPortalBillingRoutes } from './features/billing/portal-billing.routes.ts';
import { registerAuthRoutes } from './features/auth/auth.routes.ts';
import { registerCustomerRoutes } from './features/customers/customers.routes.ts';
import { registerDashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { registerHealthRoutes } from './features/health/health.routes.ts';
import { registerLocationRoutes } from './features/locations/locations.routes.ts';
import { registerOutboxRoutes } from './features/outbox/outbox.routes.ts';
import { registerPortalRoutes } from './features/portal/portal.routes.ts';
import { registerPortalUserRoutes } from './features/portal-users/portal-users.routes.ts';
import { registerPortalSettingsRoutes } from './features/portal-settings/portal-settings.routes.ts';
import { registerCompanyRoutes } from './features/company/company.routes.ts';
import { registerAddonRoutes } from './features/addons/addons.routes.ts';
import { registerJournalRoutes } from './features/journal/journal.routes.ts';
import { registerChatRoutes } from './features/chat/chat.routes.ts';
import { registerFileRoutes } from './features/files/files.routes.ts';
import { registerResourceRoutes } from './features/resources/resources.routes.ts';
import { registerStaffRoutes } from './features/staff/staff.routes.ts';
import { registerSetupRoutes } from './features/setup/setup.routes.ts';
import { registerStaffPolicies, type RoutePolicy } from './http/auth.ts';
import { registerCsrfGuard } from './http/csrf.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerNulGuard } from './http/nul-guard.ts';
import { registerOpenApi } from './http/openapi.ts';
import { serializeRequestForLog } from './http/request-log.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerWebApp } from './http/web-app.ts';
import { startHousekeeping, type PruneTask } from './jobs/housekeeping.ts';
import type { PeriodicJob } from './jobs/job-runner.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import { startMailWorker, type MailWorker } from './jobs/mail-worker.ts';
import { localFileStorage, type FileStorage } from './lib/file-storage.ts';
import { ensurePrivateDir } from './lib/private-files.ts';
import { s3FileStorage } from './lib/s3-file-storage.ts';
import { newToken } from './lib/secrets.ts';
import { hours, minutes } from './lib/time.ts';
import { pruneUnattachedUploads } from './platform/attachments/attachments.ts';

export type BuildOptions = {
  /** Use this database instead of opening one from the config (tests, CLI). */
  database?: DatabaseHandle;
  /** The code the setup page asks for; generated when absent. */
  setupCode?: string;
  /** Start the SMTP worker (default: when SMTP_URL is set). */
  mailWorker?: boolean;
  /** The clock every time-bound rule reads (token and session lifetimes, throttles); tests move it. */
  now?: () => Date;
  /** Where the log goes (tests read it); standard output when absent. */
  logStream?: { write: (line: string) => void };
  /** Start the periodic clean-up (default: yes). */
  housekeeping?: boolean;
  /** Live streams' heartbeat and per-person cap; tests shorten the heartbeat to see a session end. */
  liveStreams?: Partial<LiveStreamOptions>;
};

export type Porter = {
  app: FastifyInstance;
  ctx: AppContext;
  setupCode: string;
  mailWorker: MailWorker | null;
  /** Every office route with the least role its policy allows. */
  routePolicies: RoutePolicy[];
  housekeeping: JobRunner | null;
};

/** Builds the whole server: database (migrated), every feature's routes, the web app, the mail worker. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<Porter> {
  ensurePrivateDir(config.dataDir);
  const database = options.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db, database.schema);

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      serializers: { req: serializeRequestForLog },
      ...(options.logStream
        ? { stream: options.logStream }
        : config.logFormat === 'pretty'
          ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
          : {}),
    },
    // At a terminal a line per request would scroll the setup code and real problems away.
    logController: new LogController({ disableRequestLogging: config.logFormat === 'pretty' }),
    trustProxy: config.trustProxy,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const events = await openEventBus(database, app.log);

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
    files: openFileStorage(config.fileStore),
    now: options.now ?? (() => new Date()),
    events,
  };
  const setupCode = options.setupCode ?? formatSetupCode(newToken());
  // Uploads never attached to a message or order are removed a day after they were made.
  const strayUploads: PruneTask = { name: 'prune-stray-uploads', every: hours(1), prune: (now) => pruneUnattachedUploads(ctx, now) };
  // Scheduled services always have their visits 90 days ahead.
  const visitHorizon: PeriodicJob = { name: 'visit-horizon', every: hours(1), run: async (now) => void (await extendAllSeries(database.db, now)) };
  // Visit reminders go out from each company's reminder hour; a reminder sent is never sent again.
  const visitReminders: PeriodicJob = {
    name: 'visit-reminders',
    every: hours(1),
    run: async (now) => {
      if ((await sendDueReminders(database.db, { publicUrl: config.publicUrl, smtpConfigured: ctx.smtpConfigured }, now)) > 0) ctx.wakeMailWorker();
    },
  };
  // A charge or a refund whose answer was lost (a crash, a dropped connection) is asked about again with its own key.
  const paymentReconciler: PeriodicJob = {
    name: 'payments-reconcile',
    every: minutes(5),
    run: async (now) => {
      await reconcilePayments(ctx, gatewayFor, now);
      await reconcileRefunds(ctx, gatewayFor, now);
    },
  };
  // Companies that charge autopay invoices on send: each such invoice once, soon after it is sent.
  const autopayOnSend: PeriodicJob = { name: 'autopay-charge-on-send', every: minutes(1), run: async () => void (await chargeOnSend(ctx, gatewayFor)) };
  const housekeeping = (options.housekeeping ?? true)
    ? startHousekeeping({ db: database.db, log: app.log, extraPruneTasks: [strayUploads], extraJobs: [visitHorizon, visitReminders, paymentReconciler, autopayOnSend], now: ctx.now })
    : null;

  registerErrorHandling(app);
  registerSecurityHeaders(app, config.publicUrl);
  await app.register(fastifyCookie);
  // Multipart is parsed only where a route asks for a file; everything else stays JSON-only.
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 10, fields: 20 } });
  registerCsrfGuard(app, config.publicUrl);
  registerNulGuard(app);
  const routePolicies = registerStaffPolicies(app, ctx);
  await registerOpenApi(app, config.publicUrl);

  registerHealthRoutes(app, ctx);
  registerSetupRoutes(app, ctx, setupCode);
  registerAuthRoutes(app, ctx);
  // A contact's changed name or phone opens a request for the office when the company wants one.
  registerPortalRoutes(app, ctx, { contactDetailsChanged: contactDetailsTickets(openChangeRequest) });
  registerDashboardRoutes(app, ctx);
  registerCustomerRoutes(app, ctx);
  registerLocationRoutes(app, ctx);
  registerPortalUserRoutes(app, ctx);
  registerPortalSettingsRoutes(app, ctx);
  registerCompanyRoutes(app, ctx);
  registerAddonRoutes(app, ctx);
  registerJournalRoutes(app, ctx);
  // Changes a customer saves to their fields in the portal open requests through the requests feature.
  registerCustomFieldRoutes(app, ctx, { openChangeRequest });
  registerChatRoutes(app, ctx);
  registerStaffRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerServiceRoutes(app, ctx);
  registerServiceRequestRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerSupplyRoutes(app, ctx);
  registerVisitRoutes(app, ctx);
  registerScheduleRoutes(app, ctx);
  // A customer asking to move or skip a visit opens a request: the requests feature writes it; the
  // next-visit card's phases read the field feature's timesheets.
  registerPortalVisitRoutes(app, ctx, { openVisitRequest: requestAboutVisit, visitProgress });
  registerSchedulingSettingsRoutes(app, ctx);
  // Upgrades ask the office through a request; reminders' contacts are part of how a customer is found.
  registerUpgradeRoutes(app, ctx, { openVisitRequest });
  // Contacts a customer changes in the portal open a request for the office when the company wants one.
  registerReminderRoutes(app, ctx, { portalContactsChanged: customerDataTickets(openChangeRequest) });
  registerFeedbackRoutes(app, ctx);
  registerCleaningPlanRoutes(app, ctx);
  registerKeyRoutes(app, ctx);
  registerFileRoutes(app, ctx);
  registerResourceRoutes(app, ctx);
  // An inspection goes through the areas of the location's cleaning plan.
  registerInspectionRoutes(app, ctx, { planAreas: areasOfLocation });
  // The field app shows the arrival the customer was given, by the visits feature's window rule,
  // and copies a visit's checklist from the location's cleaning plan.
  registerFieldRoutes(app, ctx, { companyArrival, planOfLocation: tasksOfLocation });
  registerPaymentSettingsRoutes(app, ctx);
  registerInvoiceRoutes(app, ctx);
  registerPortalBillingRoutes(app, ctx);
  registerOutboxRoutes(app, ctx);
  registerCardRoutes(app, ctx);
  registerPaymentRoutes(app, ctx, { gatewayFor });
  // Stripe tells of charges settled after the request that made them (a second step, a late answer).
  registerBillingWebhookRoutes(app, ctx, { onChargeResult: (tenant, result) => settleFromGateway(ctx, tenant, result) });
  // The test gateway's own pages, standing in for a card processor's: they live in Porter only because it does.
  registerTestGatewayRoutes(app, ctx);
  // An accepted quote becomes a scheduled service through the visits feature's own functions.
  registerQuoteRoutes(app, ctx, { services: { add: addService, schedule: scheduleService, remove: removeWaitingService } });
  const streams = liveStreams(events, {
    heartbeatMs: 25_000,
    maxPerPerson: maxLiveStreamsPerPerson,
    onRecheckFailed: (err) => app.log.warn({ err }, 'a live stream could not check its session; it stays open and asks again'),
    ...options.liveStreams,
  });
  registerEventRoutes(app, ctx, streams);
  // Before the server stops taking connections and waits for open ones: a page's stream never hangs up by itself.
  app.addHook('preClose', async () => streams.endAll());

  await registerWebApp(app, config.webRoot);

  app.addHook('onClose', async () => {
    await mailWorker?.stop();
    await housekeeping?.stop();
    await ctx.events.close();
    if (!options.database) await database.close();
  });
  // At start, every charge left unanswered by a stopped instance is settled at once, not a job period later.
  if (housekeeping) void reconcilePayments(ctx, gatewayFor, ctx.now(), 0).catch((err: unknown) => app.log.error({ err }, 'settling unanswered charges failed; the periodic job retries'));
  return { app, ctx, setupCode, mailWorker, routePolicies, housekeeping };
}

/**
 * With PostgreSQL, events cross instances through LISTEN/NOTIFY; SQLite is one instance's file,
 * so its events stay in the process.
 */
async function openEventBus(database: DatabaseHandle, log: FastifyInstance['log']): Promise<EventBus> {
  if (database.kind !== 'postgres' || !database.connectionString) return inProcessEventBus();
  return openPostgresEventBus({ db: database.db, connectionString: database.connectionString, schema: database.schema, log });
}

/** The store the configuration names: a folder (this instance's disk, or a mount every instance shares) or an S3-compatible bucket. */
function openFileStorage(config: FileStoreConfig): FileStorage {
  return config.kind === 's3' ? s3FileStorage(config) : localFileStorage(config.dir);
}

// Twelve characters from an unambiguous alphabet, grouped to read aloud: 60 bits.
function formatSetupCode(randomText: string): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const chars = [...Buffer.from(randomText)].slice(0, 12).map((b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}
