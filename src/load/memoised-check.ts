import { isDiagnostic, type Diagnostic } from '../lib/diagnostics.js';
import type { Cache } from '../load/cache/cache.js';
import type { SourceFile } from '../load/source-file.js';

const REQUEST = { command: 'lint' } as const;

/**
 * The lint rules look at the whole workspace (a spec's deviation against every requirement, wording across files)
 * and nothing else: their findings are a function of the tool and of every input file's path and bytes, and are
 * kept in the cache's memo under that key. A run with the same key (a rebuild with nothing changed, a second
 * validate) takes them instead of running the rules.
 */
export function memoisedCheck(cache: Cache, sources: readonly SourceFile[], run: () => Diagnostic[]): Diagnostic[] {
  const kept = readFindings(cache.memo.get(REQUEST, sources));
  if (kept) return kept;
  const findings = run();
  cache.memo.put(REQUEST, sources, JSON.stringify(findings));
  return findings;
}

function readFindings(body: Buffer | undefined): Diagnostic[] | undefined {
  if (!body) return undefined;
  try {
    const findings = JSON.parse(body.toString('utf8')) as unknown;
    return Array.isArray(findings) && findings.every(isDiagnostic) ? findings : undefined;
  } catch {
    return undefined;
  }
}
