import type { Diagnostic } from './diagnostics.js';

/**
 * What every command's library function returns: `ok` with its value, `invalid` with the diagnostics of the inputs
 * that stopped it (exit 1), or `usage` when the command was called wrongly (exit 2). A refusal that has no position
 * in a file is a diagnostic of the file it concerns (`fileDiagnostic`), never a bare string.
 */
export type Result<T extends object = object> = ({ kind: 'ok' } & T) | Invalid | Usage;

export interface Invalid {
  kind: 'invalid';
  diagnostics: Diagnostic[];
}

export interface Usage {
  kind: 'usage';
  message: string;
}

export function invalidResult(diagnostics: Diagnostic[]): Invalid {
  return { kind: 'invalid', diagnostics };
}

export function usageResult(message: string): Usage {
  return { kind: 'usage', message };
}
