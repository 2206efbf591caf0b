import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/**
 * A Vitest reporter for `npm test` that writes, to the file named by FAILURE_DIGEST, what failed:
 * each failed test and each failure outside a test (a hook, a file that did not load, an unhandled
 * error), with the first lines of its error and what it printed to stderr (a journey's diary, a
 * setup's last step). `npm test` prints the digests last, so the end of a long CI log says why.
 */
export default class FailureDigest implements Reporter {
  private readonly stderr = new Map<string, string[]>();

  onUserConsoleLog(log: { content: string; type: 'stdout' | 'stderr'; taskId?: string }): void {
    if (log.type !== 'stderr' || !log.taskId) return;
    const logs = this.stderr.get(log.taskId) ?? [];
    logs.push(log.content);
    this.stderr.set(log.taskId, logs);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<{ name?: string; message?: string; stack?: string }>): void {
    const file = process.env.FAILURE_DIGEST;
    if (!file) return;
    const entries = [
      ...modules.flatMap((module) => this.moduleEntries(module)),
      ...unhandled.map((error) => formatEntry('an error outside any test', [errorLines(error)], [])),
    ];
    writeFileSync(file, entries.join('\n\n'));
  }

  private moduleEntries(module: TestModule): string[] {
    const where = module.relativeModuleId;
    const ownErrors = module.errors();
    const entries = ownErrors.length > 0 ? [formatEntry(`${where} (loading, or a hook of the file)`, ownErrors.map(errorLines), this.logsOf(module.id))] : [];
    for (const suite of module.children.allSuites()) entries.push(...this.suiteEntries(where, suite));
    for (const test of module.children.allTests('failed')) entries.push(this.testEntry(where, test));
    return entries;
  }

  private suiteEntries(where: string, suite: TestSuite): string[] {
    const errors = suite.errors();
    if (errors.length === 0) return [];
    return [formatEntry(`${where} > ${suite.fullName} (a hook: its tests did not run)`, errors.map(errorLines), this.logsOf(suite.id))];
  }

  private testEntry(where: string, test: TestCase): string {
    const result = test.result();
    const errors = result.state === 'failed' ? result.errors : [];
    return formatEntry(`${where} > ${test.fullName}`, errors.map(errorLines), this.logsOf(test.id));
  }

  private logsOf(taskId: string): string[] {
    return this.stderr.get(taskId) ?? [];
  }
}

// Enough to say what went wrong and where; the step's own log above has the rest.
const errorLineLimit = 6;
const logLineLimit = 60;

function errorLines(error: { name?: string; message?: string; stack?: string }): string {
  const message = stripColour(`${error.name ?? 'Error'}: ${error.message ?? ''}`).split('\n').slice(0, errorLineLimit);
  const ownFrame = stripColour(error.stack ?? '')
    .split('\n')
    .find((line) => /^\s*at /.test(line) && !line.includes('node_modules') && !line.includes('node:'));
  return [...message, ...(ownFrame ? [ownFrame.trim().replace(`${process.cwd()}/`, '')] : [])].join('\n');
}

function formatEntry(title: string, errors: string[], logs: string[]): string {
  const logLines = stripColour(logs.join('')).trimEnd().split('\n').filter(Boolean);
  const shown = logLines.length > logLineLimit ? [`… ${logLines.length - logLineLimit} earlier lines in the step's log`, ...logLines.slice(-logLineLimit)] : logLines;
  return [`✗ ${title}`, ...errors.map((error) => indent(error)), ...shown.map((line) => `  | ${line}`)].join('\n');
}

const indent = (text: string) => text.split('\n').map((line) => `  ${line}`).join('\n');

// eslint-disable-next-line no-control-regex -- the colour codes are control characters
const stripColour = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
