import type { Requirement } from '../../load/requirement/requirement.js';
import type { YamlPath } from '../../load/yaml/parse-yaml.js';
import type { Severity } from '../../lib/diagnostics.js';
import type { Finding, LintRule, Location } from '../rule.js';
import { readText } from '../text/reading.js';
import { textSubjects } from '../text/statements.js';

/**
 * Text that stands for text still to write: TODO, TBD, XXX, lorem ipsum, and an ellipsis standing alone as a word
 * ("within … seconds"; "and so on..." is vague-term's). Case matters for XXX only (a run of capital X); the others
 * are words in any case. Code, links, quoted titles and {{parameters}} are not read (the prose masks of every text
 * rule), so `TODO` in code is left alone.
 */
const PLACEHOLDER = /\b(?:TODO|TBD|lorem)\b|\bXXX+\b|(?<=^|[\s([])(?:…|\.\.\.)(?=$|[\s)\].,;:])/gi;

/** Whole words of the pattern, except XXX which must be capitals (the `i` flag would take "xxx"). */
export function placeholders(text: string): Array<{ found: string; offset: number }> {
  const out: Array<{ found: string; offset: number }> = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (/^x+$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
    out.push({ found: m[0], offset: m.index });
  }
  return out;
}

/** An approved requirement goes into tender documents as written: a placeholder in it is an error; before, a reminder. */
function severityFor(requirement: Requirement | undefined): Severity {
  return requirement === undefined || requirement.status === 'approved' ? 'error' : 'warning';
}

function message(found: string, requirement: Requirement | undefined): string {
  const what =
    found === '…' || found === '...' ? `"${found}" stands for text still to write` : `"${found}" is placeholder text`;
  if (!requirement) return `${what}, and a spec's text goes into its tender documents: write it`;
  return requirement.status !== 'approved'
    ? `${what}: write it before ${requirement.id} is approved, as an approved requirement goes into tender documents`
    : `${what}, and ${requirement.id} is approved, so it goes into tender documents as written: write it, or set the requirement back to draft`;
}

/** Every string of a YAML value with its path. */
function* strings(value: unknown, path: YamlPath = []): Generator<{ text: string; path: YamlPath }> {
  if (typeof value === 'string') yield { text: value, path };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

const isDeviationStatement = (path: YamlPath) =>
  path[0] === 'deviations' && path[2] === 'set' && path[3] === 'statement';

export const placeholderText: LintRule = {
  id: 'placeholder-text',
  description:
    'No placeholder text (TODO, TBD, XXX, lorem ipsum, a lone …) in a requirement or spec: an error once the requirement is approved, a warning while it is a draft',
  severity: 'error',
  check(context, report) {
    const found = (text: string, at: (offset: number) => Location, requirement: Requirement | undefined) => {
      for (const p of placeholders(text)) {
        const finding: Finding = { message: message(p.found, requirement), at: at(p.offset) };
        const severity = severityFor(requirement);
        report(severity === 'error' ? finding : { ...finding, severity });
      }
    };
    // statements: the catalogue's, and the replacements that specs write (at the word)
    for (const subject of textSubjects(context)) found(subject.prose.text, subject.at, subject.requirement);
    for (const req of context.catalogue.requirements.values()) {
      req.sections.forEach((section, index) => {
        const { prose } = readText(context.catalogue, section.markdown);
        found(prose.text, (offset) => ({ requirement: req, section: index, sectionOffset: offset }), req);
      });
      // the front matter's texts (title, legal basis, justifications, references, parameter descriptions)
      for (const { text, path } of strings(req.frontMatter.value)) {
        if (path[0] === 'id' || path[0] === 'status' || path[0] === 'lint') continue;
        if (placeholders(text).length > 0) found(text, () => ({ requirement: req, path }), req);
      }
    }
    // the specs' own texts: a spec is the tender as it goes out, so a placeholder is an error unless it is in a
    // deviation of a draft requirement
    for (const resolved of context.resolution.resolved.values()) {
      const spec = resolved.spec;
      for (const { text, path } of strings(spec.yaml.value)) {
        if (isDeviationStatement(path) || placeholders(text).length === 0) continue;
        const deviation = path[0] === 'deviations' ? spec.deviations[Number(path[1])] : undefined;
        const target = deviation ? context.catalogue.requirements.get(deviation.requirement) : undefined;
        found(text, () => ({ spec, path }), target);
      }
    }
  },
};
