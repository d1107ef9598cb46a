import type { TestProject } from 'vitest/node';
import { buildCli } from '../hostile/support/built-cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the bin script of the CLI compiled once for the e2e run (test/hostile/support/built-cli.ts) */
    compiledCli: string;
  }
}

/**
 * The e2e project's global setup: compiles the CLI once (about 9 s of esbuild and precompiled validators) for every
 * test file that runs it as a user does; `inject('compiledCli')` gives its bin script.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cli = await buildCli();
  project.provide('compiledCli', cli.bin);
  return cli.dispose;
}
