/** The process edges a command may touch: streams and the environment. Tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
  /** keep parsed YAML in the workspace's out/.cache between runs; on for the real process, off unless asked in tests */
  cache?: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    cache: process.env['TENDERKIT_CACHE'] !== 'off',
  };
}

/** Exit codes: 0 fine, 1 the inputs have errors (or verify found a mismatch), 2 usage or internal failure. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

/** Thrown for wrong usage detected after parsing (e.g. an unknown spec named on the command line). */
export class UsageError extends Error {}
