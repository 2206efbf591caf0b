import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ZodType, z } from 'zod';
import { emailSchema } from '../shared/features/auth/auth.contract.ts';
import { companySlugSchema } from '../shared/features/setup/setup.contract.ts';
import { addStaffInputSchema } from '../shared/features/staff/staff.contract.ts';
import { mobileCarrierIds } from '../shared/carriers.ts';
import { issueMessage } from '../shared/i18n/issue-message.ts';
import { translateMessage } from '../shared/i18n/messages.ts';
import { staffRoleLabels, staffRoles } from '../shared/roles.ts';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { AppError } from './http/errors.ts';
import { issueAccountToken } from './platform/auth/account-tokens.ts';
import { backup, BackupError, restore } from './platform/backup/backup.ts';
import { hashPassword, weakPasswordReason } from './platform/auth/passwords.ts';
import { recordAudit } from './platform/audit/audit.ts';
import { asTenantId } from './platform/tenants/tenant-id.ts';
import { findTenantBySlug, listTenants } from './platform/tenants/tenants.repository.ts';
import { createInvitedStaff, invitationLink } from './features/staff/staff.service.ts';
import { createTenantWithOwner } from './platform/tenants/tenants.service.ts';
import { newToken } from './lib/secrets.ts';
import { translator } from './lib/i18n.ts';
import { hours } from './lib/time.ts';
import { unscoped } from './db/tenant-scope.ts';

const usage = `Porter operator commands

Usage: npm run porter -- <command> [options]

Commands:
  create-tenant --name "Sparkle Cleaning" --slug sparkle --owner-email ann@example.com [--owner-name "Ann Smith"]
      Creates a company and its owner. Prints a one-time link for the owner to choose a password.
  list-tenants
      Lists every company with its portal address.
  add-staff --company <slug> --email bo@example.com --name "Bo Brown" --role <role> [--mobile "503 555 0100" --carrier <carrier>]
      Adds a staff member to a company and prints a one-time link (valid 7 days) for them
      to choose a password. Nothing is emailed. Roles: ${staffRoles.join(', ')}.
      Carriers: ${mobileCarrierIds.filter((c) => c !== 'other').join(', ')}.
  reset-link --email ann@example.com [--portal <slug>]
      Prints a one-time password-reset link (valid one hour) for a staff member, or with
      --portal for a portal user of that company. Nothing is emailed.
  migrate
      Brings the database schema up to date (Porter also does this at start).
  backup <folder>
      Copies the database, the stored files and the session secret into a new or empty folder,
      while Porter keeps running. PostgreSQL needs pg_dump on this machine.
  restore <folder> [--force]
      Puts a backup back into DATA_DIR. Stop Porter first. --force replaces existing data.
  help
      Shows this text.

The database is the one Porter uses: DATABASE_URL if set, otherwise the SQLite file in DATA_DIR (./data).
`;

type Out = { log: (line: string) => void };

