/**
 * Splits the browser journeys into the two halves `npm test` runs side by side, one per database.
 * The halves should end together, since the longer one sets the suite's time: each journey weighs
 * its last measured seconds (scripts/journey-seconds.json), and a journey not measured yet weighs
 * what its size suggests at the measured journeys' seconds per byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Journey {
  file: string;
  /** Bytes on disk: the stand-in for a journey not yet measured. */
  size: number;
}

export type JourneySeconds = Record<string, number>;

/** Each journey's expected seconds: measured when known, estimated from its size when not. */
export function estimateSeconds(journeys: Journey[], measured: JourneySeconds): Map<string, number> {
  const known = journeys.filter((j) => measured[j.file] !== undefined);
  const knownBytes = known.reduce((sum, j) => sum + j.size, 0);
  const knownSeconds = known.reduce((sum, j) => sum + measured[j.file]!, 0);
  // With nothing measured, bytes alone rank the journeys, as before the table existed.
  const secondsPerByte = knownBytes > 0 ? knownSeconds / knownBytes : 1;
  return new Map(journeys.map((j) => [j.file, measured[j.file] ?? j.size * secondsPerByte]));
}

/** Longest first, each to the half with less to do so far. */
export function splitInTwo(journeys: Journey[], measured: JourneySeconds): [string[], string[]] {
  const seconds = estimateSeconds(journeys, measured);
  const ordered = [...journeys].sort((a, b) => seconds.get(b.file)! - seconds.get(a.file)! || a.file.localeCompare(b.file));
  const halves: [{ files: string[]; seconds: number }, { files: string[]; seconds: number }] = [{ files: [], seconds: 0 }, { files: [], seconds: 0 }];
  for (const { file } of ordered) {
    const lighter = halves[0].seconds <= halves[1].seconds ? halves[0] : halves[1];
    lighter.files.push(file);
    lighter.seconds += seconds.get(file)!;
  }
  return [halves[0].files, halves[1].files];
}

export function readJourneySeconds(table: string): JourneySeconds {
  try {
    return JSON.parse(readFileSync(table, 'utf8')) as JourneySeconds;
  } catch {
    return {};
  }
}

type VitestReport = { testResults: { name: string; startTime: number; endTime: number; status: string }[] };

/**
 * The seconds each journey took in vitest JSON reports, merged into the table: journeys that
 * passed get their new time; the rest keep their old one. Seconds are rounded to whole ones.
 */
export function updateJourneySeconds(table: string, reports: VitestReport[], root: string): JourneySeconds {
  const seconds: JourneySeconds = { ...readJourneySeconds(table) };
  for (const report of reports) {
    for (const result of report.testResults) {
      if (result.status !== 'passed') continue;
      const file = result.name.startsWith(root) ? result.name.slice(root.length + 1) : result.name;
      seconds[file] = Math.max(1, Math.round((result.endTime - result.startTime) / 1000));
    }
  }
  const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(table, `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
}

// `node scripts/journey-split.ts test-results/e2e-sqlite.json test-results/e2e-postgres.json`, after
// `npm test`, refreshes the table from that run's reports.
if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..');
  const reports = process.argv.slice(2).map((report) => JSON.parse(readFileSync(report, 'utf8')) as VitestReport);
  const table = updateJourneySeconds(path.join(root, 'scripts', 'journey-seconds.json'), reports, root);
  console.log(`${Object.keys(table).length} journeys' seconds written to scripts/journey-seconds.json`);
}
