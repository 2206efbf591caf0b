import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function restrictedImports(filePath: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries', () => {
  it.each([
    ['web/features/portal/components/x.tsx', "import '../../../../server/app.ts';", 'web imports the server'],
    ['shared/features/x/x.contract.ts', "import '../../../server/app.ts';", 'shared imports the server'],
    ['shared/roles.ts', "import '../web/lib/api-client.ts';", 'shared imports the web'],
    ['server/features/setup/setup.service.ts', "import '../auth/auth.service.ts';", 'a server feature reaches into another'],
    ['server/features/setup/sub/x.ts', "import '../../auth/auth.service.ts';", 'a nested server file reaches into another feature'],
    ['web/features/setup/components/x.tsx', "import '../../auth/api/login.ts';", 'a web feature reaches into another'],
    ['web/features/setup/x.ts', "import '../auth/api/login.ts';", 'a web feature root file reaches into another'],
    ['server/platform/auth/x.ts', "import '../../features/auth/auth.service.ts';", 'infrastructure imports a feature'],
    ['server/app.ts', "import '../web/app/app.tsx';", 'the server imports the web'],
  ])('refuses %s: %s (%s)', async (file, source) => {
    expect(await restrictedImports(file, source)).toBe(1);
  });

  it.each([
    ['web/features/setup/components/x.tsx', "import '../api/create-company.ts';"],
    ['web/features/setup/components/x.tsx', "import '../../../components/page-header.tsx';"],
    ['web/features/setup/components/x.tsx', "import '../../../../shared/features/setup/setup.contract.ts';"],
    ['server/features/setup/setup.service.ts', "import '../../platform/auth/passwords.ts';"],
    ['server/features/setup/setup.service.ts', "import './setup.repository.ts';"],
    ['server/app.ts', "import './features/setup/setup.routes.ts';"],
    ['server/platform/portal/x.ts', "import '../../../shared/features/locations/locations.contract.ts';"],
  ])('allows %s: %s', async (file, source) => {
    expect(await restrictedImports(file, source)).toBe(0);
  });
});

describe('SQL stays in repositories', () => {
  async function sqlOutsideRepositories(filePath: string, source: string): Promise<number> {
    const [result] = await eslint.lintText(source, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
  }
  const query = "export const q = (db: any) => db.selectFrom('customers').selectAll().execute();";
  const rawSql = "import { sql } from 'kysely';\nexport const q = sql`select 1`;";

  it.each([
    ['server/features/customers/customers.service.ts', query],
    ['server/features/customers/customers.routes.ts', query],
    ['server/features/customers/customers.service.ts', rawSql],
    ['server/http/auth.ts', "export const q = (db: any) => db.updateTable('sessions').set({}).execute();"],
  ])('refuses a query in %s', async (file, source) => {
    expect(await sqlOutsideRepositories(file, source)).toBe(1);
  });

  it.each([
    ['server/features/customers/customers.repository.ts', query],
    ['server/platform/auth/sessions.ts', query],
    ['server/features/customers/customers.test.ts', query],
  ])('allows a query in %s', async (file, source) => {
    expect(await sqlOutsideRepositories(file, source)).toBe(0);
  });
});


describe('only trusted paths mint a TenantId', () => {
  async function mints(filePath: string, source: string): Promise<number> {
    const [result] = await eslint.lintText(source, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && m.message.includes('TenantId')).length;
  }
  const mint = "import { asTenantId } from '../../platform/tenants/tenant-id.ts';\nexport const t = asTenantId('x');";
  const mintViaNamespace = "import * as ids from '../../platform/tenants/tenant-id.ts';\nexport const t = ids.asTenantId('x');";

  it.each([
    ['server/features/customers/customers.service.ts', mint],
    ['server/features/customers/customers.routes.ts', mint],
    ['server/features/customers/customers.repository.ts', mint],
    ['server/platform/auth/credentials.ts', mint],
    ['server/http/tenant.ts', mint],
    ['server/features/customers/customers.service.ts', mintViaNamespace],
  ])('refuses asTenantId in %s', async (file, source) => {
    expect(await mints(file, source)).toBe(1);
  });

  it.each([
    ['server/http/auth.ts', mint],
    ['server/platform/tenants/tenants.service.ts', mint],
    ['server/cli.ts', mint],
    ['server/demo/seed.ts', mint],
    ['server/features/setup/setup.service.ts', mint],
    ['server/platform/backup/backup.ts', mint],
    ['server/jobs/housekeeping.ts', mint],
    ['server/test/factories.ts', mint],
    ['server/features/customers/customers.test.ts', mint],
    ['server/features/customers/customers.service.ts', "import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';\nexport const t = tenantIdOf;"],
  ])('allows %s', async (file, source) => {
    expect(await mints(file, source)).toBe(0);
  });

  it('still keeps SQL out of the files that may mint one', async () => {
    const [result] = await eslint.lintText("export const q = (db: any) => db.selectFrom('sessions').selectAll().execute();", { filePath: 'server/http/auth.ts' });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toHaveLength(1);
  });
});
