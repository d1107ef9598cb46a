import { DEFAULT_TEMPLATES } from '../default-templates.js';
import { EN } from '../labels.js';
import type { BuiltInLanguage } from './built-in-language.js';
import { CS } from './cs.js';
import { DE } from './de.js';
import { ES } from './es.js';
import { ET } from './et.js';
import { FI } from './fi.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { PT } from './pt.js';
import { SV } from './sv.js';

export type { BuiltInLanguage } from './built-in-language.js';

const ENGLISH: BuiltInLanguage = { tag: 'en', labels: EN, introduction: DEFAULT_TEMPLATES['introduction.md.hbs']! };

/** The languages whose frame tenderkit ships, by primary language subtag. */
export const BUILT_IN_LANGUAGES: ReadonlyMap<string, BuiltInLanguage> = new Map(
  [ENGLISH, CS, DE, ES, ET, FI, FR, IT, NL, PL, PT, SV].map((l) => [l.tag, l]),
);
