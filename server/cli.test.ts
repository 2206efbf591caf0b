import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { runCli } from './cli.ts';
import { loadConfig } from './config/config.ts';
import { inspect } from './test/harness.ts';

function capture() {
  const lines: string[] = [];
  return { out: { log: (line: string) => lines.push(line) }, text: () => lines.join('\n') };
}

describe('operator CLI', () => {
  const env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'porter-cli-')), PUBLIC_URL: 'https://porter.example.com', SESSION_SECRET: 'cli-secret-cli-secret-cli-secret-cli' };

  it('prints usage for help, and for no command with a failing exit code', async () => {
    const help = capture();
    expect(await runCli(['help'], env, help.out)).toBe(0);
    expect(help.text()).toContain('create-tenant');
    expect(await runCli([], env, capture().out)).toBe(1);
    const unknown = capture();
    expect(await runCli(['frobnicate'], env, unknown.out)).toBe(1);
    expect(unknown.text()).toContain('Unknown command "frobnicate"');
    await expect(runCli(['list-tenants', 'extra'], env, capture().out)).rejects.toThrow(/^Unexpected argument "extra"/);
  });

  it('runs migrations, creates a tenant with a password link for its owner, and lists tenants', async () => {
    expect(await runCli(['migrate'], env, capture().out)).toBe(0);
    const created = capture();
    expect(await runCli(['create-tenant', '--name', 'Shine Co', '--slug', 'shine', '--owner-email', 'Ann@Shine.example'], env, created.out)).toBe(0);
    expect(created.text()).toMatch(/https:\/\/porter\.example\.com\/reset-password\?token=[\w-]{40,}/);
    const listed = capture();
    await runCli(['list-tenants'], env, listed.out);
    expect(listed.text()).toMatch(/shine\s+Shine Co/);
  });

  it('refuses a taken slug or a bad one, and explains missing options', async () => {
    await expect(runCli(['create-tenant', '--name', 'Bad', '--slug', 'Bad Slug', '--owner-email', 'c@x.example'], env, capture().out)).rejects.toThrow(/^--slug: Use lowercase/);
    await expect(runCli(['create-tenant', '--name', 'Again', '--slug', 'shine', '--owner-email', 'b@x.example'], env, capture().out)).rejects.toThrow(/taken/);
    const missing = capture();
    expect(await runCli(['create-tenant', '--name', 'X'], env, missing.out)).toBe(1);
    expect(missing.text()).toContain('needs --name, --slug and --owner-email');
  });

  it('makes a reset link for a staff member and says so when there is none', async () => {
    const link = capture();
    expect(await runCli(['reset-link', '--email', 'ann@shine.example'], env, link.out)).toBe(0);
    expect(link.text()).toContain('https://porter.example.com/reset-password?token=');
    const none = capture();
    expect(await runCli(['reset-link', '--email', 'nobody@shine.example'], env, none.out)).toBe(1);
    expect(none.text()).toContain('No staff member');
  });

  it('adds a staff member to a company and prints a 7-day set-password link that signs them in', async () => {
    const added = capture();
    const args = ['add-staff', '--company', 'shine', '--email', 'Bo@Shine.example', '--name', 'Bo Brown', '--role', 'supervisor', '--mobile', '503 555 0100', '--carrier', 'att'];
    expect(await runCli(args, env, added.out)).toBe(0);
    expect(added.text()).toContain('Added Bo Brown <bo@shine.example> to "Shine Co" as supervisor.');
    const token = /https:\/\/porter\.example\.com\/accept-invitation\?token=([\w-]{40,})/.exec(added.text())![1]!;

    const porter = await buildApp(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { mailWorker: false });
    try {
      const accepted = await porter.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', headers: { 'content-type': 'application/json' }, payload: { token, password: 'bo-chooses-a-password' } });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().user).toMatchObject({ email: 'bo@shine.example', role: 'supervisor' });
      const row = await inspect(porter.ctx.db).selectFrom('staff_users').select(['mobile_phone', 'mobile_carrier']).where('email', '=', 'bo@shine.example').executeTakeFirstOrThrow();
      expect(row).toEqual({ mobile_phone: '503 555 0100', mobile_carrier: 'att' });
      expect(await inspect(porter.ctx.db).selectFrom('outbox_emails').select('id').where('to_address', '=', 'bo@shine.example').execute()).toHaveLength(0);
    } finally {
      await porter.app.close();
    }
  });

  it('add-staff names a bad option, an unknown company, a taken email and missing options', async () => {
    await expect(runCli(['add-staff', '--company', 'shine', '--email', 'x@shine.example', '--name', 'X', '--role', 'boss'], env, capture().out)).rejects.toThrow(/^--role: Use one of owner, admin, manager/);
    const both = runCli(['add-staff', '--company', 'shine', '--email', 'nope', '--name', 'X', '--role', 'manager', '--carrier', 'pigeon'], env, capture().out);
    await expect(both).rejects.toThrow(/^--email: Enter a valid email/m);
    await expect(both).rejects.toThrow(/^--carrier: Use one of att, verizon/m);
    await expect(runCli(['add-staff', '--company', 'shine', '--email', 'ann@shine.example', '--name', 'Ann', '--role', 'manager'], env, capture().out)).rejects.toThrow(/already belongs to a staff account/);
    const unknown = capture();
    expect(await runCli(['add-staff', '--company', 'nowhere', '--email', 'y@shine.example', '--name', 'Y', '--role', 'manager'], env, unknown.out)).toBe(1);
    expect(unknown.text()).toContain('No company has the portal address "nowhere"');
    const missing = capture();
    expect(await runCli(['add-staff', '--company', 'shine'], env, missing.out)).toBe(1);
    expect(missing.text()).toContain('add-staff needs --company, --email, --name and --role');
    await expect(runCli(['add-staff', '--compnay', 'shine'], env, capture().out)).rejects.toThrow(/compnay/);
  });
});
