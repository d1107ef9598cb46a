import type { Obligation } from './obligation.js';
import type { LanguageWords, ModalWord } from './words/index.js';
import type { Prose } from './prose.js';
import { splitSentences, type Sentence } from './sentences.js';
import { isTitleCase, tokenise } from './tokens.js';

/** A modal verb in a statement. */
export interface ModalUse {
  /** as written, e.g. "Shall", "darf nicht" */
  found: string;
  obligations: Obligation[];
  offset: number;
  /** index into the sentences of the prose */
  sentence: number;
}

export interface ModalReading {
  sentences: Sentence[];
  modals: ModalUse[];
}

const readings = new WeakMap<Prose, { words: LanguageWords; reading: ModalReading }>();

/** Finds the modal verbs of a language in prose, sentence by sentence; once per prose, as two rules count them. */
export function readModals(prose: Prose, words: LanguageWords & { modals: ModalWord[] }): ModalReading {
  const known = readings.get(prose);
  if (known?.words === words) return known.reading;
  const reading = findModals(prose, words);
  readings.set(prose, { words, reading });
  return reading;
}

function findModals(prose: Prose, words: LanguageWords & { modals: ModalWord[] }): ModalReading {
  const sentences = splitSentences(prose, words.abbreviations);
  const entries = compiledModals(words.modals);
  const modals: ModalUse[] = [];
  sentences.forEach((s, index) => {
    const tokens = tokenise(prose.text, s.start, s.end);
    for (let i = 0; i < tokens.length; i++) {
      const entry = entries.get(tokens[i]!.lower)?.find((e) => e.parts.every((p, k) => tokens[i + k]?.lower === p));
      if (!entry) continue;
      const first = tokens[i]!;
      if (entry.notTitleCase && isTitleCase(first.text)) continue;
      if (entry.unlessAfter && tokens.slice(0, i).some((t) => entry.unlessAfter!.includes(t.lower))) continue;
      const last = tokens[i + entry.parts.length - 1]!;
      modals.push({
        found: prose.text.slice(first.offset, last.offset + last.text.length),
        obligations: entry.obligations,
        offset: first.offset,
        sentence: index,
      });
      i += entry.parts.length - 1;
    }
  });
  return { sentences, modals };
}

type CompiledModal = ModalWord & { parts: string[] };
const compiledCache = new WeakMap<readonly ModalWord[], Map<string, CompiledModal[]>>();

/** Modal entries by their first word, longest first: a token is looked up, not compared with every entry. */
function compiledModals(modals: readonly ModalWord[]): Map<string, CompiledModal[]> {
  let byFirst = compiledCache.get(modals);
  if (byFirst) return byFirst;
  byFirst = new Map();
  const sorted = modals
    .map((m) => ({ ...m, parts: m.word.toLowerCase().split(/\s+/) }))
    .sort((a, b) => b.parts.length - a.parts.length);
  for (const m of sorted) byFirst.set(m.parts[0]!, [...(byFirst.get(m.parts[0]!) ?? []), m]);
  compiledCache.set(modals, byFirst);
  return byFirst;
}

export function hasModals(words: LanguageWords): words is LanguageWords & { modals: ModalWord[] } {
  return words.modals !== undefined && words.modals.length > 0;
}
