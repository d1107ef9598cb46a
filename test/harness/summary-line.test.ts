import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * The summary line that CI reads tells the truth: run vitest with the project's reporter on a project that fails
 * in every way vitest knows (a failed test, a failed beforeAll, a failed afterAll, a file that cannot be imported).
 */
const PROJECT = fileURLToPath(new URL('../fixtures/reporter/', import.meta.url));
const VITEST = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

it('counts failed hooks, the tests they kept from running and files that did not load as failed', () => {
  const run = spawnSync(process.execPath, [VITEST, 'run'], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  expect(run.status).toBe(1);
  const lines = run.stdout.trim().split('\n');
  // passes + the test before the failing afterAll; fails + 2 kept by beforeAll + afterAll + the unloadable file
  expect(lines.at(-1)).toBe('2 passed, 5 failed, 1 skipped');
});
