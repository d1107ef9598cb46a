import type { PhrasingContent, RootContent } from 'mdast';
import { selectionCode, selectionCodeName } from '../lib/eforms-sdk/selection-codes.js';
import { espdCriteriaOf } from '../lib/espd-edm/espd-criteria.js';
import { intlLocale, sameLanguage } from '../lib/language-tag.js';
import type { Labels } from '../load/frame/labels.js';
import type { SelectionThreshold } from '../load/spec/selection.js';
import type { LocalisedText, Spec } from '../load/spec/spec.js';
import { effectiveSelection } from '../resolve/effective-selection.js';
import { pickLanguage } from '../resolve/localised.js';
import type { ResolvedSpec } from '../resolve/resolved.js';
import { heading, paragraph, table, text } from './mdast-nodes.js';

/**
 * The chapter of the exclusion grounds and selection criteria, numbered `number`; none when the spec has neither.
 * A ground's name is the official one of the eForms code list in the document's language; the buyer's description
 * follows in the document's language, else in the language it is written in, tagged and marked as such.
 */
export function selectionChapter(resolved: ResolvedSpec, labels: Labels, number: string): RootContent[] {
  const { exclusion, criteria } = effectiveSelection(resolved);
  if (exclusion.length === 0 && criteria.length === 0) return [];
  const language = resolved.spec.language;
  const words = labels.selection;
  const nodes: RootContent[] = [heading(1, [text(words.chapter)], { number }), paragraph([text(words.intro)])];
  let section = 0;
  const name = (code: string): PhrasingContent[] => {
    const known = selectionCode(code);
    if (!known) return [text(code)];
    const official = selectionCodeName(known, language);
    return [text(official.name, sameLanguage(official.language, language) ? undefined : official.language)];
  };
  const describe = (description: LocalisedText | undefined, setBy: Spec, code: string): PhrasingContent[] => {
    const parts: PhrasingContent[] = description === undefined ? [] : described(description, setBy, language, labels);
    if (!espdCriteriaOf(code)) parts.push(...(parts.length > 0 ? [text(' ')] : []), text(words.notInEspd));
    return parts;
  };
  if (exclusion.length > 0) {
    nodes.push(heading(2, [text(words.exclusion)], { number: `${number}.${++section}` }));
    nodes.push(
      table(
        [words.code, words.ground, words.description],
        exclusion.map((g) => [[text(g.code)], name(g.code), describe(g.description, g.setBy, g.code)]),
        [22, 38, 40],
      ),
    );
  }
  if (criteria.length > 0) {
    nodes.push(heading(2, [text(words.criteria)], { number: `${number}.${++section}` }));
    nodes.push(
      table(
        [words.code, words.criterion, words.description, words.threshold],
        criteria.map((c) => [
          [text(c.code)],
          name(c.code),
          describe(c.description, c.setBy, c.code),
          [text(c.threshold ? thresholdText(c.threshold, language, labels) : '')],
        ]),
        [18, 22, 42, 18],
      ),
    );
  }
  return nodes;
}

/** The description in the document's language, else the text it has with the note that says it is not yet translated. */
function described(description: LocalisedText, setBy: Spec, language: string, labels: Labels): PhrasingContent[] {
  const picked = pickLanguage(description, language);
  const written = picked.language ?? setBy.language;
  if (sameLanguage(written, language)) return [text(picked.text)];
  return [text(`${labels.fallback.missing} `), text(picked.text, written)];
}

/** "at least €4,000,000, over the last 3 years" in the document's language. */
export function thresholdText(threshold: SelectionThreshold, language: string, labels: Labels): string {
  const locale = intlLocale(language);
  const fill = (template: string, key: string, value: string) => template.replace(`{${key}}`, value);
  const parts: string[] = [];
  if (threshold.amount !== undefined && threshold.currency !== undefined) {
    const amount = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: threshold.currency,
      maximumFractionDigits: 0,
    }).format(threshold.amount);
    parts.push(fill(labels.selection.amount, 'amount', amount));
  }
  if (threshold.count !== undefined)
    parts.push(fill(labels.selection.count, 'count', new Intl.NumberFormat(locale).format(threshold.count)));
  if (threshold.years !== undefined) parts.push(fill(labels.selection.years, 'years', String(threshold.years)));
  return parts.join(', ');
}
