import type { Config } from './config/config.ts';
import type { Db, DatabaseKind } from './db/database.ts';
import type { FileStorage } from './lib/file-storage.ts';
import type { EventBus } from './platform/events/event-bus.ts';

/** What every feature is given when the app is built: configuration and the database. */
export type AppContext = {
  config: Config;
  db: Db;
  dbKind: DatabaseKind;
  /** True when mail leaves over SMTP; otherwise it is held in the outbox. */
  smtpConfigured: boolean;
  /** Tells the mail worker there is something to send now, instead of at its next poll. */
  wakeMailWorker: () => void;
  /** Uploaded files (logos now; attachments later). */
  files: FileStorage;
  /** The current time: the real clock, except in tests that move time to reach a boundary. */
  now: () => Date;
  /** Live updates to open pages: publish after a change is committed. */
  events: EventBus;
};
