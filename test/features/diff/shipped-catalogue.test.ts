import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../../src/features/diff/diff-specs.js';
import { buildMatrix } from '../../../src/features/matrix/build-matrix.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const shipped = existsSync(path.join(REPO, 'specs')) && existsSync(path.join(REPO, 'requirements'));

describe.skipIf(!shipped)('diff and matrix on the shipped catalogue', () => {
  it('finds no change of any spec against itself, and counts that add up against the root', async () => {
    const ws = await loadWorkspace(REPO, {}, RESOLVE_AND_CHECK);
    const domains = ws.catalogue.config.domains.map((d) => d.id);
    for (const resolved of ws.resolution.resolved.values()) {
      expect(diffSpecs(resolved, resolved, { domains }).changes).toEqual([]);
      const root = ws.resolution.resolved.get(resolved.chain[0]!.id)!;
      const { summary, changes } = diffSpecs(root, resolved, { domains });
      expect(summary.total).toBe(summary.unchanged + changes.length);
      expect(summary.unchanged + summary.removed + summary.stricter + summary.looser + summary.modified).toBe(
        root.requirements.length,
      );
      for (const c of changes) {
        expect(resolved.chain.map((s) => s.id)).toContain(c.declaredIn);
        if (c.change !== 'added' && c.change !== 'removed') expect(c.fields.length).toBeGreaterThan(0);
      }
    }
    const matrix = buildMatrix(ws.resolution.resolved, ws.catalogue.config.domains);
    expect(matrix.specs).toHaveLength(ws.resolution.resolved.size);
    expect(matrix.harmonisation.get(matrix.specs[0]!.spec.id)).toBe(1);
  });
});
