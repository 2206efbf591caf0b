/** The last lines of `npm test`: counts, and every suite that did not run, so a skip is never silent. */
export type Totals = { passed: number; failed: number; skipped: number };

export function formatSummary(totals: Totals, notRun: string[], failures: string[]): string {
  const lines: string[] = [];
  if (failures.length > 0) lines.push(`Failed steps: ${failures.join(', ')}`);
  const skipped = totals.skipped + notRun.length;
  const skippedWords = notRun.length > 0 ? `${skipped} skipped (${notRun.length} whole ${notRun.length === 1 ? 'suite' : 'suites'})` : `${skipped} skipped`;
  lines.push(`${totals.passed} passed, ${totals.failed} failed, ${skippedWords}`);
  for (const suite of notRun) lines.push(`  NOT RUN: ${suite}`);
  return lines.join('\n');
}
