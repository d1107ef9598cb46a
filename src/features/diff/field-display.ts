import type { Requirement } from '../../load/requirement/requirement.js';
import { formatValue } from '../../document/format-value.js';
import type { FieldValue } from './compare-requirements.js';

/** A changed field's value as a reader sees it: "5 s", "test, demonstration", "yes". */
export function displayValue(field: string, value: FieldValue, source: Requirement): string {
  if (value === null) return '\u2013';
  if (Array.isArray(value)) return value.join(', ');
  if (field.startsWith('parameters.'))
    return formatValue(value, source.parameters.get(field.slice('parameters.'.length)));
  return String(value);
}

/** "parameters.max_delivery_seconds" reads as "Parameter max_delivery_seconds". */
export function displayField(field: string): string {
  if (field.startsWith('parameters.')) return `Parameter ${field.slice('parameters.'.length)}`;
  return field.charAt(0).toUpperCase() + field.slice(1);
}

export const CHANGE_LABEL: Record<string, string> = {
  unchanged: 'Unchanged',
  stricter: 'Stricter',
  looser: 'Looser',
  modified: 'Modified',
  added: 'Added',
  removed: 'Removed',
  absent: 'Absent',
};

/** "92.06 %" (or fewer decimals where space is short) */
export function percent(share: number, decimals = 2): string {
  return `${(share * 100).toFixed(decimals)}\u00a0%`;
}

/** A mark per change kind, so that reports never rely on colour alone. */
export const CHANGE_SYMBOL: Record<string, string> = {
  unchanged: '=',
  stricter: '\u25b2',
  looser: '\u25bc',
  modified: '\u2260',
  added: '+',
  removed: '\u2715',
  absent: '\u00b7',
};
