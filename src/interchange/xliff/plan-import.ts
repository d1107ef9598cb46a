import { collapseSpaces } from '../../lib/text/normalise-text.js';
import type { Diagnostic } from '../../lib/diagnostics.js';
import { checkTranslation } from '../../load/translation/check-translation.js';
import type { I18n } from '../../load/i18n.js';
import { canonicalTag, isSourceLanguage } from '../../lib/language-tag.js';
import { parseTranslation } from '../../load/translation/parse-translation.js';
import type { Translation } from '../../load/translation/translation.js';
import { translationFileText } from '../../features/translations/translation-file.js';
import type { Catalogue } from '../../load/catalogue.js';
import { sha256 } from '../../lib/hash/sha256.js';
import { translationPath } from './export-xliff.js';
import { meaning, spliceTranslation } from './splice-translation.js';
import { inlineToMarkdown, inlineToPlain } from './inline-markdown.js';
import type { ParsedFile, ParsedUnit, ParsedXliff } from './parse-xliff.js';
import { TRANSLATION_STATES, type TranslationState } from '../../load/translation/translation-state.js';

export interface PlannedTranslation {
  id: string;
  /** relative to the workspace root */
  path: string;
  text: string;
  change: 'new' | 'updated' | 'unchanged';
}

export interface ImportPlan {
  lang: string;
  files: PlannedTranslation[];
  skipped: Array<{ id: string; reason: string }>;
  /** problems of the translation files the XLIFF would make (those files are skipped) */
  diagnostics: Diagnostic[];
}

/**
 * What `import xliff` would write: one translation file per XLIFF `<file>` whose units are all translated, next to
 * its source, recording the source hash the export saw (so a source edited since stays visibly stale). Pure.
 */
export function planImport(xliff: ParsedXliff, catalogue: Catalogue, i18n: I18n): ImportPlan | string {
  const lang = xliff.trgLang === undefined ? undefined : canonicalTag(xliff.trgLang);
  if (!lang)
    return `the XLIFF has ${xliff.trgLang === undefined ? 'no trgLang' : `the trgLang "${xliff.trgLang}", which is not a BCP 47 tag`}; tenderkit needs the target language`;
  if (isSourceLanguage(lang)) return `the XLIFF translates into ${lang}, the language of the catalogue itself`;
  const plan: ImportPlan = { lang, files: [], skipped: [], diagnostics: [] };
  const texts = new Map(catalogue.sources.map((f) => [f.path, f.text]));
  for (const file of xliff.files) {
    const requirement = catalogue.requirements.get(file.id);
    if (!requirement) {
      plan.skipped.push({ id: file.id, reason: 'no requirement of the catalogue has this id' });
      continue;
    }
    const content = translatedContent(file);
    if (typeof content === 'string') {
      plan.skipped.push({ id: file.id, reason: content });
      continue;
    }
    const existing = i18n.translations.get(file.id)?.get(lang);
    const path = existing?.file ?? translationPath(requirement.file, requirement.id, lang);
    const text = translationFileText({
      id: requirement.id,
      lang,
      ...content,
      references: mergeReferences(existing?.references, content.references),
      legalBasis: new Map([...(existing?.legalBasis ?? []), ...content.legalBasis]),
      values: mergeValues(existing?.values, content.values),
    });
    const { translation, diagnostics } = parseTranslation({ path, text, sha256: sha256(text), size: text.length });
    const problems = [...diagnostics, ...(translation ? checkTranslation(translation, requirement) : [])].filter(
      (d) => d.severity === 'error',
    );
    if (!translation || problems.length > 0) {
      plan.skipped.push({
        id: file.id,
        reason: `the translation would not be valid: ${problems.map((d) => d.message).join('; ')}`,
      });
      plan.diagnostics.push(...problems);
      continue;
    }
    const before = texts.get(path);
    const same =
      before !== undefined && (before === text || (existing !== undefined && sameTranslation(existing, translation)));
    plan.files.push({
      id: requirement.id,
      path,
      // an updated file keeps, byte for byte, every part the import does not change
      text:
        before !== undefined && existing !== undefined
          ? same
            ? before
            : spliceTranslation({ text: before, translation: existing }, { text, translation })
          : text,
      change: before === undefined ? 'new' : same ? 'unchanged' : 'updated',
    });
  }
  return plan;
}

interface Content {
  title: string;
  source: string;
  /** the least advanced state of its segments: a file is reviewed only when every segment is */
  state: TranslationState;
  statement: string;
  sections: Array<{ heading: string; markdown: string }>;
  references: Map<string, { id?: string; title?: string }>;
  legalBasis: Map<string, string>;
  values: Map<string, Map<string, string>>;
}

