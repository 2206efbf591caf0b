import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

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
});
