import { describe, expect, it } from 'vitest';
import { formatSummary } from './test-summary.ts';

describe('the npm test summary', () => {
  it('counts a suite that did not run as skipped and names it', () => {
    const summary = formatSummary({ passed: 265, failed: 0, skipped: 0 }, ['every data test on PostgreSQL (set TEST_DATABASE_URL)'], []);
    expect(summary).toContain('265 passed, 0 failed, 1 skipped (1 whole suite)');
    expect(summary).toContain('NOT RUN: every data test on PostgreSQL (set TEST_DATABASE_URL)');
    expect(summary).not.toContain('0 skipped');
  });

  it('says 0 skipped only when everything ran', () => {
    expect(formatSummary({ passed: 500, failed: 1, skipped: 0 }, [], ['lint'])).toBe('Failed steps: lint\n500 passed, 1 failed, 0 skipped');
  });
});
