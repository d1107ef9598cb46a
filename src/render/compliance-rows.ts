import type { RootContent } from 'mdast';
import type { Labels } from '../load/frame/labels.js';
import { substituteInText, substituteParameters } from '../document/substitute-parameters.js';
import { frameOf, type Wording } from '../document/i18n/frame-of.js';
import { intlLocale, sameLanguage } from '../lib/language-tag.js';
import { localiseRequirement, type FallbackReason } from '../document/i18n/localise-requirement.js';
import type { ResolvedSpec } from '../resolve/resolved.js';

/**
 * The compliance matrix as rows of text: header first. The header, the obligation and the verification keep their
 * fixed codes (mandatory, test: programs read them, and codes are not text of a language); the title is the
 * requirement's in the document's language where a current translation gives it, so each language of a spec has
 * its own CSV.
 */
export function complianceRows(resolved: ResolvedSpec, wording: Wording): string[][] {
  const header = ['id', 'title', 'obligation', 'verification', 'response', 'bidder reference'];
  const { labels, language, locale } = frameOf(wording, resolved.spec);
  const context = {
    language,
    labels,
    translations: wording.translations,
    specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
  };
  const rows = resolved.requirements.map((r) => {
    const l = localiseRequirement(r, context);
    const title = sameLanguage(l.title.lang, language)
      ? substituteInText(l.title.text, l.values, l.parameters, locale)
      : substituteInText(r.title, r.parameters, r.source.parameters);
    return [r.id, title, r.obligation, r.verification.join('; '), '', ''];
  });
  return [header, ...rows];
}

/** One requirement of the matrix in the document's language, for forms people read. */
export interface LocalisedComplianceRow {
  id: string;
  /** the chapter title of its domain */
  domain: string;
  /** parameters filled in */
  title: string;
  obligation: string;
  verification: string;
  /** the statement, parameters filled in (render it as plain text or rich text) */
  statement: RootContent[];
  /** set when the title or statement is shown in another language (a missing or stale translation): its tag */
  otherLanguage?: string;
  fallback?: FallbackReason;
}

export interface LocalisedCompliance {
  /** the document language (BCP 47) */
  language: string;
  /** every frame word: matrix.id, matrix.title, ..., matrix.responses, matrix.chooseResponse, award.* */
  labels: Labels;
  rows: LocalisedComplianceRow[];
}

/**
 * The compliance matrix of a spec in its language: headers, obligation and verification names from the label set,
 * titles and statements translated where a current translation exists (the source text otherwise, flagged).
 */
export function localisedCompliance(resolved: ResolvedSpec, wording: Wording): LocalisedCompliance {
  const frame = frameOf(wording, resolved.spec);
  const { labels, language, locale } = frame;
  const context = {
    language,
    labels,
    translations: wording.translations,
    specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
  };
  const english = sameLanguage(frame.labelsLanguage, 'en');
  const domains = new Map(wording.domains.map((d) => [d.id, english ? d.title : (labels.domains[d.id] ?? d.title)]));
  const rows = resolved.requirements.map((r): LocalisedComplianceRow => {
    const l = localiseRequirement(r, context);
    const other = [l.title.lang, l.statement.lang].find((lang) => !sameLanguage(lang, language));
    const fallback =
      l.statement.fallback?.reason ?? (l.status === 'missing' || l.status === 'stale' ? l.status : undefined);
    return {
      id: r.id,
      domain: domains.get(r.source.domain) ?? r.source.domain,
      title: sameLanguage(l.title.lang, language)
        ? substituteInText(l.title.text, l.values, l.parameters, locale)
        : substituteInText(l.title.text, l.source.values, l.source.parameters, intlLocale(l.title.lang)),
      obligation: labels.obligation[r.obligation],
      verification: r.verification.map((v) => labels.verification[v]).join(', '),
      statement: sameLanguage(l.statement.lang, language)
        ? substituteParameters(l.statement.nodes, l.values, l.parameters, locale)
        : substituteParameters(l.statement.nodes, l.source.values, l.source.parameters, intlLocale(l.statement.lang)),
      ...(other !== undefined ? { otherLanguage: other } : {}),
      ...(fallback !== undefined ? { fallback } : {}),
    };
  });
  return { language, labels, rows };
}
