import type { SiteHistory } from './history.js';
import type { Requirement } from '../../load/requirement/requirement.js';
import type { DiffEntry, SpecDiff } from '../diff/diff-specs.js';
import { buildMatrix, type Matrix, type MatrixCell } from '../matrix/build-matrix.js';
import type { EffectiveRequirement, ResolvedSpec } from '../../resolve/resolved.js';
import type { Catalogue } from '../../load/catalogue.js';
import type { TranslationSet } from '../../load/translation/translation.js';
import { compareIds } from '../../lib/text/order.js';

/** The files of a spec's built pack, as links relative to the site's root folder. */
export interface PackLinks {
  /** the pack folder, relative to the site root, ending in "/" */
  folder: string;
  files: string[];
}

export interface SiteSettings {
  /** built packs by spec id; a spec without one gets no links */
  packs: ReadonlyMap<string, PackLinks>;
  toolName: string;
  toolVersion: string;
  /** the releases of the catalogue, when it is kept in git with tags */
  history?: SiteHistory;
  /** the workspace's translations, shown on the requirement pages */
  translations?: TranslationSet;
}

/** How one spec treats one requirement: what the requirement page's table shows. */
export interface SpecUse {
  spec: ResolvedSpec;
  cell: MatrixCell;
  /** the requirement in the spec; undefined when the spec removed it or never selected it */
  effective: EffectiveRequirement | undefined;
  /** the spec's diff against the root of its chain, and the requirement's entry in it */
  diff: SpecDiff;
  entry: DiffEntry | undefined;
}

/** Everything the pages are made from, computed once. Pure. */
export interface SiteModel {
  catalogue: Catalogue;
  matrix: Matrix;
  /** roots first, each followed by its descendants */
  specs: ResolvedSpec[];
  /** every requirement of the catalogue, by domain (tenderkit.yaml order), then id */
  requirements: Requirement[];
  /** by requirement id, one entry per spec in `specs` order */
  uses: Map<string, SpecUse[]>;
  settings: SiteSettings;
  /** the name shown in the header: the baseline's authority, else a plain name */
  siteName: string;
}

export function buildSiteModel(
  catalogue: Catalogue,
  resolved: ReadonlyMap<string, ResolvedSpec>,
  settings: SiteSettings,
): SiteModel {
  const { domains } = catalogue.config;
  const matrix = buildMatrix(resolved, domains);
  const specs = matrix.specs;
  const rank = new Map(domains.map((d, i) => [d.id, i]));
  const requirements = [...catalogue.requirements.values()].sort(
    (a, b) =>
      (rank.get(a.domain) ?? rank.size) - (rank.get(b.domain) ?? rank.size) ||
      a.domain.localeCompare(b.domain) ||
      compareIds(a.id, b.id),
  );

  const effective = new Map(specs.map((s) => [s.spec.id, new Map(s.requirements.map((r) => [r.id, r]))]));
  const entries = new Map(
    specs.map((s) => [s.spec.id, new Map(matrix.diffs.get(s.spec.id)!.entries.map((e) => [e.id, e]))]),
  );
  const cells = new Map(matrix.rows.map((r) => [r.id, r.cells]));
  const uses = new Map(
    requirements.map((r) => [
      r.id,
      specs.map(
        (spec): SpecUse => ({
          spec,
          cell: cells.get(r.id)?.get(spec.spec.id) ?? 'absent',
          effective: effective.get(spec.spec.id)!.get(r.id),
          diff: matrix.diffs.get(spec.spec.id)!,
          entry: entries.get(spec.spec.id)!.get(r.id),
        }),
      ),
    ]),
  );
  const root = specs[0]?.spec;
  const siteName = root?.authority?.name ?? 'Requirements catalogue';
  return { catalogue, matrix, specs, requirements, uses, settings, siteName };
}

/** The specs that keep the requirement (unchanged or changed), in `specs` order. */
export function selectingUses(model: SiteModel, id: string): SpecUse[] {
  return (model.uses.get(id) ?? []).filter((u) => u.effective !== undefined);
}
