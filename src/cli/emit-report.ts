import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';

/** What a report command's library function returns. */
export type ReportResult =
  | { kind: 'ok'; output: string | Uint8Array }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

/**
 * The common ending of a report command: wrong usage throws (exit 2), an invalid workspace prints its diagnostics
 * (exit 1), a report goes to --out (written atomically) or to standard output (exit 0).
 */
export async function emitReport(
  io: CliIO,
  setExit: (code: number) => void,
  result: ReportResult,
  out: string | undefined,
): Promise<void> {
  if (result.kind === 'usage') throw new UsageError(result.message);
  if (result.kind === 'invalid') {
    printDiagnostics(io, result.diagnostics);
    setExit(EXIT.inputErrors);
    return;
  }
  if (out) {
    const { writeFileAtomically } = await import('../write/write-atomic.js');
    const target = path.resolve(io.cwd, out);
    await writeFileAtomically(target, result.output);
    if (io.isTTY) io.stderr(`wrote ${path.relative(io.cwd, target)}\n`);
  } else {
    io.stdout(typeof result.output === 'string' ? result.output : new TextDecoder().decode(result.output));
  }
  setExit(EXIT.ok);
}
