/** W3CDTF without fractions of a second, as Word writes it. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** docProps/core.xml with the document date as its created and modified dates, in place of the clock's. */
export function fixCoreDates(xml: string, date: Date): string {
  const stamp = w3cdtf(date);
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}
