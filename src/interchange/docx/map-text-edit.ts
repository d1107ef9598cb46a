import { diffArrays } from 'diff';
import { formatValue } from '../../document/format-value.js';
import { wordDiff } from '../../lib/text/word-diff.js';
import { findPlaceholders } from '../../load/requirement/placeholders.js';
import type { Parameter, ParameterValue } from '../../load/requirement/requirement.js';

export interface ParameterProposal {
  name: string;
  from: ParameterValue;
  to: ParameterValue;
}

export interface TextEdit {
  /** values of parameters that the edits changed inside the text, numbers as numbers */
  parameters: ParameterProposal[];
  /** the proposed source text, `{{name}}` kept wherever the value was not edited; absent when only values changed */
  text?: string;
}

export interface TextEditInput {
  /** the field's source text: Markdown with `{{name}}` placeholders */
  source: string;
  /** the field as the document showed it, and as the person left it (every tracked change accepted) */
  shownFrom: string;
  shownTo: string;
  values: ReadonlyMap<string, ParameterValue>;
  parameters: ReadonlyMap<string, Parameter>;
  locale: string;
}

interface Span {
  name: string;
  /** in the filled text */
  start: number;
  end: number;
  /** in the source */
  sourceStart: number;
  sourceEnd: number;
}

interface Hunk {
  /** the replaced range of the filled text */
  start: number;
  end: number;
  text: string;
}

const SPACE = /^[\s\u00a0\u202f]$/u;

/**
 * Carries the edits a person made to a field's shown text back onto its source. The source with every value filled
 * in is aligned with the shown text character by character (Markdown marks and line wrapping are the differences),
 * and each word-level edit lands on the source where its words stand. An edit confined to a filled-in value is a
 * proposal for the parameter when the new text reads as a value of it; every other edit changes the text, and a
 * value it cuts into is written out in place of its placeholder.
 */
