import { effectiveAnnexes } from '../../resolve/effective-annexes.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { LintRule } from '../rule.js';

/**
 * A requirement that cites a document of the tender documents by its annex (`references[].annex`) is only met if
 * the pack holds that annex: the procurement documents must be available in full from the notice (Directive
 * 2014/24/EU Art. 53). Reported at the highest spec of a chain that selects the requirement without the annex, so
 * that a baseline without it is one finding, not one per variant.
 */
export const annexCited: LintRule = {
  id: 'annex-cited',
  description: "An annex that a selected requirement cites is among the spec's annexes",
  severity: 'error',
  check({ catalogue, resolution }, report) {
    const read = catalogue.annexes;
    const holder = (resolved: ResolvedSpec, file: string) =>
      effectiveAnnexes(resolved).find((a) => a.path === file || file.startsWith(`${a.path}/`));
    const held = (resolved: ResolvedSpec, file: string) => holder(resolved, file) !== undefined;
    const missing = new Set<string>();
    for (const resolved of resolution.resolved.values()) {
      const { spec } = resolved;
      const parent = spec.extends === undefined ? undefined : resolution.resolved.get(spec.extends);
      for (const r of resolved.requirements) {
        for (const [i, ref] of r.source.references.entries()) {
          const file = ref.annex;
          if (file === undefined) continue;
          const annex = holder(resolved, file);
          if (annex) {
            // listed through its folder: the folder must hold the file (once the annexes are read)
            const key = `${r.id}\u0000${file}`;
            if (read && !read.has(file) && !missing.has(key)) {
              missing.add(key);
              report({
                message: `${r.id} cites ${file} as the annex holding "${ref.id}", but no annex of ${spec.id} holds that file`,
                at: { requirement: r.source, path: ['references', i, 'annex'] },
              });
            }
            continue;
          }
          const parentLacks = parent?.requirements.some((p) => p.id === r.id) === true && !held(parent, file);
          if (parentLacks) continue;
          report({
            message: `${r.id} cites ${file} as the annex holding "${ref.id}", but ${spec.id} does not list it among its annexes: add it to the annexes of ${spec.id} or of a spec it extends, so that the pack holds it`,
            at: { spec, path: spec.annexes.length > 0 ? ['annexes'] : ['id'], key: true },
          });
        }
      }
    }
  },
};
