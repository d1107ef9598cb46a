import { DEFAULT_BUILD_DATE } from '../../lib/build-date.js';

/** W3CDTF without fractions of a second, as Word writes it. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const CORE_DATE = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/**
 * docProps/core.xml with the document date as its created and modified dates, in place of the clock's. A document
 * whose inputs fix no date (no `date:` in the spec, no SOURCE_DATE_EPOCH: the stand-in DEFAULT_BUILD_DATE) gets no
 * dates at all rather than a made-up 2000-01-01 that Word would show under its properties; both are optional.
 */
export function fixCoreDates(xml: string, date: Date): string {
  if (date.getTime() === DEFAULT_BUILD_DATE.getTime()) return xml.replace(CORE_DATE, '');
  const stamp = w3cdtf(date);
  return xml.replace(CORE_DATE, `$1${stamp}$3`);
}
