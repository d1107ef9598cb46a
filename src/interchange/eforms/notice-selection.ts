import { thresholdText } from '../../document/selection-chapter.js';
import { espdCriteriaOf } from '../../lib/espd-edm/espd-criteria.js';
import type { Labels } from '../../load/frame/labels.js';
import type { LocalisedText } from '../../load/spec/spec.js';
import { effectiveSelection } from '../../resolve/effective-selection.js';
import { pickLanguage } from '../../resolve/localised.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';

/** An exclusion ground or selection criterion as the notice writes it: the code and one text in the notice language. */
export interface NoticeRequirement {
  code: string;
  /** BT-67(b) or BT-750: the buyer's description, with the threshold for a criterion */
  description?: string;
  /** whether the ESPD Request asks for it (some 2009/81 codes have no ESPD criterion) */
  inEspd: boolean;
}

export interface NoticeSelection {
  /** BT-67, procedure level */
  exclusion: NoticeRequirement[];
  /** BT-809, every lot */
  criteria: NoticeRequirement[];
}

/**
 * The spec's exclusion grounds and selection criteria for the notice, their texts in the notice language (the
 * spec's main one; a text without it is taken in the language it has, as the tender document shows it) and each
 * criterion's threshold worded by the document frame of that language.
 */
export function noticeSelection(resolved: ResolvedSpec, labels: Labels): NoticeSelection {
  const { exclusion, criteria } = effectiveSelection(resolved);
  const language = resolved.spec.language;
  const textOf = (text: LocalisedText | undefined) =>
    text === undefined ? undefined : pickLanguage(text, language).text.replace(/\s+/g, ' ').trim();
  return {
    exclusion: exclusion.map((g) => ({
      code: g.code,
      ...defined(textOf(g.description)),
      inEspd: espdCriteriaOf(g.code) !== undefined,
    })),
    criteria: criteria.map((c) => {
      const threshold = c.threshold
        ? `${labels.selection.threshold}: ${thresholdText(c.threshold, language, labels)}.`
        : '';
      const description = [textOf(c.description), threshold].filter(Boolean).join(' ');
      return { code: c.code, ...defined(description || undefined), inEspd: espdCriteriaOf(c.code) !== undefined };
    }),
  };
}

function defined(description: string | undefined): { description?: string } {
  return description === undefined ? {} : { description };
}
