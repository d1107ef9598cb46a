import path from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.js';
import type { SourceFile } from '../source-file.js';
import { readSealedJson, sealedJson } from './sealed-json.js';
import { inputsKey } from './inputs-key.js';
import { writeCacheFile } from './write-cache-file.js';

/** Where the lint findings of the last run are kept. */
export function lintCacheFile(root: string): string {
  return path.join(root, 'out', '.cache', 'lint-findings.json');
}

/**
 * The lint rules look at the whole workspace (a spec's deviation against every requirement, wording across files)
 * and nothing else: their findings are a function of the tool and of every input file's path and bytes. The
 * findings of the last run are kept under that key; a run with the same key (a rebuild with nothing changed, a
 * second validate) takes them instead of running the rules. Any other key runs them and replaces the entry. The
 * entry carries the SHA-256 of its findings: an unreadable, edited or damaged one counts as absent, and failing to
 * write one never fails the command.
 */
export function cachedLint(root: string, sources: readonly SourceFile[], run: () => Diagnostic[]): Diagnostic[] {
  const file = lintCacheFile(root);
  const key = inputsKey({ command: 'lint' }, sources);
  const kept = readFindings(file, key);
  if (kept) return kept;
  const findings = run();
  writeCacheFile(file, sealedJson({ key }, 'findings', JSON.stringify(findings)));
  return findings;
}

function readFindings(file: string, key: string): Diagnostic[] | undefined {
  const data = readSealedJson(file, 'findings');
  const findings = data?.['findings'];
  return data && data['key'] === key && Array.isArray(findings) && findings.every(isDiagnostic) ? findings : undefined;
}

function isDiagnostic(value: unknown): value is Diagnostic {
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
