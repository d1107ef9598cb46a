import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { localiseRequirement, type LocalisationContext } from '../../document/i18n/localise-requirement.js';
import { NO_I18N } from '../../load/i18n.js';
import type { Labels } from '../../load/frame/labels.js';
import type { Domain } from '../../load/config.js';
import { isSourceLanguage, sameLanguage } from '../../lib/language-tag.js';
import type { EffectiveRequirement, ResolvedSpec } from '../../resolve/resolved.js';
import type { DiffEntry, SpecDiff } from './diff-specs.js';

/** The words and texts of an auditor's report in one language. */
export interface ReportLanguage {
  language: string;
  labels: Labels;
  /** for numbers */
  locale: string;
  /** the chapter titles of the workspace's domains in that language */
  domains: Domain[];
}

/** The report language of a spec: its `language` (or the one a further-language view gives it). */
export function reportLanguage(
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'i18n'>,
  spec: ResolvedSpec['spec'],
): ReportLanguage {
  const frame = frameOf(wordingOf(workspace), spec);
  const english = isSourceLanguage(frame.labelsLanguage);
  return {
    language: frame.language,
    labels: frame.labels,
    locale: frame.locale,
    domains: workspace.catalogue.config.domains.map((d) => ({
      ...d,
      title: english ? d.title : (frame.labels.domains[d.id] ?? d.title),
    })),
  };
}

/**
 * The diff with the texts a report shows in the report's language: each requirement's title, statement and
 * sections as its current translation gives them (the English text where there is none), parameter values as that
 * language writes them. What changed, and why, stays the diff's. In English the diff itself.
 */
export function localiseDiff(
  diff: SpecDiff,
  report: ReportLanguage,
  translations: NonNullable<Workspace<Resolution>['i18n']>['translations'] = NO_I18N.translations,
): SpecDiff {
  if (isSourceLanguage(report.language)) return diff;
  const contextOf = (spec: ResolvedSpec): LocalisationContext => ({
    language: report.language,
    labels: report.labels,
    translations,
    specLanguages: new Map(spec.chain.map((s) => [s.id, s.language])),
  });
  const before = contextOf(diff.baseline);
  const after = contextOf(diff.variant);
  const entries = diff.entries.map((entry): DiffEntry => {
    const b = entry.baseline && localisedView(entry.baseline, before, report.locale);
    const v = entry.variant && localisedView(entry.variant, after, report.locale);
    const either = (b ?? v)!;
    return {
      ...entry,
      source: either.requirement.source,
      baseline: b?.requirement,
      variant: v?.requirement,
      ...(either.locale !== undefined ? { locale: either.locale } : {}),
    };
  });
  return { ...diff, entries };
}

/** A requirement with its texts in the context's language where a current translation gives them. */
function localisedView(
  r: EffectiveRequirement,
  context: LocalisationContext,
  locale: string,
): { requirement: EffectiveRequirement; locale?: string } {
  const l = localiseRequirement(r, context);
  const inLanguage = (lang: string) => sameLanguage(lang, context.language);
  const sections = r.source.sections.map((s, i) => {
    const t = l.sections[i];
    return t && inLanguage(t.lang) ? { ...s, heading: t.heading, nodes: t.nodes } : s;
  });
  const translatedStatement = inLanguage(l.statement.lang);
  const requirement: EffectiveRequirement = {
    ...r,
    title: l.title.text,
    // the report reads a statement's words from its tree when its Markdown is empty
    statement: translatedStatement ? { ...r.statement, markdown: '', nodes: l.statement.nodes } : r.statement,
    parameters: translatedStatement ? l.values : r.parameters,
    source: { ...r.source, sections, ...(translatedStatement ? { parameters: l.parameters } : {}) },
  };
  return { requirement, ...(translatedStatement ? { locale } : {}) };
}

/** What the redline needs of a report language. */
export function redlineSettings(
  language: ReportLanguage,
  date: Date,
): { date: Date; domains: Domain[]; labels: Labels; language: string; locale: string } {
  return {
    date,
    domains: language.domains,
    labels: language.labels,
    language: language.language,
    locale: language.locale,
  };
}
