import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'porter-config-'));
const postgres = 'postgres://porter@db.internal/porter';
const secret = 'a-shared-secret-of-at-least-32-characters';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('configuration for several instances', () => {
  it('refuses PostgreSQL without SESSION_SECRET, saying why and what to do', () => {
    const problems = problemsOf({ DATA_DIR: dataDir(), DATABASE_URL: postgres });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SESSION_SECRET must be set when DATABASE_URL is/);
    expect(problems[0]).toContain('same value to every instance');
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: postgres, SESSION_SECRET: secret }).sessionSecret).toBe(secret);
  });

  it('keeps files in DATA_DIR/files unless FILES_DIR names a shared folder', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).fileStore).toEqual({ kind: 'folder', dir: path.join(dir, 'files') });
    expect(loadConfig({ DATA_DIR: dir, FILES_DIR: '/mnt/porter-files/' }).fileStore).toEqual({ kind: 'folder', dir: '/mnt/porter-files' });
  });

  it('reads an S3-compatible store from the S3_ settings', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      S3_BUCKET: 'porter-files',
      S3_REGION: 'eu-central-1',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_ACCESS_KEY_ID: 'AKID',
      S3_SECRET_ACCESS_KEY: 'secret-key',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.fileStore).toEqual({
      kind: 's3',
      bucket: 'porter-files',
      region: 'eu-central-1',
      endpoint: 'http://minio.internal:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret-key' },
    });
    // No keys: the SDK's own credential chain (environment, instance role) applies.
    expect(loadConfig({ DATA_DIR: dataDir(), S3_BUCKET: 'porter-files' }).fileStore).toMatchObject({ region: 'us-east-1', endpoint: undefined, forcePathStyle: false, credentials: undefined });
  });

  it('names every contradictory storage setting', () => {
    expect(problemsOf({ DATA_DIR: dataDir(), S3_ENDPOINT: 'http://minio.internal:9000', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'k' })).toEqual([
      expect.stringMatching(/^S3_BUCKET must be set when S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are/),
    ]);
    expect(problemsOf({ DATA_DIR: dataDir(), S3_BUCKET: 'porter-files', FILES_DIR: '/mnt/files', S3_ACCESS_KEY_ID: 'AKID' })).toEqual([
      expect.stringMatching(/^FILES_DIR and S3_BUCKET are both set/),
      expect.stringMatching(/^S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/),
    ]);
    expect(problemsOf({ DATA_DIR: dataDir(), S3_BUCKET: 'porter-files', S3_FORCE_PATH_STYLE: 'yes', S3_ENDPOINT: 'minio' }).join('\n')).toMatch(/S3_ENDPOINT must be an absolute URL[\s\S]*S3_FORCE_PATH_STYLE must be true or false|S3_FORCE_PATH_STYLE must be true or false[\s\S]*S3_ENDPOINT must be an absolute URL/);
  });
});
