import { inlineDiff } from '../../check/parent-change.js';
import { showValue } from '../../resolve/deviation-steps.js';
import type { FieldDelta } from './model.js';

/** Fields whose values are texts a reader compares word by word. */
export function isTextField(field: string): boolean {
  return field === 'title' || field === 'statement' || field.startsWith('sections.');
}

/** A field's value on one line: "5", "test, demonstration", "(none)". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return showValue(value);
}

/** A changed field on one line: a word diff of a text, or "from -> to". */
export function deltaText(f: FieldDelta, context = Number.POSITIVE_INFINITY): string {
  if (isTextField(f.field) && typeof f.from === 'string' && typeof f.to === 'string')
    return inlineDiff(f.from, f.to, context);
  return `${valueText(f.from)} -> ${valueText(f.to)}`;
}
