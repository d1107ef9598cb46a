import { diffArrays, diffWordsWithSpace, type ChangeObject } from 'diff';

/** A piece of a text diff: kept, deleted from the old text, or inserted into the new one. */
export interface DiffPart {
  type: 'equal' | 'delete' | 'insert';
  text: string;
}

export interface WordDiffOptions {
  /** the most tokens that may change before the diff gives up on words (deterministic: the main guard) */
  maxEditLength?: number;
  /** milliseconds before a diff gives up; a safety net behind maxEditLength for pathological inputs */
  timeout?: number;
  /** tokens that are never split, such as `{{name}}` placeholders (a global regular expression) */
  atomic?: RegExp;
}

export interface WordDiff {
  parts: DiffPart[];
  /** how fine the diff is: words, or a coarser fallback when the word diff was too large or too slow */
  granularity: 'word' | 'sentence' | 'text';
}

export const DEFAULT_MAX_EDIT_LENGTH = 2000;
export const DEFAULT_TIMEOUT_MS = 2000;

/** diff's word tokenizer knows Latin letters only; a Greek or Cyrillic word would fall apart into letters. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;
const PRIVATE_USE = /[\uE000-\uF8FF]/u;

/**
 * A word-level diff of two texts. Joining the equal and deleted parts gives `from`; joining the equal and inserted
 * parts gives `to`. Within a run of changes, the deletion comes before the insertion. Never hangs: a diff that is too
 * large falls back to sentences, then to the whole text.
 */
export function wordDiff(from: string, to: string, options: WordDiffOptions = {}): WordDiff {
  if (from === to) return { parts: from === '' ? [] : [{ type: 'equal', text: from }], granularity: 'word' };
  const limits = {
    maxEditLength: options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
  };
  const words = byWords(from, to, limits, options.atomic);
  if (words) return { parts: tidy(words), granularity: 'word' };
  const sentences = byTokens(sentenceTokens(from), sentenceTokens(to), limits);
  if (sentences) return { parts: tidy(sentences), granularity: 'sentence' };
  return {
    parts: tidy([
      { type: 'delete', text: from },
      { type: 'insert', text: to },
    ]),
    granularity: 'text',
  };
}

interface Limits {
  maxEditLength: number;
  timeout: number;
}

function byWords(from: string, to: string, limits: Limits, atomic: RegExp | undefined): DiffPart[] | undefined {
  const latin = LATIN_ONLY.test(from + to) && !PRIVATE_USE.test(from + to);
  if (!latin) return byTokens(wordTokens(from, atomic), wordTokens(to, atomic), limits);
  // Atomic tokens become one private-use character each, which the word tokenizer keeps as a token of its own.
  const table = new Map<string, string>();
  const protect = (text: string) =>
    atomic
      ? text.replace(globally(atomic), (token) => {
          let mark = table.get(token);
          if (mark === undefined) {
            mark = String.fromCharCode(0xe000 + table.size);
            table.set(token, mark);
          }
          return mark;
        })
      : text;
  const a = protect(from);
  const b = protect(to);
  if (table.size > 0x1800) return byTokens(wordTokens(from, atomic), wordTokens(to, atomic), limits);
  const changes = diffWordsWithSpace(a, b, limits);
  if (!changes) return undefined;
  const back = new Map([...table].map(([token, mark]) => [mark, token]));
  const restore = (text: string) => (back.size ? text.replace(/[\uE000-\uF8FF]/gu, (m) => back.get(m) ?? m) : text);
  return changes.map((c) => ({ type: typeOf(c), text: restore(c.value) }));
}

function byTokens(a: string[], b: string[], limits: Limits): DiffPart[] | undefined {
  const changes = diffArrays(a, b, limits);
  if (!changes) return undefined;
  return changes.map((c) => ({ type: typeOf(c), text: c.value.join('') }));
}

function typeOf(c: ChangeObject<unknown>): DiffPart['type'] {
  return c.added ? 'insert' : c.removed ? 'delete' : 'equal';
}

// made on first use: making the word segmenter loads the break rules and takes about 15 ms, which a report
// without a text change need not pay
let wordSegmenter: Intl.Segmenter | undefined;
let sentenceSegmenter: Intl.Segmenter | undefined;

