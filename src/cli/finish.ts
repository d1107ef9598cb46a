import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { diagnosticsJson, printDiagnostics, shownDiagnostics } from './print-diagnostics.js';

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * What every command returns. `finish` prints it: diagnostics first (stderr), then the notes (stderr), then the
 * report (to `out` when set, written atomically, else stdout); the exit code is `exit`.
 */
export interface CommandResult {
  exit: ExitCode;
  diagnostics?: readonly Diagnostic[];
  /** lines for a person on stderr, such as "nothing was written: fix the errors above" */
  notes?: readonly string[];
  /** the report or the summary of what was made */
  report?: string | Uint8Array;
  /** write the report to this file (relative to the working folder) instead of standard output */
  out?: string;
  /**
   * The format the command was asked for. `json` or `sarif` with no report: the diagnostics are the report, on
   * standard output, in the shape of `validate --format json` (or SARIF 2.1.0), whatever the command.
   */
  format?: string;
}

/** The one place a command's result reaches the terminal; returns the exit code. */
export async function finish(io: CliIO, result: CommandResult): Promise<number> {
  const asData = result.report === undefined && (result.format === 'json' || result.format === 'sarif');
  if (asData) {
    const diagnostics = result.diagnostics ?? [];
    io.stdout(json(result.format === 'sarif' ? await sarif(io, diagnostics) : diagnosticsJson(io, diagnostics)));
  } else if (result.diagnostics) printDiagnostics(io, result.diagnostics);
  for (const note of result.notes ?? []) io.stderr(`${note}\n`);
  if (result.report !== undefined) {
    if (result.out) {
      const { writeFileAtomically } = await import('../write/write-atomic.js');
      const target = path.resolve(io.cwd, result.out);
      await writeFileAtomically(target, result.report);
      if (io.isTTY) io.stderr(`wrote ${path.relative(io.cwd, target)}\n`);
    } else {
      io.stdout(typeof result.report === 'string' ? result.report : new TextDecoder().decode(result.report));
    }
  }
  return result.exit;
}

/** Ends a command whose inputs have errors: the diagnostics, then that nothing was written (when it writes). */
export function invalid(diagnostics: readonly Diagnostic[], nothingWritten?: string): CommandResult {
  return {
    exit: EXIT.inputErrors,
    diagnostics,
    ...(nothingWritten ? { notes: [`nothing was written: fix the errors above and ${nothingWritten} again`] } : {}),
  };
}

/** Throws the usage error of a `{ kind: 'usage' }` outcome; a no-op otherwise. */
export function refuseUsage(outcome: { kind: string; message?: string }): void {
  if (outcome.kind === 'usage') throw new UsageError(outcome.message ?? 'wrong usage');
}

/** A JSON report as the tool prints it: two-space indent, a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The diagnostics as a SARIF 2.1.0 log, with every lint rule described. */
async function sarif(io: CliIO, diagnostics: readonly Diagnostic[]): Promise<unknown> {
  const [{ sarifLog }, { RULES }, { TOOL_NAME, TOOL_VERSION }] = await Promise.all([
    import('../interchange/sarif/sarif-log.js'),
    import('../check/registry.js'),
    import('../lib/version.js'),
  ]);
  const rules = RULES.map((r) => ({ id: r.id, description: r.description, severity: r.severity }));
  return sarifLog(shownDiagnostics(io, diagnostics), rules, { name: TOOL_NAME, version: TOOL_VERSION });
}
