import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { specInputs } from '../../resolve/spec-inputs.js';
import type { Manifest } from '../../write/manifest.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { byPath, type Mismatch } from './mismatch.js';

export interface SourcesCheck {
  mismatches: Mismatch[];
  checked: number;
  notes: string[];
  /** false when the spec does not resolve in the workspace now, so new inputs could not be listed */
  complete: boolean;
}

/**
 * Compares the inputs a pack was built from with the workspace as it is now: inputs that changed or went missing,
 * and inputs the spec would now read that the pack did not (a new requirement selected, a new template).
 */
export async function verifySources(root: string, manifest: Manifest): Promise<SourcesCheck> {
  const workspace = await loadWorkspace(root, {}, RESOLVE_AND_CHECK);
  const { catalogue } = workspace;
  const current = new Map<string, { sha256: string }>(catalogue.sources.map((f) => [f.path, f]));
  for (const [p, f] of catalogue.annexes ?? []) if (!current.has(p)) current.set(p, f);
  const mismatches: Mismatch[] = [];
  const notes: string[] = [];
  for (const entry of manifest.inputs) {
    const now = current.get(entry.path);
    if (now) {
      if (now.sha256 !== entry.sha256) mismatches.push({ path: entry.path, status: 'changed', of: 'input' });
    } else {
      // on disk but not read (too large, not UTF-8 now ...) counts as changed; `validate` says why
      const onDisk = await lstat(path.join(catalogue.root, ...entry.path.split('/'))).then(
        () => true,
        () => false,
      );
      mismatches.push({ path: entry.path, status: onDisk ? 'changed' : 'missing', of: 'input' });
    }
  }
  const resolved = workspace.resolution.resolved.get(manifest.spec);
  if (resolved) {
    const recorded = new Set(manifest.inputs.map((e) => e.path));
    for (const f of specInputs(catalogue, resolved)) {
      if (!recorded.has(f.path)) mismatches.push({ path: f.path, status: 'added', of: 'input' });
    }
  } else {
    notes.push(
      `the spec ${manifest.spec} does not resolve in the workspace now (run tenderkit validate), so inputs it would add are not listed`,
    );
  }
  return {
    mismatches: mismatches.sort(byPath),
    checked: manifest.inputs.length,
    notes,
    complete: resolved !== undefined,
  };
}
