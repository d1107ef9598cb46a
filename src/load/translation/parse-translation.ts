import { withLazyNodes } from '../requirement/lazy-nodes.js';
import { splitRequirement } from '../requirement/split-requirement.js';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { SourceFile } from '../source-file.js';
import { knownYaml, parseYaml, type ParsedYaml, type PositionStore } from '../yaml/parse-yaml.js';
import { canonicalTag } from '../../lib/language-tag.js';
import type { TranslatedReference, TranslatedSection, TranslatedText, Translation } from './translation.js';
import { TRANSLATION_STATES, type TranslationState } from './translation-state.js';

const FIELDS = new Set(['id', 'lang', 'title', 'source', 'state', 'references', 'legal_basis', 'values']);
const HASH = /^[0-9a-f]{16}$/;

/** `INT-001.fr.md` -> { id: "INT-001", lang: "fr" } */
export function translationName(path: string): { id: string; lang: string } | undefined {
  const m = /(?:^|\/)([^/]+?)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$/.exec(path);
  return m ? { id: m[1]!, lang: m[2]! } : undefined;
}

/**
 * Parses a translation file on its own; the checks against the source requirement come later. `known` is the
 * front matter's value when these bytes were parsed before without a finding (the parse cache): the YAML is then not
 * parsed again, and the checks below run on it as on a fresh value.
 */
export function parseTranslation(
  file: SourceFile,
  known?: unknown,
  positions?: PositionStore,
): { translation: Translation | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const parts = splitRequirement(file.text);
  if (parts.frontMatter === undefined) {
    const message =
      parts.unclosedAt !== undefined
        ? 'the front matter that starts here is never closed by a "---" line'
        : 'a translation starts with YAML front matter between "---" lines (id, lang, title, source)';
    return {
      translation: undefined,
      diagnostics: [diagnostic('error', 'translation', message, file.path, { line: parts.unclosedAt ?? 1, column: 1 })],
    };
  }
  const lineOffset = parts.frontMatterLine - 1;
  const parsed =
    known === undefined
      ? parseYaml(parts.frontMatter, { file: file.path, lineOffset }, positions)
      : knownYaml(parts.frontMatter, known, { file: file.path, lineOffset }, positions);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.value === undefined) return { translation: undefined, diagnostics };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      diagnostic('error', 'translation', 'the front matter must be a map of fields', file.path, {
        line: parts.frontMatterLine,
        column: 1,
      }),
    );
    return { translation: undefined, diagnostics };
  }
  const raw = value as Record<string, unknown>;
  const report = (message: string, path: Array<string | number>, key = false) =>
    diagnostics.push(diagnostic('error', 'translation', message, file.path, parsed.positionOf(path, key)));

  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key))
      report(
        `unknown field "${key}" in a translation; it has id, lang, title, source and optionally state, references, legal_basis, values (the other fields stay in the source file)`,
        [key],
        true,
      );
  }
  for (const key of ['id', 'lang', 'title', 'source']) {
    if (raw[key] === undefined) report(`the translation lacks the required field "${key}"`, []);
    else if (typeof raw[key] !== 'string' || (raw[key] as string).trim() === '')
      report(`"${key}" must be a non-empty text`, [key]);
  }
  let lang: string | undefined;
  if (typeof raw['lang'] === 'string') {
    lang = canonicalTag(raw['lang']);
    if (!lang) report(`"${raw['lang']}" is not a BCP 47 language tag (such as fr, de, nl-BE)`, ['lang']);
  }
  if (typeof raw['source'] === 'string' && !HASH.test(raw['source'])) {
    report(
      '"source" must be the 16 hex digits of the source text\'s hash (`tenderkit translations` and `import xliff` write it)',
      ['source'],
    );
  }
  let state: TranslationState = 'translated';
  if (raw['state'] !== undefined) {
    if (TRANSLATION_STATES.includes(raw['state'] as TranslationState)) state = raw['state'] as TranslationState;
    else
      report(
        `"state" is one of ${TRANSLATION_STATES.join(', ')} (translated when absent), not ${JSON.stringify(raw['state'])}`,
        ['state'],
      );
  }
  const references = referenceMap(raw['references'], report);
  const legalBasis = textMap(raw['legal_basis'], ['legal_basis'], report);
  const values = new Map<string, Map<string, string>>();
  if (raw['values'] !== undefined) {
    if (!isPlainObject(raw['values']))
      report('"values" must map parameter names to maps of value -> translated value', ['values']);
    else
      for (const [name, map] of Object.entries(raw['values'])) values.set(name, textMap(map, ['values', name], report));
  }
  if (diagnostics.some((d) => d.severity === 'error') || lang === undefined)
    return { translation: undefined, diagnostics };

  const statement: TranslatedText = withLazyNodes({ markdown: parts.statement.text, line: parts.statement.line });
  const sections: TranslatedSection[] = parts.sections.map((p) =>
    withLazyNodes({ heading: p.heading, markdown: p.content.text, line: p.headingLine }),
  );
  if (statement.markdown.trim() === '') {
    diagnostics.push(
      diagnostic(
        'error',
        'translation',
        'the translation has no statement: write it after the front matter, before the first "##" heading',
        file.path,
        { line: statement.line, column: 1 },
      ),
    );
    return { translation: undefined, diagnostics };
  }
  const translation: Translation = {
    id: raw['id'] as string,
    lang,
    title: (raw['title'] as string).trim(),
    source: raw['source'] as string,
    state,
    statement,
    sections,
    references,
    legalBasis,
    values,
    file: file.path,
    frontMatter: parsed as ParsedYaml,
  };
  return { translation, diagnostics };
}

/** `references:` maps a reference id to its translated title, or to `{ id, title }` when the citation itself changes. */
function referenceMap(
  value: unknown,
  report: (message: string, path: Array<string | number>, key?: boolean) => void,
): Map<string, TranslatedReference> {
  const out = new Map<string, TranslatedReference>();
  if (value === undefined) return out;
  if (!isPlainObject(value)) {
    report('"references" must map reference ids to translated titles (or to { id, title })', ['references']);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out.set(key, { title: v });
    else if (
      isPlainObject(v) &&
      Object.keys(v).every((k) => (k === 'id' || k === 'title') && typeof v[k] === 'string')
    ) {
      out.set(key, {
        ...(typeof v['id'] === 'string' ? { id: v['id'] } : {}),
        ...(typeof v['title'] === 'string' ? { title: v['title'] } : {}),
      });
    } else report(`"references.${key}" must be a translated title or a map with "id" and "title"`, ['references', key]);
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function textMap(
  value: unknown,
  path: Array<string | number>,
  report: (message: string, path: Array<string | number>, key?: boolean) => void,
): Map<string, string> {
  const out = new Map<string, string>();
  if (value === undefined) return out;
  if (!isPlainObject(value)) {
    report(`"${path.join('.')}" must be a map of source text -> translated text`, path);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.set(k, String(v));
    else report(`"${[...path, k].join('.')}" must be a text`, [...path, k]);
  }
  return out;
}
