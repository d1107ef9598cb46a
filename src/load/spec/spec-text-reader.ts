import { type LocalisedText, textIn } from './localised-text.js';

/** One text a spec writes itself: where it is in the YAML and what it says, in one or more languages. */
export interface TextSlot {
  /** the YAML path of the text (`['award', 0, 'title']`), for positions and as its identity */
  path: ReadonlyArray<string | number>;
  text: LocalisedText;
}

/** Every text of a spec file as written, and the language that a single string is in. */
export interface SpecTexts {
  /** the spec's first language: the language of a text given as one string */
  main: string;
  slots: readonly TextSlot[];
}

/**
 * Reads the texts of a spec in one language: `take` returns the string of that language (or of the spec's first
 * language when the text has none) and records the text, so that every text of a spec is known by one path for
 * the translation counts. The one way a spec's texts become strings.
 */
export interface SpecTextReader {
  language: string;
  main: string;
  take(value: LocalisedText, path: ReadonlyArray<string | number>): string;
  /** `take` for an optional field */
  maybe(value: LocalisedText | undefined, path: ReadonlyArray<string | number>): string | undefined;
  /**
   * Records a text that stays as written, for a field whose renderer picks the language itself and says when the
   * text it shows is in another language (selection descriptions, scale descriptors)
   */
  keep<T extends LocalisedText | undefined>(value: T, path: ReadonlyArray<string | number>): T;
  slots: TextSlot[];
}

export function specTextReader(language: string, main: string): SpecTextReader {
  const slots: TextSlot[] = [];
  const take = (value: LocalisedText, path: ReadonlyArray<string | number>): string => {
    slots.push({ path, text: value });
    return textIn(value, language, main).text;
  };
  return {
    language,
    main,
    slots,
    take,
    maybe: (value, path) => (value === undefined ? undefined : take(value, path)),
    keep: (value, path) => {
      if (value !== undefined) slots.push({ path, text: value });
      return value;
    },
  };
}
