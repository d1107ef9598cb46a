import { EN, type Labels } from '../../load/frame/labels.js';
import { diagnostic, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import { BUILT_IN_LANGUAGES } from '../../load/frame/label-sets/index.js';
import type { LabelOverride } from '../../load/frame/label-overrides.js';
import { intlLocale, languageName, primaryTag, sameLanguage, SOURCE_LANGUAGE } from '../../lib/language-tag.js';

/** Everything about a document's language that the frame needs: words, introduction template, locale. */
export interface DocumentFrame {
  /** the document language (the spec's `language`) */
  language: string;
  labels: Labels;
  /** the language the labels are written in: the document language, or English when tenderkit has no words for it */
  labelsLanguage: string;
  /** for Intl number and date formats */
  locale: string;
  introduction: { name: string; source: string; file: string };
}

export interface FrameInputs {
  overrides: ReadonlyMap<string, LabelOverride>;
  /** workspace templates by file name */
  templates: ReadonlyMap<string, string>;
  /** the language of templates without a language in their name (tenderkit.yaml defaults.language) */
  defaultLanguage: string;
}

/**
 * The frame of a document in `language`: English, overlaid with the built-in set of the language, then the
 * workspace's `labels/<language>.yaml` (bare language first, then the full tag).
 */
export function documentFrame(
  language: string,
  inputs: FrameInputs,
  where: { file: string; at: Position },
): { frame: DocumentFrame; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const primary = primaryTag(language);
  const builtIn = BUILT_IN_LANGUAGES.get(primary);
  let labels = clone(EN) as unknown as Record<string, unknown>;
  if (builtIn) labels = merge(labels, builtIn.labels as unknown as Record<string, unknown>);
  const layers = [
    inputs.overrides.get(primary),
    language !== primary ? inputs.overrides.get(language) : undefined,
  ].filter((o): o is LabelOverride => o !== undefined);
  for (const layer of layers) labels = merge(labels, layer.values);
  // chapter titles name the workspace's own domains: an English default is no title in another language
  if (primary !== SOURCE_LANGUAGE) {
    let domains: Record<string, unknown> = { ...(builtIn?.labels.domains ?? {}) };
    for (const layer of layers) if (isMap(layer.values['domains'])) domains = merge(domains, layer.values['domains']);
    labels['domains'] = domains;
  }
  const known = builtIn !== undefined || layers.length > 0 || primary === SOURCE_LANGUAGE;
  if (!known) {
    diagnostics.push(
      diagnostic(
        'warning',
        'labels',
        `tenderkit has no words for ${languageName(language, SOURCE_LANGUAGE)} (${language}): the frame of the document is in English; add labels/${primary}.yaml (see the README for the keys)`,
        where.file,
        where.at,
      ),
    );
  }
  const frame: DocumentFrame = {
    language,
    labels: labels as unknown as Labels,
    labelsLanguage: known ? language : SOURCE_LANGUAGE,
    locale: intlLocale(language),
    introduction: introductionTemplate(language, inputs, builtIn?.introduction, diagnostics, where),
  };
  return { frame, diagnostics };
}

const INTRODUCTION = 'introduction.md.hbs';

/** The workspace's template for the language, else the built-in one; an unsuffixed template is in the default language. */
function introductionTemplate(
  language: string,
  inputs: FrameInputs,
  builtIn: string | undefined,
  diagnostics: Diagnostic[],
  where: { file: string; at: Position },
): DocumentFrame['introduction'] {
  for (const tag of [language, primaryTag(language)]) {
    const name = `introduction.${tag}.md.hbs`;
    const source = inputs.templates.get(name);
    if (source !== undefined) return { name, source, file: `templates/${name}` };
  }
  const own = inputs.templates.get(INTRODUCTION);
  if (own !== undefined && sameLanguage(language, inputs.defaultLanguage))
    return { name: INTRODUCTION, source: own, file: `templates/${INTRODUCTION}` };
  const english = BUILT_IN_LANGUAGES.get(SOURCE_LANGUAGE)!.introduction;
  if (builtIn !== undefined) {
    if (own !== undefined) {
      diagnostics.push(
        diagnostic(
          'warning',
          'template',
          `templates/${INTRODUCTION} is in ${languageName(inputs.defaultLanguage, SOURCE_LANGUAGE)}; this ${languageName(language, SOURCE_LANGUAGE)} document uses the built-in introduction: add templates/introduction.${primaryTag(language)}.md.hbs to change it`,
          where.file,
          where.at,
        ),
      );
    }
    const file =
      primaryTag(language) === SOURCE_LANGUAGE ? INTRODUCTION : `introduction.${primaryTag(language)}.md.hbs`;
    return { name: INTRODUCTION, source: builtIn, file: `<built-in>/${file}` };
  }
  if (own !== undefined) return { name: INTRODUCTION, source: own, file: `templates/${INTRODUCTION}` };
  return { name: INTRODUCTION, source: english, file: `<built-in>/${INTRODUCTION}` };
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function merge(base: Record<string, unknown>, layer: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(layer)) {
    const current = out[k];
    out[k] = isMap(current) && isMap(v) ? merge(current, v) : clone(v);
  }
  return out;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The Word renderer's own words (contents title, "Page X of Y") in the frame's language. */
export function docxLabels(labels: Labels): { contents: string; page: string; of: string; updateContents: string } {
  return { contents: labels.contents, page: labels.page, of: labels.of, updateContents: labels.updateContents };
}
