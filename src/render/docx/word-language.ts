/**
 * Word looks up proofing tools by language and region ("de-DE"); a spec names a language ("de"). The region is the
 * country where the language is the national one, which differs from the language code for these.
 */
const REGION: Readonly<Record<string, string>> = {
  en: 'GB',
  da: 'DK',
  sv: 'SE',
  el: 'GR',
  cs: 'CZ',
  et: 'EE',
  sl: 'SI',
  ga: 'IE',
  nb: 'NO',
  nn: 'NO',
  uk: 'UA',
  ca: 'ES',
  eu: 'ES',
  gl: 'ES',
  lb: 'LU',
  sq: 'AL',
  sr: 'RS',
  ja: 'JP',
  zh: 'CN',
  ko: 'KR',
};

/** The `w:lang` value of a BCP 47 language tag: kept when it has a region, else given the language's home region. */
export function wordLanguage(tag: string): string {
  const parts = tag.trim().split(/[-_]/).filter(Boolean);
  const language = (parts[0] ?? 'en').toLowerCase();
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$|^\d{3}$/.test(p));
  if (region) return `${language}-${region.toUpperCase()}`;
  return `${language}-${REGION[language] ?? language.toUpperCase()}`;
}
