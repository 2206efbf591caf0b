import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] }[] };

/** Runs axe-core in the page and returns its serious and critical violations, in words a reader can act on. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluating axe's half a megabyte took a second or two on a busy CI machine: a page keeps it
  // until it loads another document, so every check after the first on that page reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(describeNode).join(', ')}`);
}

// A contrast finding names its two colours and their ratio, so the fix can be checked by hand.
function describeNode(node: AxeViolation['nodes'][number]): string {
  const data = node.any[0]?.data;
  const colours = data?.contrastRatio ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1)` : '';
  return `${node.target.join(' ')}${colours}`;
}
