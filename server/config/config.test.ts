import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'porter-config-'));

describe('configuration', () => {
  it('has working defaults: port 3000, SQLite in the data folder, a generated and kept session secret', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: undefined, smtpUrl: undefined, publicUrl: 'http://localhost:3000' });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8')).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('treats empty variables as unset and trims a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), PORT: '', PUBLIC_URL: 'https://porter.example.com/' });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('https://porter.example.com');
  });

  it('names every bad variable and why, all at once', () => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'mail.example.com', PUBLIC_URL: 'porter', SESSION_SECRET: 'short' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'PUBLIC_URL', 'SESSION_SECRET']) expect(problems).toContain(name);
    expect(problems).toContain('DATABASE_URL must start with postgres://');
    expect((error as Error).message).toMatch(/^Porter cannot start/);
  });

  it('refuses a PUBLIC_URL that would put broken links in emails', () => {
    for (const bad of ['localhost:3000', 'ftp://porter.example.com', 'porter.example.com', 'https://', 'https://porter.example.com/?x=1']) {
      expect(() => loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL must be a web address that starts with http:\/\/ or https:\/\//);
    }
    for (const good of ['http://localhost:3000', 'https://porter.example.com/office', 'http://192.168.1.20:8080']) {
      expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: good }).publicUrl, good).toBe(good);
    }
  });

  it('logs pretty and without a line per request at a terminal, JSON otherwise, as LOG_FORMAT asks', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }, undefined, true).logFormat).toBe('pretty');
    expect(loadConfig({ DATA_DIR: dataDir() }, undefined, false).logFormat).toBe('json');
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_FORMAT: 'json' }, undefined, true).logFormat).toBe('json');
    expect(() => loadConfig({ DATA_DIR: dataDir(), LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT must be pretty or json/);
  });

  it('talks to Stripe’s own API unless STRIPE_API_URL names another, and names a bad one', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).stripeApiUrl).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir(), STRIPE_API_URL: 'http://127.0.0.1:12111/' }).stripeApiUrl).toBe('http://127.0.0.1:12111');
    expect(() => loadConfig({ DATA_DIR: dataDir(), STRIPE_API_URL: '127.0.0.1:12111' })).toThrow(/STRIPE_API_URL must be a web address/);
  });

  it('says in one line when the data folder cannot be used', () => {
    const file = path.join(dataDir(), 'a-file');
    writeFileSync(file, 'in the way');
    expect(() => loadConfig({ DATA_DIR: file })).toThrow(new RegExp(`DATA_DIR=${file} cannot be used \\(a file is in the way of the folder\\)`));
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe('127.0.0.1,10.0.0.0/8');
    expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY must be true, false, or a comma-separated list/);
  });
});
