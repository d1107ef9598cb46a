import type { Reporter, TestModule, TestSuite } from 'vitest/node';

type Parent = TestModule | TestSuite;

/**
 * Ends the run with one line, `N passed, N failed, N skipped`, that CI and people read. Failed counts every failed
 * test, every test that could not run because a hook or the file around it failed (vitest marks those skipped), a
 * failed hook whose tests passed, a file that could not be collected, and every unhandled error.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const broken = (parent: Parent): boolean =>
      parent.errors().length > 0 || (parent.type === 'suite' && broken(parent.parent));
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || broken(test.parent)) failed++;
        else skipped++;
      }
      // a file or suite with errors of its own (collection, beforeAll, afterAll) none of whose tests failed for it
      const parents: Parent[] = [module, ...module.children.allSuites()];
      for (const parent of parents) {
        if (parent.errors().length === 0) continue;
        const within = parent.type === 'module' ? tests : [...parent.children.allTests()];
        if (within.every((t) => t.result().state === 'passed')) failed++;
      }
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
