import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

// Inside the checkout, so the fixture's `import 'vitest'` finds the project's own.
mkdirSync(path.join(root, 'test-results'), { recursive: true });
const fixtureDir = mkdtempSync(path.join(root, 'test-results', 'digest-fixture-'));
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

const fixture = `
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('a journey', () => {
  it('finds the saved row', () => {
    console.error('page 1:\\n  18575 ms  debug: diary: dialog shown: Add portal user');
    expect('no row').toBe('lena@lighthousebooks.example');
  });
  it('passes', () => {
    console.error('a passing test prints this');
  });
});

describe('a live backup', () => {
  beforeAll(() => {
    throw new Error('Hook timed out in 180000ms.');
  });
  afterAll(() => {
    console.error('The setup stopped while waiting for 20 writes after the backup.');
  });
  it('restores every write', () => {});
});
`;

async function runFixture(): Promise<string> {
  writeFileSync(path.join(fixtureDir, 'example.test.ts'), fixture);
  const digest = path.join(fixtureDir, 'digest.txt');
  const run = promisify(execFile)(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--root', fixtureDir, '--reporter=dot', `--reporter=${path.join(root, 'scripts', 'failure-digest.ts')}`], {
    env: { ...process.env, FAILURE_DIGEST: digest },
  });
  await expect(run).rejects.toThrow();
  return readFileSync(digest, 'utf8');
}

describe('the digest of what failed, printed at the end of npm test', () => {
  it('names each failed test and failed hook with its error and what it printed to stderr, and leaves out what passed', async () => {
    const digest = await runFixture();
    const entries = digest.split('\n\n');
    expect(entries).toHaveLength(2);

    const [hook, test] = [entries.find((entry) => entry.includes('a live backup')), entries.find((entry) => entry.includes('a journey'))];
    expect(hook).toContain('✗ example.test.ts > a live backup (a hook: its tests did not run)');
    expect(hook).toContain('Error: Hook timed out in 180000ms.');
    expect(hook).toContain('| The setup stopped while waiting for 20 writes after the backup.');

    expect(test).toContain('✗ example.test.ts > a journey > finds the saved row');
    expect(test).toContain("AssertionError: expected 'no row' to be 'lena@lighthousebooks.example'");
    expect(test).toMatch(/at .*example\.test\.ts:7:/);
    expect(test).toContain('|   18575 ms  debug: diary: dialog shown: Add portal user');
    expect(digest).not.toContain('a passing test prints this');
    expect(digest).not.toContain('\u001b[');
  }, 60_000);
});
