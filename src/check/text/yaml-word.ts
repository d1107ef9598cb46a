import type { Position } from '../../lib/diagnostics.js';
import { positionAt } from '../../lib/text/text-position.js';
import type { Location } from '../rule.js';
import { escapeRegExp } from '../../lib/text/escape-reg-exp.js';

/**
 * The position, in a YAML file, of a word of a scalar value that starts at `valueStart`. Plain, quoted and
 * block scalars all keep the words of their value in order, so the n-th "should" of the value is the n-th
 * "should" after the value's start. Undefined when the word cannot be found (escapes), to fall back on the node.
 */
export function wordInYaml(
  file: string,
  source: string,
  valueStart: Position,
  value: string,
  offset: number,
): Location | undefined {
  const word = /^[\p{L}\p{N}]+/u.exec(value.slice(offset))?.[0];
  if (!word) return undefined;
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  const nth = [...value.slice(0, offset).matchAll(whole)].length;
  whole.lastIndex = offsetOf(source, valueStart);
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= nth; i++) {
    match = whole.exec(source);
    if (!match) return undefined;
  }
  return { file, ...positionAt(source, match!.index) };
}

function offsetOf(text: string, { line, column }: Position): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}
