import type { Obligation } from '../obligation.js';

/** A modal verb and the obligation it expresses. */
export interface ModalWord {
  /** one word, or several that follow each other ("il convient", "darf nicht") */
  word: string;
  /** usually one; German "soll" is read as either mandatory or recommended */
  obligations: Obligation[];
  /** "May" is a month, "Must" a noun: only lower-case or all-capitals (RFC 2119 style) spellings count */
  notTitleCase?: boolean;
  /** not a modal of its own when one of these words comes earlier in the sentence (Dutch "zou ... moeten") */
  unlessAfter?: string[];
}

/** Phrases that make a text say where a supplier or its goods come from. */
export interface OriginWords {
  /** places that a supply condition names: "in the EU/EEA", "from Europe" */
  regions: string[];
  /** words that place something in a region: "in", "within", "outside" */
  locatingWords: string[];
  /** nouns before a locating word that describe rather than condition: "the centres in the EU", "languages in Europe" */
  describingBefore: string[];
  /** adjectives of origin, matched before a supply noun: "Chinese components", "European supplier" */
  adjectives: string[];
  /** a word between adjective and noun that makes the adjective name a language or a law: "French language software" */
  notOriginBetween: string[];
  /** what a supply condition is about: suppliers and their goods; a word may stand between ("Chinese network equipment") */
  supplyNouns: string[];
  /** participles joined straight to an adjective of origin: "EU-based", "European made" */
  participles: string[];
  /** whole phrases that condition on origin wherever they appear ("of European origin" is built from adjectives) */
  phrases: string[];
  /** verbs and nouns that tie a company or a product to a country: "made in", "headquartered in" */
  placingWords: string[];
  /** countries, matched after placing words: "made in China" */
  countries: string[];
}

/**
 * The words of one language that the text rules need. A language only needs the fields its rules use:
 * `stopWords` alone lets tenderkit recognise the language and skip the rules that have no words for it.
 */
export interface LanguageWords {
  /** BCP 47 primary tag */
  code: string;
  name: string;
  /** frequent function words, for recognising the language of a statement */
  stopWords: string[];
  modals?: ModalWord[];
  /** unverifiable words and phrases; matched as whole words, case-insensitive */
  vague?: string[];
  /** longer phrases that start with a vague one but point at something checkable: "as required by INT-011" */
  vagueExceptions?: string[];
  /** phrases that make an acceptance criterion uncheckable ("to the satisfaction of") */
  uncheckable?: string[];
  /** normalised section headings (see sectionKey) that hold acceptance criteria */
  acceptanceHeadings?: string[];
  /** "or equivalent" and its variants */
  orEquivalent?: string[];
  origin?: OriginWords;
  /** what an award criterion may not score because it describes the bidder, not the subject-matter (Art. 67(3) 2014/24/EU) */
  bidderTraits?: string[];
  /** words before a full stop that do not end a sentence ("Art.", "e.g.") */
  abbreviations?: string[];
}
