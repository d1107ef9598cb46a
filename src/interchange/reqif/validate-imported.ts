import { RULES } from '../../check/registry.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import type { SourceFile } from '../../load/source-file.js';
import { sha256 } from '../../lib/hash/sha256.js';

export interface ImportedFile {
  id: string;
  text: string;
}

export interface FileProblems {
  /** lint rules that report errors: a `lint.disable` entry lets the file validate until someone reviews it */
  lintRules: string[];
  /** other errors, with their rule */
  errors: string[];
}

const LINT_RULES = new Set(RULES.map((r) => r.id));

/**
 * Validates imported files the way `tenderkit validate` will, in memory: with the target workspace's
 * configuration (domains, scenarios, rule settings), every check and every lint rule.
 */
export function validateImported(
  files: readonly ImportedFile[],
  config: SourceFile | undefined,
  root: string,
): Map<string, FileProblems> {
  const pathOf = (id: string) => `requirements/${id}.md`;
  const sources = files.map(
    (f): SourceFile => ({ path: pathOf(f.id), text: f.text, sha256: sha256(f.text), size: Buffer.byteLength(f.text) }),
  );
  const inMemory = { root, config, requirements: sources, specs: [], templates: [], diagnostics: [] };
  const { diagnostics } = loadWorkspace(root, { files: inMemory, annexes: false }, RESOLVE_AND_CHECK);
  const byPath = new Map(files.map((f) => [pathOf(f.id), f.id]));
  const out = new Map<string, FileProblems>();
  for (const d of diagnostics) {
    const id = byPath.get(d.file);
    if (d.severity !== 'error' || id === undefined) continue;
    const problems = out.get(id) ?? { lintRules: [], errors: [] };
    if (LINT_RULES.has(d.rule)) {
      if (!problems.lintRules.includes(d.rule)) problems.lintRules.push(d.rule);
    } else {
      problems.errors.push(`${d.message} [${d.rule}]`);
    }
    out.set(id, problems);
  }
  return out;
}
