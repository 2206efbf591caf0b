import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'web/**/*.test.ts'],
          env: { TZ: 'UTC' },
          // Only a stuck test should trip these: on a busy two-core CI machine the suite ran twice as
          // slow as on an idle one, and dropping a PostgreSQL database alone outlasted 30 s.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Measured on the two-core CI machine: 643 s with each file importing the app afresh in
          // one worker, 199 s sharing imports in two. No test mocks a module, so nothing leaks.
          isolate: false,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          // Journeys wait on what the page shows, never on a timer. The limits below only stop a
          // journey that is truly stuck; a busy two-core CI machine must not trip them.
          expect: { poll: { timeout: 90_000, interval: 100 } },
          env: { TZ: 'UTC' },
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Each file starts its own Porter and browser; importing the app once saves a minute of CI.
          isolate: false,
        },
      },
    ],
  },
});
