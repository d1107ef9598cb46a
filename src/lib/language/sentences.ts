import type { Prose } from './prose.js';

export interface Sentence {
  start: number;
  end: number;
}

/** Abbreviations that every language shares: legal and standards citations ("Art. 42", "No. 2016/679"). */
const COMMON_ABBREVIATIONS = [
  'e.g',
  'i.e',
  'etc',
  'art',
  'arts',
  'no',
  'nr',
  'reg',
  'cf',
  'vs',
  'ca',
  'min',
  'max',
  'approx',
];

const NONE: readonly string[] = [];

/**
 * Splits prose into sentences: at a full stop, question or exclamation mark followed by a capital (or the end),
 * unless the word before is an abbreviation or an initial, and at every block start.
 */
export function splitSentences(prose: Prose, abbreviations: readonly string[] = NONE): Sentence[] {
  const text = prose.text;
  const known = abbreviationSet(abbreviations);
  const cuts = new Set<number>(prose.blockStarts.filter((b) => b > 0 && b < text.length));
  for (const m of text.matchAll(/[.!?]+(?=\s|$)/g)) {
    const after = m.index + m[0].length;
    const next = /^\s*(\S)?/u.exec(text.slice(after, after + 40))?.[1];
    if (next !== undefined && !/[\p{Lu}"“„«‘'([]/u.test(next)) continue;
    if (m[0] === '.' && endsWithAbbreviation(text.slice(Math.max(0, m.index - 12), m.index), known)) continue;
    cuts.add(after);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  const out: Sentence[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    let start = points[i]!;
    let end = points[i + 1]!;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

function abbreviationSet(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set([...COMMON_ABBREVIATIONS, ...list].map((a) => a.toLowerCase()))));
  return set;
}

function endsWithAbbreviation(before: string, known: ReadonlySet<string>): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (word === undefined) return false;
  if (/^\p{L}$/u.test(word)) return true;
  return known.has(word.toLowerCase());
}
