import path from 'node:path';
import { formatDiagnostic, sortDiagnostics, summarise, type Diagnostic } from '../lib/diagnostics.js';
import type { CliIO } from './io.js';

export function useColour(io: CliIO): boolean {
  return io.isTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;

/**
 * The path a person reads: workspace paths as they are (relative to the root), a file outside the workspace (one
 * being imported) relative to the working folder.
 */
export function shownPath(io: CliIO, file: string): string {
  return path.isAbsolute(file) ? path.relative(io.cwd, file).split(path.sep).join('/') || '.' : file;
}

/** The diagnostics with the paths a person reads, sorted. */
export function shownDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return sortDiagnostics(
    diagnostics.map((d) => ({
      ...d,
      file: shownPath(io, d.file),
      ...(d.related ? { related: d.related.map((r) => ({ ...r, file: shownPath(io, r.file) })) } : {}),
    })),
  );
}

/** Diagnostics to stderr, one per line, sorted; a summary line when there are any. */
export function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): void {
  const colour = useColour(io);
  for (const d of shownDiagnostics(io, diagnostics)) {
    const line = formatDiagnostic(d);
    io.stderr(
      colour ? `${line.replace(` ${d.severity} `, ` ${COLOURS[d.severity]}${d.severity}\x1b[0m `)}\n` : `${line}\n`,
    );
    for (const r of d.related ?? [])
      io.stderr(`  ${r.line > 0 ? `${r.file}:${r.line}:${r.column}` : r.file}: ${r.message}\n`);
  }
  const { errors, warnings } = summarise(diagnostics);
  if (errors || warnings)
    io.stderr(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
}

/** The diagnostics as `validate --format json` prints them: every command's failure in JSON has this shape. */
export function diagnosticsJson(io: CliIO, diagnostics: readonly Diagnostic[]): unknown {
  return { diagnostics: shownDiagnostics(io, diagnostics), summary: summarise(diagnostics) };
}
