/**
 * Finding the terms of a glossary in a text, allowing for inflection, case-insensitive, the words of a term one after
 * another (separated by spaces or hyphens). The longest term is matched first, and a shorter term never matches inside
 * a longer one's match. How a word of the text may differ from a word of the term depends on what the term is:
 *
 * - `source`: an English term of the catalogue: the word itself or its plural or possessive ("centre", "centres",
 *   "operator's"), never a word that merely shares its stem ("operated", "operational");
 * - `approved`: an approved translation, recognised generously: a word that contains the term word's stem (the word
 *   minus its last two letters), so inflections ("centrum", "centra"; "Auftraggeber", "Auftraggebers") and compounds
 *   ("Partnerleitstellen" for "Leitstelle", "incidentdossiers" for "incidentdossier") count, and an umlaut
 *   ("Sicherheitsvorfällen" for "Sicherheitsvorfall");
 * - `variant`: a forbidden variant, recognised strictly: a word that starts with the whole variant word and is at
 *   most two letters longer ("meldkamers" for "meldkamer", but not "centra" for "centrale").
 * Pure.
 */

export type TermKind = 'source' | 'approved' | 'variant';

export interface Term {
  text: string;
  kind: TermKind;
}

/** A match of `terms[term]` at characters [start, end) of the text. */
export interface TermMatch {
  term: number;
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** what may stand between two words of one term */
const JOINER = /^[\s\-\u2010\u2011'’]+$/u;
/** a stem is the word without its last two letters, and keeps at least four */
const STEM_CUT = 2;
const MIN_STEM = 4;
/** how much longer than a forbidden word a matching word may be: its inflection endings */
const LONGER_BY = 2;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ text: m[0].toLocaleLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a word of the text is a form of a word of a term of this kind. */
export function sameWord(textWord: string, termWord: string, kind: TermKind): boolean {
  if (textWord === termWord) return true;
  switch (kind) {
    case 'source':
      return englishForms(termWord).includes(textWord);
    case 'variant':
      return textWord.startsWith(termWord) && textWord.length <= termWord.length + LONGER_BY;
    case 'approved':
      // German plurals may take an umlaut ("Vorfall", "Vorfälle"): compared without diacritics
      return termWord.length > MIN_STEM && withoutMarks(textWord).includes(withoutMarks(stemOf(termWord)));
  }
}

function withoutMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function stemOf(word: string): string {
  return word.slice(0, Math.max(MIN_STEM, word.length - STEM_CUT));
}

function englishForms(word: string): string[] {
  const forms = [`${word}s`, `${word}es`, `${word}'s`, `${word}’s`, `${word}s'`];
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

/** Every match of the terms in the text, longest term first, none overlapping another; in text order. */
export function findTerms(text: string, terms: readonly Term[]): TermMatch[] {
  const words = wordsOf(text);
  const taken = new Array<boolean>(words.length).fill(false);
  const order = terms
    .map((t, i) => ({ i, kind: t.kind, words: wordsOf(t.text).map((w) => w.text), length: t.text.length }))
    .filter((t) => t.words.length > 0)
    .sort((a, b) => b.length - a.length || a.i - b.i);
  const out: TermMatch[] = [];
  for (const term of order) {
    for (let at = 0; at + term.words.length <= words.length; at++) {
      if (!matchesAt(text, words, taken, at, term.words, term.kind)) continue;
      for (let k = 0; k < term.words.length; k++) taken[at + k] = true;
      out.push({ term: term.i, start: words[at]!.start, end: words[at + term.words.length - 1]!.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function matchesAt(
  text: string,
  words: Word[],
  taken: boolean[],
  at: number,
  termWords: string[],
  kind: TermKind,
): boolean {
  for (let k = 0; k < termWords.length; k++) {
    const w = words[at + k]!;
    if (taken[at + k] || !sameWord(w.text, termWords[k]!, kind)) return false;
    if (k > 0 && !JOINER.test(text.slice(words[at + k - 1]!.end, w.start))) return false;
  }
  return true;
}