/** Words, runs of spaces, line breaks and punctuation as tokens, by Unicode word boundaries (any script). */
export function wordTokens(text: string, atomic?: RegExp): string[] {
  const tokens: string[] = [];
  for (const piece of splitAtomic(text, atomic)) {
    if (piece.atomic) {
      tokens.push(piece.text);
      continue;
    }
    for (const { segment } of (wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' })).segment(
      piece.text,
    )) {
      const last = tokens.length - 1;
      // keep a run of spaces together, but a line break is always a token of its own
      if (/^[^\S\n]+$/u.test(segment) && last >= 0 && /^[^\S\n]+$/u.test(tokens[last]!)) tokens[last] += segment;
      else if (segment.includes('\n') && segment.length > 1) tokens.push(...segment.split(/(\n)/).filter(Boolean));
      else tokens.push(segment);
    }
  }
  return tokens;
}

function sentenceTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { segment } of (sentenceSegmenter ??= new Intl.Segmenter('und', { granularity: 'sentence' })).segment(
    text,
  ))
    tokens.push(...segment.split(/(\n)/).filter(Boolean));
  return tokens;
}

function splitAtomic(text: string, atomic: RegExp | undefined): Array<{ text: string; atomic: boolean }> {
  if (!atomic) return [{ text, atomic: false }];
  const out: Array<{ text: string; atomic: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(globally(atomic))) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), atomic: false });
    out.push({ text: m[0], atomic: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), atomic: false });
  return out;
}

function globally(re: RegExp): RegExp {
  return re.global ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`);
}

/**
 * Merges neighbours of one type and puts each run's deletion before its insertion, so readers see old then new.
 * A lone space between two changes joins them: "~~a b~~ **x y**" reads better than "~~a~~ **x** ~~b~~ **y**".
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const merged = runs(parts);
  const out: DiffPart[] = [];
  for (let i = 0; i < merged.length; i++) {
    const p = merged[i]!;
    const before = out[out.length - 1];
    const after = merged[i + 1];
    if (
      p.type === 'equal' &&
      /^[^\S\n]+$/u.test(p.text) &&
      before &&
      before.type !== 'equal' &&
      after &&
      after.type !== 'equal'
    ) {
      if (bothSides(out, merged, i)) {
        out.push({ type: 'delete', text: p.text }, { type: 'insert', text: p.text });
        continue;
      }
      // "safe{+,+} {+encrypted +}link" slides to "safe{+, encrypted+} link": the same texts, one change
      const next = merged[i + 2];
      if (
        before.type === after.type &&
        after.text.endsWith(p.text) &&
        (out.length < 2 || out[out.length - 2]!.type === 'equal') &&
        next?.type !== (after.type === 'insert' ? 'delete' : 'insert')
      ) {
        before.text += p.text + after.text.slice(0, after.text.length - p.text.length);
        out.push({ type: 'equal', text: p.text });
        i++;
        continue;
      }
    }
    out.push(p);
  }
  return runs(out);
}

/** Whether the changes around position i delete and insert something: only then does a space between them join them. */
function bothSides(out: DiffPart[], merged: DiffPart[], i: number): boolean {
  const near = new Set<string>();
  for (let k = out.length - 1; k >= 0 && out[k]!.type !== 'equal'; k--) near.add(out[k]!.type);
  for (let k = i + 1; k < merged.length && merged[k]!.type !== 'equal'; k++) near.add(merged[k]!.type);
  return near.has('delete') && near.has('insert');
}

function runs(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ type: 'delete', text: deleted });
    if (inserted) out.push({ type: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const p of parts) {
    if (p.text === '') continue;
    if (p.type === 'delete') deleted += p.text;
    else if (p.type === 'insert') inserted += p.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.type === 'equal') last.text += p.text;
      else out.push({ ...p });
    }
  }
  flush();
  return out;
}

/** The old text of a diff (equal and deleted parts). */
export function oldText(parts: readonly DiffPart[]): string {
  return parts
    .filter((p) => p.type !== 'insert')
    .map((p) => p.text)
    .join('');
}

/** The new text of a diff (equal and inserted parts). */
export function newText(parts: readonly DiffPart[]): string {
  return parts
    .filter((p) => p.type !== 'delete')
    .map((p) => p.text)
    .join('');
}
