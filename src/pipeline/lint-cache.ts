import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { TOOL_NAME, TOOL_VERSION, toolBuild } from '../version.js';
import type { SourceFile } from '../workspace/source-file.js';
import { sha256 } from '../workspace/source-file.js';
import { writeCacheFile } from '../workspace/write-cache-file.js';

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
  const key = lintKey(sources);
  const kept = readFindings(file, key);
  if (kept) return kept;
  const findings = run();
  const text = JSON.stringify(findings);
  writeCacheFile(file, `{"key":"${key}","sha256":"${sha256(text)}","findings":${text}}\n`);
  return findings;
}

/** The tool (version and build) and every input file's path and content hash, in path order. */
export function lintKey(sources: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  hash.update(`${TOOL_NAME} ${TOOL_VERSION} ${toolBuild()} lint\n`);
  for (const f of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\0${f.sha256}\n`);
  return hash.digest('hex');
}

function readFindings(file: string, key: string): Diagnostic[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const start = text.indexOf(FINDINGS);
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    const data = JSON.parse(text) as { key?: unknown; sha256?: unknown; findings?: unknown };
    if (data.key !== key || data.sha256 !== sha256(text.slice(start + FINDINGS.length, end))) return undefined;
    return Array.isArray(data.findings) && data.findings.every(isDiagnostic) ? data.findings : undefined;
  } catch {
    return undefined;
  }
}

/** What precedes the findings in the file; the hash covers the text from there to the closing brace. */
const FINDINGS = ',"findings":';

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
