import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, ensurePrivateFile } from '../lib/private-files.ts';
import { describeStartupError } from '../lib/startup-errors.ts';

/** Configuration, parsed once at start-up. Nothing else in the server reads process.env. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string;
  logLevel: string;
  /**
   * `pretty`: readable lines without one per request, for a person at a terminal, so the
   * setup code stays on screen. `json`: every request, for log collectors.
   */
  logFormat: 'pretty' | 'json';
  /** Largest file one upload may carry. */
  maxUploadBytes: number;
  /**
   * Which reverse proxies to believe about the client's address (X-Forwarded-For): false (none,
   * the default), true (any), or a comma-separated list of proxy addresses or subnets.
   */
  trustProxy: boolean | string;
  /** Where the built web app lives; absent in tests that only use the API. */
  webRoot: string | undefined;
  /** Where uploaded files live; several instances must all see the same place. */
  fileStore: FileStoreConfig;
  /** Where Stripe's API answers; undefined for Stripe's own. Tests and local fakes point it elsewhere. */
  stripeApiUrl: string | undefined;
};

export type FileStoreConfig =
  | { kind: 'folder'; dir: string }
  | { kind: 's3'; bucket: string; region: string; endpoint: string | undefined; forcePathStyle: boolean; credentials: { accessKeyId: string; secretAccessKey: string } | undefined };

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset to use the built-in SQLite database)')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://, e.g. smtp://user:pass@mail.example.com:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Porter <no-reply@porter.localhost>'),
  PUBLIC_URL: z
    .string()
    .refine(isWebAddress, 'must be a web address that starts with http:// or https://, e.g. https://porter.example.com')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (leave it unset to have one generated)').optional(),
  MAX_UPLOAD_MB: z.coerce.number({ error: 'must be a number of megabytes' }).min(1, 'must be at least 1').max(100, 'must be at most 100').default(10),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[\d.:a-fA-F/]+(\s*,\s*[\d.:a-fA-F/]+)*)$/, 'must be true, false, or a comma-separated list of proxy addresses, e.g. 127.0.0.1,10.0.0.0/8')
    .default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json'], { error: 'must be pretty or json' }).optional(),
  FILES_DIR: z.string().min(1, 'must not be empty').optional(),
  S3_BUCKET: z.string().min(3, 'must be a bucket name of at least 3 characters').optional(),
  S3_REGION: z.string().min(1, 'must not be empty').default('us-east-1'),
  S3_ENDPOINT: z.url({ error: 'must be an absolute URL, e.g. https://s3.eu-central-1.amazonaws.com or http://minio.internal:9000' }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  STRIPE_API_URL: z
    .string()
    .refine(isWebAddress, 'must be a web address that starts with http:// or https://, e.g. http://127.0.0.1:12111 (leave it unset to use Stripe’s own)')
    .optional(),
});

// Links in emails are built from PUBLIC_URL: `localhost:3000` or `ftp://…` would send broken ones.
function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.search && !url.hash;
}

type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Porter cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Reads the environment; throws ConfigError listing every bad variable at once. Logs are
 * pretty by default when a person watches them (standard output is a terminal).
 */
export function loadConfig(env: NodeJS.ProcessEnv, webRoot?: string, terminal = false): Config {
  const parsed = envSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const e = parsed.data;
  const problems = [...sharedInstanceProblems(e), ...fileStoreProblems(e)];
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (terminal ? 'pretty' : 'json'),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    webRoot,
    fileStore: fileStoreOf(e, dataDir),
    stripeApiUrl: e.STRIPE_API_URL?.replace(/\/+$/, ''),
  };
}

// With PostgreSQL, several instances may serve one company: a secret generated in each one's
// data folder would sign sessions the others reject.
function sharedInstanceProblems(e: Env): string[] {
  if (!e.DATABASE_URL || e.SESSION_SECRET) return [];
  return [
    'SESSION_SECRET must be set when DATABASE_URL is: every instance must sign sessions with the same secret. Generate one with `openssl rand -base64 48` and give that same value to every instance.',
  ];
}

function fileStoreProblems(e: Env): string[] {
  const problems: string[] = [];
  const s3Settings = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((key) => e[key] !== undefined);
  if (!e.S3_BUCKET && s3Settings.length > 0) problems.push(`S3_BUCKET must be set when ${s3Settings.join(', ')} ${s3Settings.length > 1 ? 'are' : 'is'}: name the bucket uploaded files go to`);
  if (e.S3_BUCKET && e.FILES_DIR) problems.push('FILES_DIR and S3_BUCKET are both set: uploaded files go to one place, so unset one of them');
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the default AWS credentials (environment, instance role)');
  }
  return problems;
}

function fileStoreOf(e: Env, dataDir: string): FileStoreConfig {
  if (!e.S3_BUCKET) return { kind: 'folder', dir: path.resolve(e.FILES_DIR ?? path.join(dataDir, 'files')) };
  return {
    kind: 's3',
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
    credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
  };
}

function parseTrustProxy(value: string): boolean | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return value.replace(/\s+/g, '');
}

// Unset and empty mean the same in a shell or a .env file.
function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}

// A generated secret must survive restarts, or every session would end on each deploy.
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    ensurePrivateDir(dataDir);
    let secret = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
    if (!secret) {
      secret = randomBytes(32).toString('base64url');
      writeFileSync(file, secret, { mode: 0o600 });
    }
    ensurePrivateFile(file);
    return secret;
  } catch (err) {
    const reason = describeStartupError(err, { port: 0, host: '', dataDir, databaseUrl: undefined });
    throw new ConfigError([reason ?? `DATA_DIR=${dataDir} cannot be used: ${String(err)}`]);
  }
}
