import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { annexOutputNames, effectiveAnnexes, type EffectiveAnnex } from '../resolve/effective-annexes.js';
import type { Resolution } from '../resolve/resolve.js';
import type { AnnexFile } from '../load/annex/load-annexes.js';

/**
 * Two annexes of one pack that would be written to the same file (the same path listed twice along a chain, or two
 * files of one name in different folders): an error at the later annex's entry, reported once however many specs
 * inherit both.
 */
export function annexNameClashes(
  resolution: Pick<Resolution, 'resolved'>,
  read?: ReadonlyMap<string, AnnexFile>,
): Diagnostic[] {
  const out = new Map<string, Diagnostic>();
  for (const resolved of resolution.resolved.values()) {
    const taken = new Map<string, EffectiveAnnex>();
    for (const annex of effectiveAnnexes(resolved)) {
      const names = annexOutputNames(annex.path, read?.get(annex.path)?.files);
      const clash = names.map((n) => [n, taken.get(n)] as const).find(([, earlier]) => earlier !== undefined);
      if (clash) {
        const [name, earlier] = clash;
        const spec = resolved.chain.find((s) => s.id === annex.spec)!;
        const where = earlier!.spec === annex.spec ? 'this spec' : `spec ${earlier!.spec}`;
        const message =
          earlier!.path === annex.path
            ? `${annex.path} is already an annex of ${where}; list it once (a spec inherits the annexes of the spec it extends)`
            : `the annexes ${earlier!.path} (of ${where}) and ${annex.path} would both be written as ${name} in the pack; rename one of them`;
        const at = spec.yaml.positionOf(['annexes', annex.index, 'path']);
        const d = diagnostic('error', 'annex', message, spec.file, at);
        out.set(`${d.file}:${d.line}:${d.column}:${d.message}`, d);
        continue;
      }
      for (const n of names) taken.set(n, annex);
    }
  }
  return [...out.values()];
}
