/** A text a spec writes: one text (in the language of the spec that writes it), or one per language tag. */
export type LocalisedText = string | Record<string, string>;
