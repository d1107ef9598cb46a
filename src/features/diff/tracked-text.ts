import { PLACEHOLDER } from '../../load/requirement/placeholders.js';
import type { Parameter, ParameterValue } from '../../load/requirement/requirement.js';
import { formatValue } from '../../document/format-value.js';
import type { Origin } from '../../resolve/resolved.js';
import { wordDiff } from '../../lib/text/word-diff.js';

/** A piece of the text a reader sees: kept, or deleted/inserted by the spec in `origin`. */
export interface TrackedSegment {
  type: 'equal' | 'delete' | 'insert';
  text: string;
  /** who made a deletion or insertion */
  origin?: Origin;
}

/** One side of a text: the template with `{{name}}` placeholders and the values that fill them. */
export interface TextSide {
  text: string;
  values: ReadonlyMap<string, ParameterValue>;
  parameters: ReadonlyMap<string, Parameter>;
  /** how numbers are written (English by default) */
  locale?: string;
}

/**
 * The text of `to` as tracked changes against `from`, with parameter values filled in. Changed words belong to
 * `textOrigin`; a changed value where the wording is the same ("5 s" -> "3 s") belongs to that parameter's origin.
 * A missing side makes the whole text an insertion or a deletion. Keeping the equal and deleted segments gives
 * the old text; keeping the equal and inserted ones gives the new text.
 */
export function trackText(
  from: TextSide | undefined,
  to: TextSide | undefined,
  textOrigin: Origin,
  parameterOrigin: (name: string) => Origin,
): TrackedSegment[] {
  if (!from && !to) return [];
  if (!from) return merge([{ type: 'insert', text: fill(to!.text, to!), origin: textOrigin }]);
  if (!to) return merge([{ type: 'delete', text: fill(from.text, from), origin: textOrigin }]);
  const parts =
    from.text === to.text
      ? [{ type: 'equal' as const, text: from.text }]
      : wordDiff(from.text, to.text, { atomic: PLACEHOLDER }).parts;
  const out: TrackedSegment[] = [];
  for (const part of parts) {
    if (part.type === 'delete') out.push({ type: 'delete', text: fill(part.text, from), origin: textOrigin });
    else if (part.type === 'insert') out.push({ type: 'insert', text: fill(part.text, to), origin: textOrigin });
    else {
      for (const piece of splitPlaceholders(part.text)) {
        if (piece.name === undefined) {
          out.push({ type: 'equal', text: piece.text });
          continue;
        }
        const old = value(piece.name, piece.text, from);
        const now = value(piece.name, piece.text, to);
        if (old === now) out.push({ type: 'equal', text: now });
        else {
          const origin = parameterOrigin(piece.name);
          out.push({ type: 'delete', text: old, origin }, { type: 'insert', text: now, origin });
        }
      }
    }
  }
  return merge(out);
}

/** A plain text (no placeholders) as tracked changes, every change by one origin. */
export function trackPlain(from: string | undefined, to: string | undefined, origin: Origin): TrackedSegment[] {
  const side = (text: string): TextSide => ({ text, values: new Map(), parameters: new Map() });
  return trackText(
    from === undefined ? undefined : side(from),
    to === undefined ? undefined : side(to),
    origin,
    () => origin,
  );
}

export function hasChanges(segments: readonly TrackedSegment[]): boolean {
  return segments.some((s) => s.type !== 'equal');
}

function value(name: string, whole: string, side: TextSide): string {
  const v = side.values.get(name);
  return v === undefined ? whole : formatValue(v, side.parameters.get(name), side.locale);
}

function fill(text: string, side: TextSide): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => value(name, whole, side));
}

function splitPlaceholders(text: string): Array<{ text: string; name?: string }> {
  const out: Array<{ text: string; name?: string }> = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], name: m[1] ?? '' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Joins neighbours of one type and author; a deletion stays before the insertion next to it. */
function merge(segments: TrackedSegment[]): TrackedSegment[] {
  const out: TrackedSegment[] = [];
  for (const s of segments) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (
      last &&
      last.type === s.type &&
      last.origin?.spec === s.origin?.spec &&
      last.origin?.justification === s.origin?.justification
    )
      last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
