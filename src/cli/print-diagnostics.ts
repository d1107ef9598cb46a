import { formatDiagnostic, sortDiagnostics, summarise, type Diagnostic } from '../lib/diagnostics.js';
import type { CliIO } from './io.js';

export function useColour(io: CliIO): boolean {
  return io.isTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;

/** Diagnostics to stderr, one per line, sorted; a summary line when there are any. */
export function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): void {
  const colour = useColour(io);
  for (const d of sortDiagnostics(diagnostics)) {
    const line = formatDiagnostic(d);
    io.stderr(
      colour ? `${line.replace(` ${d.severity} `, ` ${COLOURS[d.severity]}${d.severity}\x1b[0m `)}\n` : `${line}\n`,
    );
  }
  const { errors, warnings } = summarise(diagnostics);
  if (errors || warnings)
    io.stderr(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
}
