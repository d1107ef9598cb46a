import type { OriginWords } from '../../lib/language/words/index.js';
import { allMatches, alternatives, findPhrases } from './phrases.js';

/** A place where a text conditions on where a supplier or its goods come from. */
export interface OriginMatch {
  found: string;
  offset: number;
}

const BEFORE = '(?<![\\p{L}\\p{N}\\-/])';
const AFTER = '(?![\\p{L}\\p{N}\\-/])';
const cache = new WeakMap<OriginWords, RegExp[]>();

function patterns(words: OriginWords): RegExp[] {
  let res = cache.get(words);
  if (res) return res;
  const capitalised = (list: readonly string[]) => list.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
  const bridge = `(?:[\\s-]+(?!(?:${alternatives(words.notOriginBetween)})${AFTER})\\p{Ll}[\\p{L}-]*)?`;
  const adjectives = alternatives(capitalised(words.adjectives));
  const notDescribing = words.describingBefore.length ? `(?<!(?:${alternatives(words.describingBefore)})\\s+)` : '';
  res = [
    // "Chinese components", "European network equipment", "non-EU suppliers"
    new RegExp(`${BEFORE}(?:${adjectives})${bridge}[\\s-]+(?:${alternatives(words.supplyNouns)})${AFTER}`, 'gu'),
    // "EU-based", "European made"
    new RegExp(`${BEFORE}(?:${adjectives})[\\s-]+(?:${alternatives(words.participles)})${AFTER}`, 'gu'),
    // "in the EU/EEA", "outside Europe"; not "the centres in the EU", nor "the EU Critical Communication System"
    new RegExp(
      `${BEFORE}${notDescribing}(?:${alternatives(capitalised(words.locatingWords))})\\s+(?:${alternatives(words.regions)})${AFTER}(?!\\s+\\p{Lu})`,
      'gu',
    ),
    // "made in China", "headquartered in a Member State"
    new RegExp(
      `${BEFORE}(?:${alternatives(capitalised(words.placingWords))})\\s+(?:${alternatives(words.countries)})${AFTER}`,
      'gu',
    ),
  ];
  cache.set(words, res);
  return res;
}

/** Every origin condition in prose, in text order, overlapping matches merged into the first. */
export function findOriginConditions(text: string, words: OriginWords): OriginMatch[] {
  const all: OriginMatch[] = [];
  for (const re of patterns(words)) {
    for (const m of allMatches(re, text)) all.push({ found: m[0].replace(/\s+/g, ' '), offset: m.index });
  }
  for (const m of findPhrases(text, words.phrases)) all.push({ found: m.found.replace(/\s+/g, ' '), offset: m.offset });
  all.sort((a, b) => a.offset - b.offset || b.found.length - a.found.length);
  const out: OriginMatch[] = [];
  let end = -1;
  for (const m of all) {
    if (m.offset < end) continue;
    out.push(m);
    end = m.offset + m.found.length;
  }
  return out;
}