/** The translated fields of one requirement, or why they cannot be taken. */
function translatedContent(file: ParsedFile): Content | string {
  const source = file.meta.get('source-hash');
  if (!source || !/^[0-9a-f]{16}$/.test(source))
    return 'the <file> carries no tenderkit source hash (export it with `tenderkit export xliff`)';
  const untranslated: string[] = [];
  const field = (id: string, plain: boolean): string | undefined => {
    const unit = file.units.get(id);
    if (!unit) return undefined;
    const text = unitText(unit, plain);
    if (text === undefined) untranslated.push(id);
    return text;
  };
  const title = field('title', true);
  const statement = field('statement', false);
  if (!file.units.has('title') || !file.units.has('statement')) return 'the <file> lacks the title or statement unit';
  const sections: Array<{ heading: string; markdown: string }> = [];
  for (let k = 1; file.units.has(`section-${k}-heading`); k++) {
    sections.push({ heading: field(`section-${k}-heading`, true) ?? '', markdown: field(`section-${k}`, false) ?? '' });
  }
  if (untranslated.length > 0)
    return `${untranslated.length} field${untranslated.length === 1 ? ' has' : 's have'} no translation yet (${untranslated.join(', ')})`;
  const references = new Map<string, { id?: string; title?: string }>();
  const legalBasis = new Map<string, string>();
  const values = new Map<string, Map<string, string>>();
  for (const unit of file.units.values()) {
    const target = unitText(unit, true);
    if (target === undefined) continue;
    if (/^reference-\d+(-id)?$/.test(unit.id) && unit.name) {
      const field = unit.id.endsWith('-id') ? 'id' : 'title';
      // a citation left as it was is no translation of its own
      if (field === 'title' || target !== unit.name)
        references.set(unit.name, { ...references.get(unit.name), [field]: target });
    } else if (/^legal-basis-\d+$/.test(unit.id)) legalBasis.set(sourceText(unit), target);
    else if (/^value-/.test(unit.id) && unit.name?.includes('=')) {
      const eq = unit.name.indexOf('=');
      const name = unit.name.slice(0, eq);
      values.set(name, new Map([...(values.get(name) ?? []), [unit.name.slice(eq + 1), target]]));
    }
  }
  return {
    title: title!,
    source,
    state: leastState(file),
    statement: statement!,
    sections,
    references,
    legalBasis,
    values,
  };
}

/** The state of a translated file: the least advanced of its segments' (XLIFF 2.0 states), `translated` at least. */
function leastState(file: ParsedFile): TranslationState {
  let least = TRANSLATION_STATES.length - 1;
  let any = false;
  for (const unit of file.units.values())
    for (const part of unit.parts) {
      if (part.kind !== 'segment') continue;
      any = true;
      const rank = TRANSLATION_STATES.indexOf(part.state as TranslationState);
      least = Math.min(least, Math.max(rank, 0));
    }
  return any ? TRANSLATION_STATES[least]! : 'translated';
}

/** The unit's translation: ignorables from the source, segments from their targets; undefined while a segment lacks one. */
function unitText(unit: ParsedUnit, plain: boolean): string | undefined {
  const pieces: string[] = [];
  for (const part of unit.parts) {
    if (part.kind === 'ignorable') {
      pieces.push(part.source);
      continue;
    }
    const translated =
      part.target !== undefined && part.state !== 'initial' && (part.target.length > 0 || part.source.length === 0);
    if (!translated) return undefined;
    pieces.push(plain ? inlineToPlain(part.target!, unit.data) : inlineToMarkdown(part.target!, unit.data));
  }
  const text = pieces.join('');
  return plain ? collapseSpaces(text) : text.trim();
}

function sourceText(unit: ParsedUnit): string {
  return unit.parts
    .map((p) => (p.kind === 'ignorable' ? p.source : inlineToPlain(p.source, unit.data)))
    .join('')
    .trim();
}

/** Same words, same Markdown meaning: a file re-imported unchanged is not rewritten for its line wrapping. */
function sameTranslation(a: Translation, b: Translation): boolean {
  const key = (t: Translation) =>
    JSON.stringify([
      t.title,
      t.source,
      t.state,
      meaning(t.statement.markdown),
      t.sections.map((s) => [s.heading, meaning(s.markdown)]),
      [...t.references].map(([k, v]) => [k, v.id, v.title]).sort(),
      [...t.legalBasis].sort(),
      [...t.values].map(([k, v]) => [k, [...v].sort()]).sort(),
    ]);
  return key(a) === key(b);
}

function mergeReferences(
  a: ReadonlyMap<string, { id?: string; title?: string }> | undefined,
  b: ReadonlyMap<string, { id?: string; title?: string }>,
): Map<string, { id?: string; title?: string }> {
  const out = new Map<string, { id?: string; title?: string }>(a ?? []);
  for (const [k, v] of b) out.set(k, { ...out.get(k), ...v });
  return out;
}

function mergeValues(
  a: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined,
  b: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const source of [a ?? new Map<string, ReadonlyMap<string, string>>(), b]) {
    for (const [k, v] of source) out.set(k, new Map([...(out.get(k) ?? []), ...v]));
  }
  return out;
}
