import type { Parameter, ParameterValue } from '../load/requirement/requirement.js';

/**
 * Units written as words in the catalogue, with their CLDR names: Intl writes them in the document's language with
 * the right plural ("1 day", "5 jours", "5 dnů"). Symbols (s, min, h, %, km) read the same in every language.
 */
const WORD_UNITS: Readonly<Record<string, string>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  second: 'second',
  seconds: 'second',
  bit: 'bit',
  bits: 'bit',
  byte: 'byte',
  bytes: 'byte',
};

/** A parameter value as it reads in a document: "5 s", "99.95 %", "TLS 1.3", "10 Jahre". */
export function formatValue(value: ParameterValue, parameter: Parameter | undefined, locale = 'en'): string {
  const unit = parameter?.unit;
  if (typeof value === 'number') {
    const options: Intl.NumberFormatOptions = { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10000 };
    const word = unit === undefined ? undefined : Object.hasOwn(WORD_UNITS, unit) ? WORD_UNITS[unit] : undefined;
    if (word) {
      // the number and its unit stay on one line
      return numberFormat(locale, { ...options, style: 'unit', unit: word, unitDisplay: 'long' })
        .format(value)
        .replace(/ /g, '\u00a0');
    }
    const text = (locale === 'en' ? plainEnglish(value) : undefined) ?? numberFormat(locale, options).format(value);
    return unit ? `${text}\u00a0${unit}` : text;
  }
  const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  return unit ? `${text}\u00a0${unit}` : text;
}

/**
 * A number as Intl writes it in English with at most 6 fraction digits and no grouping, when that is simply its
 * shortest form ("3", "0.5", "-12.25"): below 10,000 a double lies within 2^-39 of its shortest decimal, so rounding
 * to 6 digits gives that decimal back. The first Intl.NumberFormat of a process costs 20-30 ms (it loads the locale
 * data), which a report with a few plain values need not pay. Undefined when Intl must decide.
 */
function plainEnglish(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 10000 || Object.is(value, -0)) return undefined;
  const text = String(value);
  const dot = text.indexOf('.');
  return text.includes('e') || (dot >= 0 && text.length - dot - 1 > 6) ? undefined : text;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to create (about 0.3 ms each) and a document formats thousands of values: keep one per setting. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
