import { isDeepStrictEqual } from 'node:util';
import type { Requirement } from '../../load/requirement/requirement.js';
import { normaliseMarkdown } from '../../lib/text/normalise-text.js';
import type { FieldDelta } from './model.js';

/** Front matter keys that have fields of their own below (or are the identity). */
const OWN_FIELDS = new Set(['id', 'title', 'obligation', 'verification', 'parameters']);

/**
 * Every field in which one requirement differs between two revisions, in the order of `diff`: title, statement,
 * obligation, verification, each parameter's default, each section by heading, then any other front matter key
 * (status, references, tags, ...). Texts are compared normalised (wrapping and spacing do not count).
 */
export function compareRequirementFields(before: Requirement, after: Requirement): FieldDelta[] {
  const out: FieldDelta[] = [];
  const push = (field: string, from: unknown, to: unknown) => {
    if (!isDeepStrictEqual(from, to)) out.push({ field, from, to });
  };
  push('title', before.title.trim(), after.title.trim());
  push('statement', normaliseMarkdown(before.statement.markdown), normaliseMarkdown(after.statement.markdown));
  push('obligation', before.obligation, after.obligation);
  push('verification', [...before.verification], [...after.verification]);
  for (const name of new Set([...before.parameters.keys(), ...after.parameters.keys()]))
    push(
      `parameters.${name}`,
      before.parameters.get(name)?.default ?? null,
      after.parameters.get(name)?.default ?? null,
    );
  const sections = (r: Requirement) =>
    new Map(r.sections.map((s) => [s.heading.trim(), normaliseMarkdown(s.markdown)]));
  const a = sections(before);
  const b = sections(after);
  for (const heading of new Set([...a.keys(), ...b.keys()]))
    push(`sections.${heading}`, a.get(heading) ?? null, b.get(heading) ?? null);
  const rest = (r: Requirement) => (r.frontMatter.value ?? {}) as Record<string, unknown>;
  const x = rest(before);
  const y = rest(after);
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (OWN_FIELDS.has(key)) continue;
    push(key, x[key] ?? null, y[key] ?? null);
  }
  return out;
}
