/**
 * The one XML escaper of every format tenderkit writes (WordprocessingML, SpreadsheetML, ReqIF, XLIFF, eForms).
 * Characters XML 1.0 cannot carry at all are dropped rather than writing a file no reader opens (SpreadsheetML
 * keeps them in its own `_xHHHH_` form first: see render/xlsx). A carriage return is kept as `&#13;`, since a parser
 * turns a literal one into a line feed.
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MARKUP = /[&<>\r]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

/** Element text. */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(MARKUP, (c) => ENTITY[c]!);
}

/** An attribute value in double quotes: line breaks and tabs kept as references, since a parser would make them spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Characters that XML 1.0 forbids, dropped. */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
