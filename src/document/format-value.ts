import type { Parameter, ParameterValue } from '../catalogue/requirement.js';

/** A parameter value as it reads in a document: "5 s", "99.95 %", "TLS 1.3". */
export function formatValue(value: ParameterValue, parameter: Parameter | undefined, locale = 'en'): string {
  let text: string;
  if (typeof value === 'number') {
    text = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10000 }).format(value);
  } else if (typeof value === 'boolean') {
    text = value ? 'yes' : 'no';
  } else {
    text = value;
  }
  const unit = parameter?.unit;
  return unit ? `${text}\u00a0${unit}` : text;
}
