/**
 * `npm test`: typecheck, lint and a production build of the web app side by side; then the server
 * suites (SQLite, plus PostgreSQL when TEST_DATABASE_URL is set) beside the browser journeys (when
 * Chromium is installed; split between the two databases when both are there). A missing
 * PostgreSQL or Chromium is skipped with a loud line, unless REQUIRE_POSTGRES=1 / REQUIRE_E2E=1
 * make it a failure.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { readJourneySeconds, splitInTwo } from './journey-split.ts';
import { formatSummary } from './test-summary.ts';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC' };
const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const notRun: string[] = [];
/** What failed in each step, printed again at the very end: a CI log is often read from its tail. */
const digests: { step: string; text: string }[] = [];

function banner(text: string): void {
  console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

function loud(text: string): void {
  console.log(`\n!!!!!!!!!! ${text} !!!!!!!!!!\n`);
}

type VitestStep = { step: string; project: string; extraEnv?: Record<string, string>; files?: string[] };

/** Fresh places for a step's JSON report and digest of failures, and the arguments that write them. */
function vitestCommand({ project, extraEnv = {}, files = [] }: VitestStep): { report: string; digest: string; args: string[] } {
  const name = `${project}${extraEnv.E2E_DATABASE ? `-${extraEnv.E2E_DATABASE}` : ''}`;
  const report = path.join(root, 'test-results', `${name}.json`);
  const digest = path.join(root, 'test-results', `${name}.failures.txt`);
  mkdirSync(path.dirname(report), { recursive: true });
  for (const file of [report, digest]) rmSync(file, { force: true });
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`, `--reporter=${path.join(root, 'scripts', 'failure-digest.ts')}`];
  return { report, digest, args: ['run', '--project', project, ...reporters, ...files] };
}

type Step = { step: string; command: string; args: string[]; extraEnv?: Record<string, string>; report?: string; digest?: string };

function commandStep(step: string, name: string, args: string[]): Step {
  return { step, command: bin(name), args };
}

function vitestStep(vitest: VitestStep): Step {
  const { report, digest, args } = vitestCommand(vitest);
  return { step: vitest.step, command: bin('vitest'), args, extraEnv: { ...vitest.extraEnv, FAILURE_DIGEST: digest }, report, digest };
}

/**
 * Runs steps side by side, each into its own log, printed whole once it ends. The machine has two
 * cores, and no one step keeps both busy all the time: the journeys wait on pages, the server
 * suites on the database. Measured on an idle two-core machine (busy CPU seconds from /proc/stat
 * against wall seconds): the server suites 326 in 211, the two journey halves 645 in 418.
 */
async function runTogether(steps: Step[]): Promise<boolean[]> {
  banner(`${steps.map((s) => s.step).join(', ')}: side by side`);
  const started = performance.now();
  const results = await Promise.all(
    steps.map(async ({ step, command, args, extraEnv = {}, report, digest }) => {
      const log = path.join(root, 'test-results', `${step.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase()}.log`);
      mkdirSync(path.dirname(log), { recursive: true });
      const ok = await new Promise<boolean>((resolve) => {
        const out = openSync(log, 'w');
        const child = spawn(command, args, { cwd: root, stdio: ['ignore', out, out], env: { ...env, ...extraEnv } });
        child.on('close', (code) => {
          closeSync(out);
          resolve(code === 0);
        });
      });
      banner(step);
      console.log(readFileSync(log, 'utf8'));
      console.log(`\n${step}: ${Math.round((performance.now() - started) / 1000)} s (started with the others)`);
      if (!ok) failures.push(step);
      if (report) countReport(step, ok, report);
      if (digest && existsSync(digest) && readFileSync(digest, 'utf8').trim()) digests.push({ step, text: readFileSync(digest, 'utf8') });
      return ok;
    }),
  );
  console.log(`\nside by side: ${Math.round((performance.now() - started) / 1000)} s`);
  return results;
}

function countReport(step: string, ok: boolean, report: string): void {
  if (!existsSync(report)) {
    if (ok) failures.push(`${step} (no report)`);
    totals.failed += 1;
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTests: number };
  totals.passed += summary.numPassedTests;
  totals.failed += summary.numFailedTests;
  totals.skipped += summary.numPendingTests;
  if (summary.numTotalTests === 0) failures.push(`${step} ran no test`);
}

/**
 * With both databases at hand, each journey runs once, on one of them, in two halves of about equal length:
 * both are driven through the browser, and the suite takes the time of one pass. Every data
 * test still runs on both, in the server suites.
 */
function splitJourneys(): { sqlite: string[]; postgres: string[] } {
  const journeys = readdirSync(path.join(root, 'e2e'))
    .filter((name) => name.endsWith('.e2e.ts'))
    .map((name) => ({ file: `e2e/${name}`, size: statSync(path.join(root, 'e2e', name)).size }));
  // By last measured seconds, not bytes: a short file that waits on a whole office's lists outlasts a long one.
  const [sqlite, postgres] = splitInTwo(journeys, readJourneySeconds(path.join(root, 'scripts', 'journey-seconds.json')));
  return { sqlite, postgres };
}

const postgresUrl = env.TEST_DATABASE_URL;
if (!postgresUrl) {
  if (env.REQUIRE_POSTGRES === '1') {
    loud('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: cannot run the PostgreSQL suites');
    failures.push('PostgreSQL required but not configured');
  } else {
    loud('SKIPPING the PostgreSQL runs: set TEST_DATABASE_URL=postgres://… to run every data test on PostgreSQL too');
    notRun.push('every data test and browser journey on PostgreSQL (set TEST_DATABASE_URL=postgres://…)');
  }
}
const hasChromium = existsSync(chromium);
if (!hasChromium) {
  if (env.REQUIRE_E2E === '1') {
    loud(`REQUIRE_E2E=1 but Chromium is not at ${chromium}: cannot run the browser journeys`);
    failures.push('Chromium required but missing');
  } else {
    loud(`SKIPPING the browser journeys: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
    notRun.push(`the browser journeys (no Chromium at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH)`);
  }
}

const serverTests = vitestStep({ step: `server tests (SQLite${postgresUrl ? ' + PostgreSQL' : ''})`, project: 'server' });
const [, , built] = await runTogether([
  commandStep('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']),
  commandStep('lint', 'eslint', ['--max-warnings', '0', '.']),
  ...(hasChromium ? [commandStep('web build', 'vite', ['build', '--logLevel', 'warn'])] : []),
]);
if (hasChromium && built) {
  // With both databases at hand, each journey runs once, on one of them, while the server suites run.
  const journeys = postgresUrl ? splitJourneys() : { sqlite: undefined, postgres: undefined };
  await runTogether([
    serverTests,
    vitestStep({ step: 'browser journeys (Chromium, SQLite)', project: 'e2e', extraEnv: { CHROMIUM_PATH: chromium, E2E_DATABASE: 'sqlite' }, files: journeys.sqlite }),
    ...(journeys.postgres ? [vitestStep({ step: 'browser journeys (Chromium, PostgreSQL)', project: 'e2e', extraEnv: { CHROMIUM_PATH: chromium, E2E_DATABASE: 'postgres' }, files: journeys.postgres })] : []),
  ]);
} else {
  await runTogether([serverTests]);
}

for (const { step, text } of digests) {
  banner(`what failed: ${step}`);
  console.log(text);
}
banner('summary');
console.log(formatSummary(totals, notRun, failures));
process.exitCode = failures.length > 0 || totals.failed > 0 ? 1 : 0;
