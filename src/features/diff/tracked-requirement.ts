import { EN, type Labels } from '../../load/frame/labels.js';
import type { EffectiveRequirement, Origin } from '../../resolve/resolved.js';
import type { DiffEntry, SpecDiff } from './diff-specs.js';
import { plainBlocks, statementText } from './requirement-text.js';
import { trackPlain, trackText, type TextSide, type TrackedSegment } from './tracked-text.js';

/** A requirement's tender text with every difference from the baseline as a tracked change. */
export interface TrackedRequirement {
  id: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** "INT-001 Title" */
  heading: TrackedSegment[];
  obligation: TrackedSegment[];
  verification: TrackedSegment[];
  /** paragraphs separated by "\n" */
  statement: TrackedSegment[];
  /** the requirement's sections (acceptance criteria, rationale, ...), their values filled in */
  sections: Array<{ label: string; segments: TrackedSegment[] }>;
}

const SECTION_ORDER = ['acceptance-criteria', 'rationale', 'guidance', 'notes'];

/** The tracked text of one entry of a diff, in the order of the tender specification. */
export function trackRequirement(diff: SpecDiff, entry: DiffEntry, labels: Labels = EN): TrackedRequirement {
  const { b, v, whole, origin, parameterOrigin, side } = sidesOf(diff, entry);
  const heading = trackText(
    side(b, (r) => `${r.id} ${r.title}`),
    side(v, (r) => `${r.id} ${r.title}`),
    origin((r) => r.provenance.title),
    parameterOrigin,
  );
  const obligation = trackPlain(
    b && labels.obligation[b.obligation],
    v && labels.obligation[v.obligation],
    origin((r) => r.provenance.obligation),
  );
  const verificationText = (r: EffectiveRequirement) => r.verification.map((x) => labels.verification[x]).join(', ');
  const verification = trackPlain(
    b && verificationText(b),
    v && verificationText(v),
    origin((r) => r.provenance.verification),
  );
  const statement = trackStatement(diff, entry);

  // each side's own sections: within one revision both sides share the catalogue's, between revisions they differ
  const keys = [...new Set([...(b ?? v)!.source.sections, ...(v?.source.sections ?? [])].map((s) => s.key))];
  const sectionOf = (r: EffectiveRequirement, key: string) => r.source.sections.find((s) => s.key === key);
  const sections = keys
    .filter((key) => [b, v].some((r) => (r ? (sectionOf(r, key)?.nodes.length ?? 0) > 0 : false)))
    .sort((x, y) => rank(x) - rank(y))
    .map((key) => {
      const text = (r: EffectiveRequirement) => {
        const s = sectionOf(r, key);
        return s ? plainBlocks(s.nodes).join('\n') : '';
      };
      const shown = (r: EffectiveRequirement | undefined) => (r && sectionOf(r, key)?.nodes.length ? r : undefined);
      const s = (v && sectionOf(v, key)) ?? sectionOf((b ?? v)!, key)!;
      return {
        label: labels.sections[key] ?? s.heading,
        segments: trackText(side(shown(b), text), side(shown(v), text), whole, parameterOrigin),
      };
    });

  const status = !b ? 'added' : !v ? 'removed' : entry.change ? 'changed' : 'unchanged';
  return { id: entry.id, status, heading, obligation, verification, statement, sections };
}

/** The tracked statement alone (paragraphs separated by "\n"): what the reports that quote the text show. */
export function trackStatement(diff: SpecDiff, entry: DiffEntry): TrackedSegment[] {
  const { b, v, origin, parameterOrigin, side } = sidesOf(diff, entry);
  return trackText(
    side(b, statementText),
    side(v, statementText),
    origin((r) => r.provenance.statement),
    parameterOrigin,
  );
}

/** Both sides of an entry, and where a difference between them comes from. */
function sidesOf(diff: SpecDiff, entry: DiffEntry) {
  const { baseline: b, variant: v } = entry;
  const whole: Origin = entry.change
    ? {
        spec: entry.change.declaredIn,
        ...(entry.change.justification ? { justification: entry.change.justification } : {}),
      }
    : { spec: diff.variant.spec.id };
  const origin = (pick: (r: EffectiveRequirement) => Origin) => (b && v ? diff.explain(pick(b), pick(v)) : whole);
  const parameterOrigin = (name: string) => origin((r) => r.provenance.parameters.get(name) ?? r.provenance.selected);
  const side = (r: EffectiveRequirement | undefined, text: (r: EffectiveRequirement) => string): TextSide | undefined =>
    r && {
      text: text(r),
      values: r.parameters,
      parameters: r.source.parameters,
      ...(entry.locale !== undefined ? { locale: entry.locale } : {}),
    };
  return { b, v, whole, origin, parameterOrigin, side };
}

function rank(key: string): number {
  const i = SECTION_ORDER.indexOf(key);
  return i < 0 ? SECTION_ORDER.length : i;
}
