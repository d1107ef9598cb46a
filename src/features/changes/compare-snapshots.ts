import { translationStatus } from '../../load/translation/translation-status.js';
import { compareIds } from '../../lib/text/order.js';
import { parentRequirement, reviewStamp } from '../../resolve/review-stamp.js';
import { compareRequirementFields } from './compare-requirements.js';
import { compareSpec } from './compare-specs.js';
import type { Changes, RequirementDelta, ReviewItem, SpecDelta, StaleTranslation } from './model.js';
import type { Snapshot } from './snapshot.js';

/** Everything that changed from one snapshot to the other. Pure. */
export function compareSnapshots(from: Snapshot, to: Snapshot): Changes {
  return {
    from: { label: from.label, commit: from.commit },
    to: { label: to.label, commit: to.commit },
    requirements: requirementChanges(from, to),
    specs: specChanges(from, to),
    translations: staleTranslations(from, to),
    review: reviewList(from, to),
    notes: [...from.notes, ...to.notes],
  };
}

function requirementChanges(from: Snapshot, to: Snapshot): RequirementDelta[] {
  const a = from.workspace.catalogue.requirements;
  const b = to.workspace.catalogue.requirements;
  const hashes = (s: Snapshot) => new Map(s.workspace.catalogue.sources.map((f) => [f.path, f.sha256]));
  const ha = hashes(from);
  const hb = hashes(to);
  const out: RequirementDelta[] = [];
  for (const id of union(a.keys(), b.keys())) {
    const before = a.get(id);
    const after = b.get(id);
    if (!before) out.push({ id, change: 'added', fields: [], before, after });
    else if (!after) out.push({ id, change: 'removed', fields: [], before, after });
    else if (before.file !== after.file || ha.get(before.file) !== hb.get(after.file)) {
      const fields = compareRequirementFields(before, after);
      if (fields.length > 0) out.push({ id, change: 'modified', fields, before, after });
    }
  }
  return out;
}

function specChanges(from: Snapshot, to: Snapshot): SpecDelta[] {
  const a = from.workspace.catalogue.specs;
  const b = to.workspace.catalogue.specs;
  const out: SpecDelta[] = [];
  for (const id of union(a.keys(), b.keys())) {
    const before = a.get(id);
    const after = b.get(id);
    const all = (s: NonNullable<typeof before>, change: 'added' | 'removed') =>
      s.deviations.map((d) => ({
        requirement: d.requirement,
        change,
        fields: [],
        before: change === 'removed' ? d : undefined,
        after: change === 'added' ? d : undefined,
      }));
    if (!before) out.push({ id, change: 'added', fields: [], deviations: all(after!, 'added'), before, after });
    else if (!after) out.push({ id, change: 'removed', fields: [], deviations: all(before, 'removed'), before, after });
    else {
      const delta = compareSpec(before, after);
      if (delta) out.push(delta);
    }
  }
  return out;
}

/** Translations current at FROM and stale at TO: their source text changed in between. */
function staleTranslations(from: Snapshot, to: Snapshot): StaleTranslation[] {
  const out: StaleTranslation[] = [];
  for (const [id, byLang] of to.i18n.translations) {
    const now = to.workspace.catalogue.requirements.get(id);
    const was = from.workspace.catalogue.requirements.get(id);
    if (!now || !was) continue;
    for (const [lang, translation] of byLang) {
      if (translationStatus(now, lang, to.i18n.translations).status !== 'stale') continue;
      if (translationStatus(was, lang, from.i18n.translations).status !== 'current') continue;
      out.push({ requirement: id, language: lang, file: translation.file });
    }
  }
  return out.sort((x, y) => compareIds(x.requirement, y.requirement) || (x.language < y.language ? -1 : 1));
}

/**
 * The deviations of TO, present at FROM too, whose parent's requirement (as the parent spec has it) changed in
 * between: the ones a person must look at again. Each spec and requirement once.
 */
function reviewList(from: Snapshot, to: Snapshot): ReviewItem[] {
  const out: ReviewItem[] = [];
  for (const spec of to.workspace.catalogue.specs.values()) {
    const parentId = spec.extends;
    const old = from.workspace.catalogue.specs.get(spec.id);
    if (parentId === undefined || !old) continue;
    const parentNow = to.workspace.resolution.resolved.get(parentId);
    const parentThen = from.workspace.resolution.resolved.get(parentId);
    if (!parentNow || !parentThen) continue;
    const seen = new Set<string>();
    for (const d of spec.deviations) {
      if (seen.has(d.requirement) || !old.deviations.some((o) => o.requirement === d.requirement)) continue;
      seen.add(d.requirement);
      const after = parentRequirement(parentNow, to.workspace.catalogue, d.requirement);
      const before = parentRequirement(parentThen, from.workspace.catalogue, d.requirement);
      if (!after || !before || reviewStamp(after) === reviewStamp(before)) continue;
      out.push({ spec: spec.id, requirement: d.requirement, parent: parentId, before, after });
    }
  }
  return out;
}

function union(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort(compareIds);
}