export function mapTextEdit(input: TextEditInput): TextEdit {
  const { source, shownFrom, shownTo } = input;
  if (shownFrom === shownTo) return { parameters: [] };
  const { filled, spans, toSource } = fill(input);
  const align = alignment(filled, shownFrom);
  const hunks: Hunk[] = [];
  let at = 0;
  const parts = wordDiff(shownFrom, shownTo).parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.type === 'equal') {
      at += part.text.length;
      continue;
    }
    let end = at;
    let text = '';
    while (i < parts.length && parts[i]!.type !== 'equal') {
      if (parts[i]!.type === 'delete') end += parts[i]!.text.length;
      else text += parts[i]!.text;
      i++;
    }
    i--;
    hunks.push({ start: align[at]!, end: align[end]!, text });
    at = end;
  }

  // edits inside one value: a parameter proposal when every use of the parameter reads the same new value
  const inside = new Map<Span, Hunk[]>();
  const textHunks: Hunk[] = [];
  for (const h of hunks) {
    const span = spans.find(
      (s) => h.start >= s.start && h.end <= s.end && !(h.start === h.end && (h.start === s.start || h.start === s.end)),
    );
    if (span) inside.set(span, [...(inside.get(span) ?? []), h]);
    else textHunks.push(h);
  }
  const proposals: ParameterProposal[] = [];
  const byName = new Map<string, Span[]>();
  for (const s of spans) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  for (const [name, uses] of byName) {
    const edited = uses.filter((s) => inside.has(s));
    if (edited.length === 0) continue;
    const texts = edited.map((s) => applyHunks(filled.slice(s.start, s.end), inside.get(s)!, s.start));
    const was = input.values.get(name);
    const parameter = input.parameters.get(name);
    const value = was === undefined ? undefined : readValue(texts[0]!, parameter, input.locale);
    const agreed =
      value !== undefined &&
      edited.length === uses.length &&
      texts.every((t) => same(t, formatValue(value, parameter, input.locale)));
    if (agreed && was !== undefined && value !== was) {
      proposals.push({ name, from: was, to: value });
      continue;
    }
    for (const s of edited) textHunks.push(...inside.get(s)!);
  }
  if (textHunks.length === 0) return { parameters: proposals };

  // a text edit that cuts into a value takes the whole value: the placeholder becomes the edited words
  const widened = textHunks
    .map((h) => {
      let { start, end, text } = h;
      for (const s of spans) {
        if (start > s.start && start < s.end) {
          text = filled.slice(s.start, start) + text;
          start = s.start;
        }
        if (end > s.start && end < s.end) {
          text += filled.slice(end, s.end);
          end = s.end;
        }
      }
      return { start, end, text };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Hunk[] = [];
  for (const h of widened) {
    const last = merged.at(-1);
    if (last && h.start < last.end) {
      last.text += filled.slice(last.end, Math.max(last.end, h.start)) + h.text;
      last.end = Math.max(last.end, h.end);
    } else merged.push({ ...h });
  }
  let text = '';
  let cursor = 0;
  for (const h of merged) {
    const start = toSource(h.start);
    text += source.slice(cursor, start) + markdownBreaks(h.text, source, start);
    cursor = toSource(h.end);
  }
  text += source.slice(cursor);
  return { parameters: proposals, text };
}

/** The source with every value filled in, where each value stands, and how a filled position maps to the source. */
function fill(input: TextEditInput): { filled: string; spans: Span[]; toSource: (at: number) => number } {
  const spans: Span[] = [];
  let filled = '';
  let cursor = 0;
  for (const use of findPlaceholders(input.source)) {
    const value = input.values.get(use.name);
    if (value === undefined) continue;
    filled += input.source.slice(cursor, use.offset);
    const shown = formatValue(value, input.parameters.get(use.name), input.locale);
    spans.push({
      name: use.name,
      start: filled.length,
      end: filled.length + shown.length,
      sourceStart: use.offset,
      sourceEnd: use.offset + use.length,
    });
    filled += shown;
    cursor = use.offset + use.length;
  }
  filled += input.source.slice(cursor);
  const toSource = (at: number): number => {
    let shift = 0;
    for (const s of spans) {
      if (at <= s.start) break;
      if (at >= s.end) {
        shift = s.sourceEnd - s.end;
        continue;
      }
      return at === s.start ? s.sourceStart : s.sourceEnd;
    }
    return at + shift;
  };
  return { filled, spans, toSource };
}

/**
 * For every position of the shown text (and its end), the position in the filled source where the same character
 * stands; a character the source lacks maps to where the next common one stands. Whitespace matches whitespace.
 */
function alignment(filled: string, shown: string): number[] {
  const changes = diffArrays([...filled], [...shown], {
    comparator: (a: string, b: string) => a === b || (SPACE.test(a) && SPACE.test(b)),
  });
  const map: number[] = [];
  let f = 0;
  for (const c of changes ?? []) {
    const length = c.value.join('').length;
    if (c.removed) {
      f += length;
      continue;
    }
    if (c.added) {
      for (let k = 0; k < length; k++) map.push(f);
      continue;
    }
    for (let k = 0; k < length; k++) map.push(f + k);
    f += length;
  }
  map.push(f);
  return map;
}

function applyHunks(text: string, hunks: readonly Hunk[], offset: number): string {
  let out = '';
  let cursor = 0;
  for (const h of [...hunks].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, h.start - offset) + h.text;
    cursor = h.end - offset;
  }
  return out + text.slice(cursor);
}

/** A new paragraph typed in Word is a blank line in Markdown, or a new item in a list. */
function markdownBreaks(text: string, source: string, at: number): string {
  if (!text.includes('\n')) return text;
  const line = source.slice(source.lastIndexOf('\n', at - 1) + 1, at);
  const item = /^(\s*)([-*+]|\d+[.)])\s+/.exec(line);
  return text.replace(/\n/g, item ? `\n${item[1]}${item[2]} ` : '\n\n');
}

/** The value a text shows, read as the parameter's type; undefined when it is none. */
function readValue(text: string, parameter: Parameter | undefined, locale: string): ParameterValue | undefined {
  const t = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (parameter?.type === 'number' || parameter?.type === 'integer') {
    const comma = new Intl.NumberFormat(locale).format(1.5).includes(',');
    const m = /^-?[\d\s\u00a0\u202f.,']*\d/.exec(t);
    if (!m) return undefined;
    const digits = m[0].replace(/[\s\u00a0\u202f']/g, '');
    const n = Number(comma ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, ''));
    if (!Number.isFinite(n) || (parameter.type === 'integer' && !Number.isInteger(n))) return undefined;
    return n;
  }
  const bare = parameter?.unit && t.endsWith(parameter.unit) ? t.slice(0, -parameter.unit.length).trim() : t;
  if (parameter?.type === 'boolean')
    return /^(true|yes)$/i.test(bare) ? true : /^(false|no)$/i.test(bare) ? false : undefined;
  return bare === '' ? undefined : bare;
}

function same(a: string, b: string): boolean {
  const squeeze = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return squeeze(a) === squeeze(b);
}