/** Runs one command; returns the process exit code. Exported for tests. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, out: Out = console): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out.log(usage);
    return command ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'owner-email': { type: 'string' },
      'owner-name': { type: 'string' },
      email: { type: 'string' },
      portal: { type: 'string' },
      company: { type: 'string' },
      role: { type: 'string' },
      mobile: { type: 'string' },
      carrier: { type: 'string' },
      force: { type: 'boolean' },
    },
    strict: true,
  });
  const config = loadConfig(env);
  if (command === 'backup' || command === 'restore') return backupCommand(command, config, positionals, values.force === true, out);
  if (positionals.length > 0) throw new CliError(`Unexpected argument "${positionals[0]}".\n\n${usage}`);
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    switch (command) {
      case 'migrate':
        out.log('The database schema is up to date.');
        return 0;
      case 'list-tenants':
        return await listTenantsCommand(database.db, out);
      case 'create-tenant':
        return await createTenantCommand(database.db, config.sessionSecret, config.publicUrl, values, out);
      case 'add-staff':
        return await addStaffCommand(database.db, config.sessionSecret, config.publicUrl, values, out);
      case 'reset-link':
        return await resetLinkCommand(database.db, config.sessionSecret, config.publicUrl, values, out);
      default:
        out.log(`Unknown command "${command}".\n\n${usage}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

async function listTenantsCommand(db: Db, out: Out): Promise<number> {
  const tenants = await listTenants(db);
  if (tenants.length === 0) {
    out.log('No companies yet. Create one with create-tenant (see: npm run porter -- help)');
    return 0;
  }
  for (const t of tenants) out.log(`${t.slug.padEnd(24)} ${t.name}  (portal ${t.portal_enabled ? 'on' : 'off'}, created ${t.created_at.slice(0, 10)})`);
  return 0;
}

async function createTenantCommand(db: Db, secret: string, publicUrl: string, values: Record<string, string | boolean | undefined>, out: Out): Promise<number> {
  const name = String(values.name ?? '').trim();
  if (!name || !values.slug || !values['owner-email']) {
    out.log('create-tenant needs --name, --slug and --owner-email.\n\n' + usage);
    return 1;
  }
  const slug = parseOption('--slug', companySlugSchema, values.slug);
  const email = parseOption('--owner-email', emailSchema, values['owner-email']);
  // The owner chooses a password through the link; the random one below is never shown.
  const placeholder = newToken();
  if (weakPasswordReason(placeholder)) throw new Error('generated password rejected');
  const passwordHash = await hashPassword(placeholder);
  const link = await db.transaction().execute(async (trx) => {
    const { tenantId, ownerId } = await createTenantWithOwner(trx, {
      name,
      slug,
      owner: { name: String(values['owner-name'] ?? email.split('@')[0]), email, passwordHash },
    });
    const token = await issueAccountToken(trx, secret, { kind: 'staff', id: ownerId, tenantId: tenantId }, 'password_reset', hours(1), new Date());
    return `${publicUrl}/reset-password?token=${token}`;
  });
  out.log(`Created "${name}" (portal address: ${publicUrl}/portal/${slug}).`);
  out.log(`The owner ${email} chooses a password here within one hour:\n  ${link}`);
  return 0;
}

async function resetLinkCommand(db: Db, secret: string, publicUrl: string, values: Record<string, string | boolean | undefined>, out: Out): Promise<number> {
  if (!values.email) {
    out.log('reset-link needs --email.\n\n' + usage);
    return 1;
  }
  const email = parseOption('--email', emailSchema, values.email);
  if (values.portal) {
    const tenant = await findTenantBySlug(db, String(values.portal));
    if (!tenant) return fail(out, `No company has the portal address "${values.portal}". See: npm run porter -- list-tenants`);
    const user = await db.selectFrom('portal_users').select('id').where('tenant_id', '=', tenant.id).where('email', '=', email).executeTakeFirst();
    if (!user) return fail(out, `${tenant.name} has no portal user with the email ${email}.`);
    const token = await issueAccountToken(db, secret, { kind: 'portal', id: user.id, tenantId: tenant.id }, 'password_reset', hours(1), new Date());
    out.log(`One-time link for ${email} (valid one hour):\n  ${publicUrl}/portal/${tenant.slug}/reset-password?token=${token}`);
    return 0;
  }
  const staff = await unscoped(db, 'the operator names a staff member by email, unique across tenants').selectFrom('staff_users').select(['id', 'tenant_id']).where('email', '=', email).executeTakeFirst();
  if (!staff) return fail(out, `No staff member has the email ${email}. For a portal user add --portal <slug>.`);
  const token = await issueAccountToken(db, secret, { kind: 'staff', id: staff.id, tenantId: staff.tenant_id }, 'password_reset', hours(1), new Date());
  out.log(`One-time link for ${email} (valid one hour):\n  ${publicUrl}/reset-password?token=${token}`);
  return 0;
}

// The option that sets each field, to name it when the value is refused.
const addStaffOptions: Record<string, string> = { name: '--name', email: '--email', role: '--role', mobilePhone: '--mobile', mobileCarrier: '--carrier' };
const addStaffChoices: Record<string, readonly string[]> = { role: staffRoles, mobileCarrier: mobileCarrierIds };

/** What a contract says about a refused value, in English: the operator's words. */
const issueText = (issue: z.core.$ZodIssue) => translateMessage(translator('en'), 'en', issueMessage(issue));

