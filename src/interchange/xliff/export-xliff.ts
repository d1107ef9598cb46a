import type { TranslationState } from '../../load/translation/translation-state.js';
import type { Requirement } from '../../load/requirement/requirement.js';
import { EN, type Labels } from '../../load/frame/labels.js';
import { documentFrame } from '../../document/i18n/document-frame.js';
import type { I18n } from '../../load/i18n.js';
import { primaryTag, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { hashOf, translationStatus } from '../../load/translation/translation-status.js';
import type { Translation } from '../../load/translation/translation.js';
import { alignCodeIds } from './align-codes.js';
import { OriginalData, type Inline } from './inline.js';
import { plainSegment, segmentMarkdown, type FieldPart } from './segment-markdown.js';
import { writeXliff, type XliffFile, type XliffGlossEntry, type XliffUnit } from './write-xliff.js';
import type { Glossary } from '../../load/glossary/glossary.js';
import { findTerms } from '../../lib/text/term-match.js';

export interface XliffExportOptions {
  /** the target language, canonical BCP 47 */
  lang: string;
  /** only requirements without a current translation */
  untranslated?: boolean;
}

/**
 * The source texts of requirements as XLIFF 2.0 for translation tools: one `<file>` per requirement, one `<unit>`
 * per field (title, statement, each section heading and body, reference titles, legal bases, enum values), one
 * segment per paragraph, list item or table cell. Existing translations come along as targets: `translated` when
 * current, `initial` when made from an older text. Pure.
 */
export function exportXliff(
  requirements: readonly Requirement[],
  i18n: I18n,
  options: XliffExportOptions,
): { xml: string; files: number } {
  const labels = documentFrame(
    options.lang,
    { overrides: i18n.labelOverrides, templates: new Map(), defaultLanguage: SOURCE_LANGUAGE },
    { file: '', at: { line: 1, column: 1 } },
  ).frame.labels;
  const glossary = i18n.glossaries?.get(options.lang) ?? i18n.glossaries?.get(primaryTag(options.lang));
  const termsOf = glossaryLookup(glossary);
  const files: XliffFile[] = [];
  for (const r of requirements) {
    const state = translationStatus(r, options.lang, i18n.translations);
    if (options.untranslated && state.status === 'current') continue;
    const translation = state.status === 'current' || state.status === 'stale' ? state.translation : undefined;
    files.push(
      requirementFile(
        r,
        translation,
        // a current translation keeps its state (translated, reviewed, final) through the round trip
        state.status === 'current' ? state.translation.state : 'initial',
        options.lang,
        labels,
        termsOf,
      ),
    );
  }
  return { xml: writeXliff({ srcLang: SOURCE_LANGUAGE, trgLang: options.lang, files }), files: files.length };
}

/** Where a requirement's translation into `lang` lives: next to its source file. */
export function translationPath(sourceFile: string, id: string, lang: string): string {
  return `${sourceFile.slice(0, sourceFile.lastIndexOf('/') + 1)}${id}.${lang}.md`;
}

function requirementFile(
  r: Requirement,
  t: Translation | undefined,
  state: 'initial' | TranslationState,
  lang: string,
  labels: Labels,
  termsOf: (source: string) => XliffGlossEntry[],
): XliffFile {
  const units: XliffUnit[] = [];
  const plain = (id: string, name: string, source: string, target: string | undefined) => {
    const data = new OriginalData();
    const content = plainSegment(source, data);
    units.push(
      unit(
        id,
        name,
        data,
        [{ kind: 'segment', content }],
        target === undefined ? undefined : [plainSegment(target, data)],
        state,
        termsOf(source),
      ),
    );
  };
  const markdown = (id: string, name: string, source: string, target: string | undefined) => {
    if (source.trim() === '') return;
    const data = new OriginalData();
    const parts = segmentMarkdown(source, data);
    const targets = target === undefined ? undefined : segmentsOf(segmentMarkdown(target, data));
    units.push(unit(id, name, data, parts, targets, state, termsOf(source)));
  };
  plain('title', 'title', r.title, t?.title);
  markdown('statement', 'statement', r.statement.markdown, t?.statement.markdown);
  r.sections.forEach((s, i) => {
    plain(`section-${i + 1}-heading`, s.heading, s.heading, t?.sections[i]?.heading);
    markdown(`section-${i + 1}`, s.heading, s.markdown, t?.sections[i]?.markdown);
  });
  r.references.forEach((ref, i) => {
    // a citation in words ("Regulation (EU) 2024/2847") reads differently in each language; a code ("RFC 9110") does not
    if (/\p{Ll}{4,}/u.test(ref.id)) plain(`reference-${i + 1}-id`, ref.id, ref.id, t?.references.get(ref.id)?.id);
    if (ref.title !== undefined) plain(`reference-${i + 1}`, ref.id, ref.title, t?.references.get(ref.id)?.title);
  });
  r.legalBasis.forEach((entry, i) => plain(`legal-basis-${i + 1}`, 'legal basis', entry, t?.legalBasis.get(entry)));
  for (const [name, p] of r.parameters) {
    if (p.type !== 'enum') continue;
    (p.values ?? []).forEach((v, i) => {
      if (typeof v === 'string') plain(`value-${name}-${i + 1}`, `${name}=${v}`, v, t?.values.get(name)?.get(v));
    });
  }
  const modal = labels.modal[r.obligation][0] ?? EN.modal[r.obligation][0];
  return {
    id: r.id,
    original: r.file,
    meta: [
      ['source-hash', hashOf(r)],
      ['translation', translationPath(r.file, r.id, lang)],
      ['obligation', r.obligation],
    ],
    notes: [
      `${r.id} is ${r.obligation}: state it with "${modal}". Keep standards, ids and the {{placeholders}} as they are. Units: title, statement, then each section's heading and text.`,
    ],
    units,
  };
}

function segmentsOf(parts: FieldPart[]): Inline[][] {
  return parts.filter((p): p is Extract<FieldPart, { kind: 'segment' }> => p.kind === 'segment').map((p) => p.content);
}

/** A unit, with the translation's segments as targets only when they pair one to one with the source's. */
function unit(
  id: string,
  name: string,
  data: OriginalData,
  parts: FieldPart[],
  targets: Inline[][] | undefined,
  state: 'initial' | TranslationState,
  glossary: XliffGlossEntry[],
): XliffUnit {
  const sources = segmentsOf(parts);
  const paired =
    targets && targets.length === sources.length
      ? targets.map((t, i) => alignCodeIds(sources[i]!, t, () => data.codeId()))
      : undefined;
  return {
    id,
    name,
    data: data.entries,
    parts,
    ...(paired ? { targets: paired, state } : {}),
    ...(glossary.length > 0 ? { glossary } : {}),
  };
}

/** The entries of a glossary whose source terms a text uses (with their inflections, the longest first), in text order. */
function glossaryLookup(glossary: Glossary | undefined): (source: string) => XliffGlossEntry[] {
  if (!glossary || glossary.terms.length === 0) return () => [];
  const terms = glossary.terms.map((t) => ({ text: t.source, kind: 'source' as const }));
  return (source) => {
    const seen = new Set<number>();
    const out: XliffGlossEntry[] = [];
    for (const m of findTerms(source, terms)) {
      if (seen.has(m.term)) continue;
      seen.add(m.term);
      const t = glossary.terms[m.term]!;
      const notes = [
        ...(t.note !== undefined ? [t.note] : []),
        ...(t.forbidden.length > 0 ? [`Not: ${t.forbidden.join(', ')}.`] : []),
      ];
      out.push({
        term: t.source,
        translation: t.target,
        origin: glossary.file,
        ...(notes.length > 0 ? { definition: notes.join(' ') } : {}),
      });
    }
    return out;
  };
}
