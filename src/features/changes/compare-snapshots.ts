import { translationStatus } from '../../load/translation/translation-status.js';
import { compareIds } from '../../lib/text/order.js';
import { parentRequirement, reviewStamp } from '../../resolve/review-stamp.js';
import { compareRequirementFields } from './compare-requirements.js';
import { compareSpec } from './compare-specs.js';
import type {
  Changes,
  FieldDelta,
  RequirementDelta,
  ReviewItem,
  SpecDelta,
  StaleTranslation,
  TranslationEdit,
} from './model.js';
import type { Translation } from '../../load/translation/translation.js';
import type { Snapshot } from './snapshot.js';

/** Everything that changed from one snapshot to the other. Pure. */
export function compareSnapshots(from: Snapshot, to: Snapshot): Changes {
  return {
    from: { label: from.label, commit: from.commit },
    to: { label: to.label, commit: to.commit },
    requirements: requirementChanges(from, to),
    specs: specChanges(from, to),
    translations: staleTranslations(from, to),
    translationEdits: translationEdits(from, to),
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
      // reviewed inside the range: its stamp is that of the parent's requirement as it is now
      if (spec.deviations.some((x) => x.requirement === d.requirement && x.reviewed === reviewStamp(after))) continue;
      out.push({ spec: spec.id, requirement: d.requirement, parent: parentId, before, after });
    }
  }
  return out;
}

/** Translation files added, removed or edited between the two revisions, per requirement and language. */
function translationEdits(from: Snapshot, to: Snapshot): TranslationEdit[] {
  const out: TranslationEdit[] = [];
  const hashes = (s: Snapshot) => new Map(s.workspace.catalogue.sources.map((f) => [f.path, f.sha256]));
  const ha = hashes(from);
  const hb = hashes(to);
  for (const id of union(from.i18n.translations.keys(), to.i18n.translations.keys())) {
    const a = from.i18n.translations.get(id) ?? new Map<string, Translation>();
    const b = to.i18n.translations.get(id) ?? new Map<string, Translation>();
    for (const language of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const before = a.get(language);
      const after = b.get(language);
      if (!before) out.push({ requirement: id, language, file: after!.file, change: 'added', fields: [] });
      else if (!after) out.push({ requirement: id, language, file: before.file, change: 'removed', fields: [] });
      else if (before.file !== after.file || ha.get(before.file) !== hb.get(after.file)) {
        const fields = translationFields(before, after);
        if (fields.length > 0) out.push({ requirement: id, language, file: after.file, change: 'modified', fields });
      }
    }
  }
  return out;
}

function translationFields(a: Translation, b: Translation): FieldDelta[] {
  const out: FieldDelta[] = [];
  const text = (field: string, x: string | undefined, y: string | undefined) => {
    if (normalised(x) !== normalised(y)) out.push({ field, from: x ?? null, to: y ?? null });
  };
  text('title', a.title, b.title);
  text('statement', a.statement.markdown, b.statement.markdown);
  const n = Math.max(a.sections.length, b.sections.length);
  for (let i = 0; i < n; i++)
    text(
      `sections.${b.sections[i]?.heading ?? a.sections[i]?.heading ?? i + 1}`,
      a.sections[i]?.markdown,
      b.sections[i]?.markdown,
    );
  if (a.state !== b.state) out.push({ field: 'state', from: a.state, to: b.state });
  if (a.source !== b.source) out.push({ field: 'source', from: a.source, to: b.source });
  return out;
}

/** A text as a reader compares it: line wrapping and trailing spaces do not count. */
function normalised(text: string | undefined): string | undefined {
  return text
    ?.replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function union(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort(compareIds);
}
