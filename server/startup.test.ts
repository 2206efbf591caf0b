import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const appFile = path.resolve(import.meta.dirname, 'app.ts');

// Counts the modules a fresh Node loads to import a file, by the package each comes from.
const countingHook = `
  import { registerHooks } from 'node:module';
  const byPackage = {};
  registerHooks({
    load(url, context, next) {
      const name = url.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/)?.[1];
      if (name) byPackage[name] = (byPackage[name] ?? 0) + 1;
      return next(url, context);
    },
  });
  process.on('exit', () => process.stdout.write(JSON.stringify(byPackage)));
`;

async function modulesLoadedBy(file: string): Promise<Record<string, number>> {
  const hook = `data:text/javascript,${encodeURIComponent(countingHook)}`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', hook, '--input-type=module', '-e', `await import(${JSON.stringify(file)})`], {
    env: { PATH: process.env.PATH },
  });
  return JSON.parse(stdout) as Record<string, number>;
}

describe('what starting Porter loads', () => {
  // date-fns-tz's index brings in all of date-fns, some 300 modules, for the one function the schedule uses:
  // measured at 2.4 s of a 4 s start on a two-core machine.
  it('takes the one date-fns-tz function it uses, not the package’s index and all of date-fns with it', async () => {
    const loaded = await modulesLoadedBy(appFile);
    expect(loaded['date-fns-tz']).toBeGreaterThan(0);
    expect(loaded['date-fns'] ?? 0).toBeLessThan(20);
    expect(loaded['date-fns-tz']).toBeLessThan(20);
  });
});
