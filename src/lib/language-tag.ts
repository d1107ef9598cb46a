/** The language the catalogue is written in: requirement files are the source texts, translations sit next to them. */
export const SOURCE_LANGUAGE = 'en';

/** The canonical form of a BCP 47 tag ("fr-be" -> "fr-BE"), or undefined when it is not a well-formed tag. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** "fr-BE" -> "fr" */
export function primaryTag(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

export function sameLanguage(a: string, b: string): boolean {
  return primaryTag(a) === primaryTag(b);
}

export function isSourceLanguage(tag: string): boolean {
  return sameLanguage(tag, SOURCE_LANGUAGE);
}

/** A locale that Intl knows for formatting, falling back to English for a tag it cannot use. */
export function intlLocale(tag: string): string {
  const canonical = canonicalTag(tag);
  if (!canonical) return 'en-GB';
  // European English: day-month-year dates
  if (canonical === 'en') return 'en-GB';
  return Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : 'en-GB';
}

/** The name of a language in another language: "français", "Englisch". */
export function languageName(tag: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([intlLocale(inLanguage)], { type: 'language' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}
