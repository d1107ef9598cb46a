import type { Diagnostic } from '../lib/diagnostics.js';
import { EXIT, UsageError } from './io.js';
import type { CommandResult } from './finish.js';

/** What a report command's library function returns. */
export type ReportResult =
  | { kind: 'ok'; output: string | Uint8Array }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

/**
 * A report command's result: wrong usage throws (exit 2), an invalid workspace gives its diagnostics (exit 1),
 * a report goes to --out (written atomically) or to standard output (exit 0).
 */
export function reportResult(result: ReportResult, out: string | undefined): CommandResult {
  if (result.kind === 'usage') throw new UsageError(result.message);
  if (result.kind === 'invalid') return { exit: EXIT.inputErrors, diagnostics: result.diagnostics };
  return { exit: EXIT.ok, report: result.output, ...(out ? { out } : {}) };
}
