/**
 * A reference to a legal instrument (a directive, a regulation, a treaty article) rather than to a standard:
 * Art. 42(3) "or equivalent" and version numbers are about standards; a law is cited by its number and year anyway.
 */
const LEGAL = [
  /\b(?:Directive|Regulation|Decision|Implementing|Delegated|Treaty|TFEU|TEU|Act|Law|Code|Decree|Ordinance)\b/,
  /\((?:EU|EC|EEC|Euratom)\)/,
  /\b\d{2,4}\/\d+\/(?:EU|EC|EEC)\b/,
  /\b(?:Richtlinie|Verordnung|Gesetz|directive|règlement|loi|richtlijn|verordening|wet)\b/,
];

export function isLegalInstrument(id: string): boolean {
  return LEGAL.some((re) => re.test(id));
}

/** A year, a version number, a release or an edition: what pins a standard to one text. */
const VERSION = [
  /(?<!\d)(?:19|20)\d{2}(?!\d)/,
  /\bv\.?\s?\d+(?:\.\d+)*/i,
  /\b(?:version|edition|release|rel|revision|rev|amendment|ed)\.?\s*-?\d/i,
  /(?<![\d.])\d{1,2}\.\d{1,2}(?:\.\d{1,3})?(?![\d.])/,
  /\bRFC\s?\d+/,
];

export function namesVersion(id: string): boolean {
  return VERSION.some((re) => re.test(id));
}
