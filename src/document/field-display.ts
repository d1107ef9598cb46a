import type { ParameterValue, Requirement, Verification } from '../load/requirement/requirement.js';
import { formatValue } from './format-value.js';
import { EN, type Labels, type ReportLabels } from '../load/frame/labels.js';
import { fillIn } from '../lib/text/fill-in.js';

/**
 * How the reports (diff, matrix, changes, site) show the fields of a requirement and their changes: one set of
 * words, values and marks for every report.
 */

/** The value of one field of a requirement: a parameter's value, the verification methods, or none. */
export type FieldValue = ParameterValue | Verification[] | null;

/** A changed field's value as a reader sees it: "5 s", "test, demonstration", "yes". */
export function displayValue(
  field: string,
  value: FieldValue,
  source: Requirement,
  words?: { labels: Labels; locale: string },
): string {
  if (value === null) return '\u2013';
  // a report in another language names obligations and verification methods in its words; English keeps the codes
  const named = (v: string) =>
    words === undefined
      ? v
      : field === 'obligation' && Object.hasOwn(words.labels.obligation, v)
        ? words.labels.obligation[v as keyof Labels['obligation']]
        : field === 'verification' && Object.hasOwn(words.labels.verification, v)
          ? words.labels.verification[v as keyof Labels['verification']]
          : v;
  if (Array.isArray(value)) return value.map((v) => named(String(v))).join(', ');
  if (field.startsWith('parameters.'))
    return formatValue(value, source.parameters.get(field.slice('parameters.'.length)), words?.locale);
  return named(String(value));
}

/** "parameters.max_delivery_seconds" reads as "Parameter max_delivery_seconds", "statement" as "Statement". */
export function displayField(field: string, report: ReportLabels = EN.report): string {
  if (field.startsWith('parameters.')) return fillIn(report.parameter, { name: field.slice('parameters.'.length) });
  if (Object.hasOwn(report.fields, field)) return report.fields[field as keyof ReportLabels['fields']];
  return field.charAt(0).toUpperCase() + field.slice(1);
}

/** The change kinds in English, for the reports that speak only English (matrix, site). */
export const CHANGE_LABEL: Record<string, string> = EN.report.kinds;

/** "92.06 %" (or fewer decimals where space is short), "92,06 %" in a language that writes a decimal comma */
export function percent(share: number, decimals = 2, locale = 'en'): string {
  const number =
    locale === 'en'
      ? (share * 100).toFixed(decimals)
      : new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
          share * 100,
        );
  return `${number}\u00a0%`;
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
