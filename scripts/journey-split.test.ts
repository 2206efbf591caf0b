import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { estimateSeconds, splitInTwo, updateJourneySeconds } from './journey-split.ts';

describe('splitting the journeys between the two databases', () => {
  it('balances measured seconds, not bytes: one long wait outweighs two long files', () => {
    const journeys = [
      { file: 'e2e/long-text.e2e.ts', size: 20_000 },
      { file: 'e2e/longer-text.e2e.ts', size: 22_000 },
      { file: 'e2e/slow.e2e.ts', size: 5_000 },
    ];
    const [first, second] = splitInTwo(journeys, { 'e2e/long-text.e2e.ts': 30, 'e2e/longer-text.e2e.ts': 40, 'e2e/slow.e2e.ts': 80 });
    expect(first).toEqual(['e2e/slow.e2e.ts']);
    expect(second).toEqual(['e2e/longer-text.e2e.ts', 'e2e/long-text.e2e.ts']);
  });

  it('weighs a journey not measured yet by its size, at the measured journeys’ seconds per byte', () => {
    const seconds = estimateSeconds(
      [
        { file: 'e2e/a.e2e.ts', size: 1_000 },
        { file: 'e2e/b.e2e.ts', size: 3_000 },
        { file: 'e2e/new.e2e.ts', size: 2_000 },
      ],
      { 'e2e/a.e2e.ts': 10, 'e2e/b.e2e.ts': 30 },
    );
    expect(seconds.get('e2e/new.e2e.ts')).toBe(20);
  });

  it('splits by size alone while nothing is measured, every journey in exactly one half', () => {
    const journeys = [4, 3, 2, 1].map((kb) => ({ file: `e2e/${kb}.e2e.ts`, size: kb * 1_000 }));
    const [first, second] = splitInTwo(journeys, {});
    expect(first).toEqual(['e2e/4.e2e.ts', 'e2e/1.e2e.ts']);
    expect(second).toEqual(['e2e/3.e2e.ts', 'e2e/2.e2e.ts']);
  });
});

describe('refreshing the measured seconds from a run’s reports', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the times of journeys that passed and keeps the old time of one that failed', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'porter-journey-seconds-'));
    const table = path.join(dir, 'journey-seconds.json');
    updateJourneySeconds(table, [{ testResults: [{ name: '/repo/e2e/old.e2e.ts', startTime: 0, endTime: 50_000, status: 'passed' }] }], '/repo');
    updateJourneySeconds(
      table,
      [
        { testResults: [{ name: '/repo/e2e/old.e2e.ts', startTime: 0, endTime: 5_000, status: 'failed' }] },
        { testResults: [{ name: '/repo/e2e/new.e2e.ts', startTime: 1_000, endTime: 13_400, status: 'passed' }] },
      ],
      '/repo',
    );
    expect(JSON.parse(readFileSync(table, 'utf8'))).toEqual({ 'e2e/new.e2e.ts': 12, 'e2e/old.e2e.ts': 50 });
  });
});
