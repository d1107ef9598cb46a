import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` (test/**\/*.test.ts) calls tenderkit's functions in-process on small fixtures: seconds, the
 * loop to run while coding (`npx vitest run --project unit`). `e2e` (test/**\/*.e2e.test.ts) reads what tenderkit
 * writes with outside tools (pandoc over the docs, the Office schemas, LibreOffice, Chromium, the eForms SDK's
 * Schematron) or runs a compiled CLI: the slow part. `npm test` runs both; vitest orders the projects by name, so
 * the long e2e files start first and the unit files fill the workers around them.
 *
 * One worker per core (vitest's default leaves one core idle: half the speed on a 2-core machine). A test without an
 * assertion fails (`expect.requireAssertions`); a test whose outside tool is missing is skipped with `skipIf` (and
 * fails in CI, see test/support/outside-tools.ts), never returns early and passes.
 */
const E2E = 'test/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: Math.max(1, os.availableParallelism()),
    expect: { requireAssertions: true },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [E2E] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [E2E],
          globalSetup: ['./test/support/compiled-cli-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 1_200_000,
        },
      },
    ],
  },
});
