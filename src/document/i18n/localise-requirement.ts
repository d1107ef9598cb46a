import type { RootContent } from 'mdast';
import type { Parameter, ParameterValue } from '../../load/requirement/requirement.js';
import type { Labels } from '../../load/frame/labels.js';
import { statementFromText } from '../../resolve/resolve.js';
import { pickLanguage } from '../../resolve/localised.js';
import type { EffectiveRequirement } from '../../resolve/resolved.js';
import { sameLanguage, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { plainTextLanguage } from './plain-text-language.js';
import { rewriteTranslatedModal } from './translated-modal.js';
import type { Translation, TranslationSet } from '../../load/translation/translation.js';
import { translationStatus, type TranslationStatus } from '../../load/translation/translation-status.js';
import './mdast-lang.js';

export interface LocalisationContext {
  /** the document language */
  language: string;
  labels: Labels;
  translations: TranslationSet;
  /** the language of each spec of the chain: a plain-text replacement statement is in the language of its spec */
  specLanguages: ReadonlyMap<string, string>;
}

/** Why a text is shown in another language than the document's. */
export type FallbackReason =
  /** no translation of the requirement */
  | 'missing'
  /** the translation was made from an older source text */
  | 'stale'
  /** a deviation replaced the statement without a text in the document language */
  | 'deviation'
  /** a deviation changed the obligation and the translation's modal verb could not follow */
  | 'obligation';

export interface LocalisedText {
  nodes: RootContent[];
  /** the language of the text */
  lang: string;
}

/** A requirement's texts as a document in one language shows them, each with its language. */
export interface LocalisedRequirement {
  status: TranslationStatus['status'];
  title: { text: string; lang: string };
  statement: LocalisedText & { fallback?: { reason: FallbackReason; spec?: string } };
  sections: Array<LocalisedText & { key: string; heading: string }>;
  /** `id` as the document cites it (translated for EU acts); `title` with its language */
  references: Array<{ id: string; title: string | undefined; lang: string; equivalent: boolean }>;
  legalBasis: Array<{ text: string; lang: string }>;
  /** the effective parameter values as the document language shows them (yes/no in words, translated enum values) */
  values: Map<string, ParameterValue>;
  /** the parameters, units named in the document language where the label set names them */
  parameters: Map<string, Parameter>;
  /** values and parameters for a text shown in the source language */
  source: { values: Map<string, ParameterValue>; parameters: ReadonlyMap<string, Parameter> };
}

/** Chooses, field by field, the translated text where it exists and is current, else the source text. Pure. */
export function localiseRequirement(r: EffectiveRequirement, context: LocalisationContext): LocalisedRequirement {
  const { language, labels } = context;
  const state = translationStatus(r.source, language, context.translations);
  const translation = state.status === 'current' ? state.translation : undefined;
  const sourceLang = SOURCE_LANGUAGE;
  const wholeFallback = state.status === 'missing' || state.status === 'stale' ? state.status : undefined;
  const textLang = translation || state.status === 'source' ? language : sourceLang;

  const title =
    r.title !== r.source.title
      ? { text: r.title, lang: context.specLanguages.get(r.provenance.title.spec) ?? sourceLang }
      : translation
        ? { text: translation.title, lang: language }
        : { text: r.title, lang: textLang };

  const statement = localiseStatement(r, context, translation, wholeFallback);
  const sections = r.source.sections.map((s, i) => {
    const t = translation?.sections[i];
    return t
      ? { key: s.key, heading: t.heading, nodes: t.nodes, lang: language }
      : { key: s.key, heading: s.heading, nodes: s.nodes, lang: textLang };
  });
  const references = r.source.references.map((ref) => {
    const translated = translation?.references.get(ref.id);
    // an untranslated title is the source's: the name of a document published in English only, tagged as such
    const title =
      translated?.title ?? (Object.hasOwn(labels.references, ref.id) ? labels.references[ref.id] : undefined);
    return {
      id: translated?.id ?? ref.id,
      title: title ?? ref.title,
      lang: title !== undefined ? language : sourceLang,
      equivalent: ref.equivalent,
    };
  });
  const legalBasis = r.source.legalBasis.map((entry) => {
    const translated = translation?.legalBasis.get(entry);
    return translated !== undefined ? { text: translated, lang: language } : { text: entry, lang: textLang };
  });
  return {
    status: state.status,
    title,
    statement,
    sections,
    references,
    legalBasis,
    values: displayValues(r, labels, translation),
    parameters: localisedUnits(r.source.parameters, labels),
    source: { values: r.parameters, parameters: r.source.parameters },
  };
}

function localiseStatement(
  r: EffectiveRequirement,
  context: LocalisationContext,
  translation: Translation | undefined,
  wholeFallback: 'missing' | 'stale' | undefined,
): LocalisedRequirement['statement'] {
  const { language } = context;
  const sourceLang = SOURCE_LANGUAGE;
  const own = r.statement === r.source.statement;
  if (r.statementOverride !== undefined) {
    const spec = r.provenance.statement.spec;
    const lang =
      typeof r.statementOverride === 'string'
        ? plainTextLanguage(r.statementOverride, context.specLanguages.get(spec) ?? sourceLang)
        : (pickLanguage(r.statementOverride, language).language ?? sourceLang);
    if (sameLanguage(lang, language)) return { nodes: r.statement.nodes, lang: language };
    return { nodes: r.statement.nodes, lang, fallback: { reason: 'deviation', spec } };
  }
  if (own) {
    if (translation) return { nodes: translation.statement.nodes, lang: language };
    if (wholeFallback) return { nodes: r.statement.nodes, lang: sourceLang, fallback: { reason: wholeFallback } };
    return { nodes: r.statement.nodes, lang: language };
  }
  // the resolver rewrote the source's modal verb for a new obligation: follow it in the translation
  if (translation) {
    const rewritten = rewriteTranslatedModal(
      translation.statement.markdown,
      r.source.obligation,
      r.obligation,
      context.labels.modal,
    );
    if (rewritten !== undefined) return { nodes: statementFromText(rewritten).nodes, lang: language };
    return {
      nodes: r.statement.nodes,
      lang: sourceLang,
      fallback: { reason: 'obligation', spec: r.provenance.obligation.spec },
    };
  }
  if (wholeFallback) return { nodes: r.statement.nodes, lang: sourceLang, fallback: { reason: wholeFallback } };
  return { nodes: r.statement.nodes, lang: language };
}

/** Booleans in words of the language; enum and string values by the translation's display names. */
function displayValues(
  r: EffectiveRequirement,
  labels: Labels,
  translation: Translation | undefined,
): Map<string, ParameterValue> {
  const out = new Map<string, ParameterValue>();
  for (const [name, value] of r.parameters) {
    if (typeof value === 'boolean') out.set(name, value ? labels.values.yes : labels.values.no);
    else if (typeof value === 'string' && translation?.values.get(name)?.has(value))
      out.set(name, translation.values.get(name)!.get(value)!);
    else if (
      typeof value === 'string' &&
      r.source.parameters.get(name)?.type === 'enum' &&
      Object.hasOwn(labels.enum, value)
    )
      out.set(name, labels.enum[value]!);
    else out.set(name, value);
  }
  return out;
}

function localisedUnits(parameters: ReadonlyMap<string, Parameter>, labels: Labels): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const [name, p] of parameters) {
    const unit = p.unit !== undefined && Object.hasOwn(labels.units, p.unit) ? labels.units[p.unit] : undefined;
    out.set(name, unit !== undefined ? { ...p, unit } : p);
  }
  return out;
}
