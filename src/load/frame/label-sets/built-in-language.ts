import type { Labels } from '../labels.js';

/** A language that tenderkit knows out of the box: the frame words and the introduction template. */
export interface BuiltInLanguage {
  /** BCP 47 primary language subtag */
  tag: string;
  labels: Labels;
  /** Handlebars source of the introduction (same data as templates/introduction.md.hbs) */
  introduction: string;
}
