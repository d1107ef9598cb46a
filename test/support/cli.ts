import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; cache?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { ...options.env },
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
    ...(options.cache !== undefined ? { cache: options.cache } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
