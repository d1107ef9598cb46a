import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { LanguageWords } from './language-words.js';
import { nl } from './nl.js';
import { RECOGNISED_ONLY } from './recognised-only.js';

export type { LanguageWords, ModalWord, OriginWords } from './language-words.js';
export { PRODUCTS, VENDORS } from './names.js';

/** Every language tenderkit recognises; English first: it is the default. Add a language here. */
export const LANGUAGES: readonly LanguageWords[] = [en, fr, de, nl, ...RECOGNISED_ONLY];

export const ENGLISH = en;
