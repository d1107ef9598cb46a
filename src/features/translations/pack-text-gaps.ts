import type { Workspace as LoadedWorkspace } from '../../load/workspace.js';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { translationGapsIn } from '../../document/i18n/translation-warnings.js';
import { annexInLanguage, annexSourceHash, annexTranslationPath } from '../../load/annex/annex-translation.js';
import { EN } from '../../load/frame/labels.js';
import { BUILT_IN_LANGUAGES } from '../../load/frame/label-sets/index.js';
import { missingKeys } from '../../load/frame/label-overrides.js';
import { NO_I18N } from '../../load/i18n.js';
import { hasTextIn } from '../../load/spec/localised-text.js';
import { findTranslation } from '../../load/translation/translation.js';
import { translationStatus } from '../../load/translation/translation-status.js';
import { isSourceLanguage, primaryTag, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { effectiveAnnexes, isMarkdownAnnex } from '../../resolve/effective-annexes.js';
import { resolvedInLanguage } from '../../resolve/in-language.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';

/** A Markdown annex of a pack whose text in the language is missing or stale, and what its translation must name. */
export interface AnnexGap {
  annex: string;
  /** where its translation goes */
  path: string;
  status: 'missing' | 'stale';
  /** the `source:` the translation must carry: the hash of the annex's text today */
  source: string;
}

/**
 * Every piece of text a spec's pack needs in one of its languages and does not have there (DESIGN 2.5): requirement
 * translations (title, statement, rationale, acceptance criteria and the other sections: one file, current or not),
 * replacement statements, reference titles, enumerated values, the spec texts of its chain (title, authority,
 * procurement title, award criteria, justifications, annex titles), the Markdown annexes and the frame's labels.
 */
export interface PackTextGaps {
  spec: string;
  language: string;
  /** requirement ids without a translation into the language */
  missing: string[];
  /** requirement ids whose translation was made from an older text */
  stale: string[];
  /** statements a deviation replaced without a text in the language: "<id> (<why>)" */
  replaced: string[];
  /** "<requirement>: <reference id>" whose title has no text in the language */
  references: string[];
  /** "<requirement>: <parameter> = <value>" for an enumerated value without a text in the language */
  values: string[];
  /** "<spec file>: <yaml path>" of a spec text without a text in the language */
  specTexts: string[];
  annexes: AnnexGap[];
  /** frame label keys that fall back to English ("form.columns.comment", "domains.security") */
  labels: string[];
}

export function gapCount(g: PackTextGaps): number {
  return (
    g.missing.length +
    g.stale.length +
    g.replaced.length +
    g.references.length +
    g.values.length +
    g.specTexts.length +
    g.annexes.length +
    g.labels.length
  );
}

type Workspace = Pick<LoadedWorkspace<unknown>, 'catalogue' | 'i18n'>;

/** The gaps of a spec's pack in one language; none for the catalogue's own language. Pure. */
export function packTextGaps(workspace: Workspace, resolved: ResolvedSpec, language: string): PackTextGaps {
  const gaps: PackTextGaps = {
    spec: resolved.spec.id,
    language,
    missing: [],
    stale: [],
    replaced: [],
    references: [],
    values: [],
    specTexts: [],
    annexes: [],
    labels: [],
  };
  const inLanguage = resolvedInLanguage(resolved, language);
  const labels = frameOf(wordingOf(workspace), inLanguage.spec).labels;
  gaps.specTexts = specTextGaps(resolved, language);
  if (isSourceLanguage(language)) return gaps;
  const translations = (workspace.i18n ?? NO_I18N).translations;
  const requirementGaps = translationGapsIn(inLanguage, {
    language,
    labels,
    translations,
    specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
  });
  gaps.missing = requirementGaps.missing;
  gaps.stale = requirementGaps.stale;
  gaps.replaced = requirementGaps.replaced;
  for (const r of resolved.requirements) {
    const state = translationStatus(r.source, language, translations);
    const translation = state.status === 'current' ? state.translation : findTranslation(translations, r.id, language);
    for (const ref of r.source.references) {
      if (ref.title === undefined) continue;
      if (translation?.references.get(ref.id)?.title !== undefined) continue;
      if (Object.hasOwn(labels.references, ref.id)) continue;
      gaps.references.push(`${r.id}: ${ref.id}`);
    }
    for (const [name, value] of r.parameters) {
      const p = r.source.parameters.get(name);
      if (p?.type !== 'enum' || typeof value !== 'string') continue;
      if (translation?.values.get(name)?.has(value)) continue;
      if (Object.hasOwn(labels.enum, value)) continue;
      gaps.values.push(`${r.id}: ${name} = ${value}`);
    }
  }
  for (const annex of effectiveAnnexes(resolved)) {
    if (!isMarkdownAnnex(annex.path)) continue;
    const file = workspace.catalogue.annexes?.get(annex.path);
    if (!file) continue;
    const shown = annexInLanguage(file, language, SOURCE_LANGUAGE);
    if (shown.status === 'missing' || shown.status === 'stale') {
      gaps.annexes.push({
        annex: annex.path,
        path: shown.translation?.path ?? annexTranslationPath(annex.path, language),
        status: shown.status,
        source: annexSourceHash(file.text ?? ''),
      });
    }
  }
  gaps.labels = labelGaps(workspace, language);
  return gaps;
}

/**
 * The texts the specs of the chain write themselves that the pack shows and that have no string in the language:
 * the spec's own texts, and its ancestors' justifications and annex titles (the deviation report and the annex
 * chapter show them).
 */
function specTextGaps(resolved: ResolvedSpec, language: string): string[] {
  const out: string[] = [];
  for (const s of resolved.chain) {
    const own = s.id === resolved.spec.id;
    for (const slot of s.texts.slots) {
      if (!own && slot.path[0] !== 'deviations' && slot.path[0] !== 'annexes') continue;
      if (!hasTextIn(slot.text, language, s.texts.main)) out.push(`${s.file}: ${slot.path.join('.')}`);
    }
  }
  return out;
}

/** The frame's words that a document in the language shows in English: built-in set and labels files together. */
function labelGaps(workspace: Workspace, language: string): string[] {
  const primary = primaryTag(language);
  const overrides = (workspace.i18n ?? NO_I18N).labelOverrides;
  const layers = [
    BUILT_IN_LANGUAGES.get(primary)?.labels as unknown as Record<string, unknown> | undefined,
    overrides.get(primary)?.values,
    primary !== language ? overrides.get(language)?.values : undefined,
  ].filter((l): l is Record<string, unknown> => l !== undefined);
  // the acceptance plan and report are the contract's documents, written after the award: not part of the pack
  const { acceptance: _, ...packWords } = EN;
  const out = missingKeys(packWords as unknown as Record<string, unknown>, layers);
  const domains = layers.map((l) => l['domains']).filter((d): d is Record<string, unknown> => isMap(d));
  for (const d of workspace.catalogue.config.domains)
    if (!domains.some((m) => typeof m[d.id] === 'string')) out.push(`domains.${d.id}`);
  return out;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
