/** A problem found in the inputs. Diagnostics are values: stages return them, only bugs throw. */
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/** Another place that a diagnostic points to: the other file of a duplicate id, the spec that a deviation names. */
export interface RelatedLocation extends Position {
  file: string;
  message: string;
}

/**
 * `line` and `column` are 0 for a problem of the whole file, which has no position (a file that cannot be read, a
 * package that is not a Word document, a folder that is not a git repository): it prints as `path: error …`.
 */
export interface Diagnostic extends Position {
  severity: Severity;
  rule: string;
  message: string;
  /**
   * path relative to the workspace root, with forward slashes; a file outside the workspace (one being imported)
   * by its absolute path, which the printer shows relative to the working folder
   */
  file: string;
  /** where the offending text ends (1-based, exclusive column), when known */
  endLine?: number;
  endColumn?: number;
  /** other places the problem involves */
  related?: RelatedLocation[];
  /** where the rule is documented */
  url?: string;
}

export const START: Position = { line: 1, column: 1 };

/** The position of a problem of a whole file. */
export const WHOLE_FILE: Position = { line: 0, column: 0 };

/** A problem of a whole file, without a position: printed `path: severity message [rule]`. */
export function fileDiagnostic(rule: string, message: string, file: string, severity: Severity = 'error'): Diagnostic {
  return diagnostic(severity, rule, message, file, WHOLE_FILE);
}

export function diagnostic(
  severity: Severity,
  rule: string,
  message: string,
  file: string,
  at: Position = START,
): Diagnostic {
  return { severity, rule, message, file, line: at.line, column: at.column };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, then position, then severity, then rule. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** `path:line:column: severity message [rule]`, or `path: severity message [rule]` for a problem of the whole file. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where}: ${d.severity} ${d.message} [${d.rule}]`;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
}

export function summarise(list: readonly Diagnostic[]): DiagnosticSummary {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Whether a value read back from elsewhere (a cache, a worker) has the shape of a diagnostic. */
export function isDiagnostic(value: unknown): value is Diagnostic {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    (d['severity'] === 'error' || d['severity'] === 'warning' || d['severity'] === 'info') &&
    typeof d['rule'] === 'string' &&
    typeof d['message'] === 'string' &&
    typeof d['file'] === 'string' &&
    Number.isSafeInteger(d['line']) &&
    Number.isSafeInteger(d['column'])
  );
}