function describeAddStaffIssue(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0]);
  const choices = addStaffChoices[field];
  return `${addStaffOptions[field] ?? field}: ${choices ? `Use one of ${choices.join(', ')}` : issueText(issue)}`;
}

async function addStaffCommand(db: Db, secret: string, publicUrl: string, values: Record<string, string | boolean | undefined>, out: Out): Promise<number> {
  if (!values.company || !values.email || !values.name || !values.role) {
    out.log('add-staff needs --company, --email, --name and --role.\n\n' + usage);
    return 1;
  }
  const parsed = addStaffInputSchema.safeParse({ name: values.name, email: values.email, role: values.role, mobilePhone: values.mobile, mobileCarrier: values.carrier });
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map(describeAddStaffIssue).join('\n'));
  }
  const tenant = await findTenantBySlug(db, String(values.company));
  if (!tenant) return fail(out, `No company has the portal address "${values.company}". See: npm run porter -- list-tenants`);
  const tenantId = asTenantId(tenant.id);
  const { row, token } = await db.transaction().execute(async (trx) => {
    const created = await createInvitedStaff(trx, secret, tenantId, parsed.data, new Date());
    await recordAudit(trx, { tenantId: tenant.id, actorKind: 'system', actorId: null, action: 'staff.added', subject: `staff:${created.row.id}`, details: { role: created.row.role } });
    return created;
  });
  out.log(`Added ${row.name} <${row.email}> to "${tenant.name}" as ${staffRoleLabels[row.role].toLowerCase()}.`);
  out.log(`Nothing was emailed. Give them this one-time link (valid 7 days) to choose a password:\n  ${invitationLink(publicUrl, token)}`);
  return 0;
}

// Runs without opening the database through Kysely: a backup must not migrate, and a restore
// may target an empty DATA_DIR.
async function backupCommand(command: 'backup' | 'restore', config: Config, positionals: string[], force: boolean, out: Out): Promise<number> {
  if (positionals.length !== 1) return fail(out, `${command} needs one folder, e.g. npm run porter -- ${command} /backups/porter-2026-12-02\n\n${usage}`);
  const dir = path.resolve(positionals[0]!);
  try {
    if (command === 'backup') {
      const made = await backup(config, dir);
      out.log(`Backed up the ${made.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database, ${made.files} stored file${made.files === 1 ? '' : 's'} and the session secret to ${dir}.`);
      return 0;
    }
    const restored = await restore(config, dir, force);
    out.log(`Restored ${restored.files} stored file${restored.files === 1 ? '' : 's'} and the session secret from the backup of ${restored.createdAt} into ${config.dataDir}.`);
    if (restored.pgRestoreCommand) out.log(`Now load the database (it replaces what is there), with Porter stopped:\n  ${restored.pgRestoreCommand}`);
    else out.log('The database is restored. Start Porter.');
    return 0;
  } catch (err) {
    if (err instanceof BackupError) return fail(out, err.message);
    throw err;
  }
}

function parseOption<T>(option: string, schema: ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliError(`${option}: ${parsed.error.issues.map(issueText).join('; ')}`);
  return parsed.data;
}

class CliError extends Error {}

function fail(out: Out, message: string): number {
  out.log(message);
  return 1;
}

function describeError(err: unknown): string {
  if (err instanceof ConfigError || err instanceof AppError || err instanceof CliError) return err.message;
  if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) return `${err.message}\n\n${usage}`;
  return String(err);
}

if (import.meta.main) {
  try {
    process.exitCode = await runCli(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(describeError(err));
    process.exitCode = 1;
  }
}
