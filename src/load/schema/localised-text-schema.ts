/**
 * The JSON Schema piece of a text a spec writes itself (DESIGN 2.5): one non-empty string, or a map of BCP 47
 * language tags to non-empty strings. Use it for every text field of a spec block (titles, descriptions,
 * descriptors, justifications); `SpecTextReader.take` reads it.
 */
export const localisedText = {
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      additionalProperties: { type: 'string', minLength: 1 },
    },
  ],
  description: "One text in the spec's first language, or one text per language ({ nl: …, fr: … })",
} as const;
