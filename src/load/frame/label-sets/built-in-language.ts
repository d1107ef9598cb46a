import type { Labels } from '../labels.js';

/**
 * A built-in set: every frame word of the tender document; the words of the response form, the auditors' reports,
 * the selection chapter and the acceptance documents where the language has them (English otherwise).
 */
export type BuiltInLabels = Omit<Labels, 'form' | 'report' | 'selection' | 'acceptance' | 'references' | 'enum'> &
  Partial<Pick<Labels, 'form' | 'report' | 'selection' | 'acceptance' | 'references' | 'enum'>>;

/** A language that tenderkit knows out of the box: the frame words and the introduction template. */
export interface BuiltInLanguage {
  /** BCP 47 primary language subtag */
  tag: string;
  labels: BuiltInLabels;
  /** Handlebars source of the introduction (same data as templates/introduction.md.hbs) */
  introduction: string;
}
