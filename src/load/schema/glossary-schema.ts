/** JSON Schema (2020-12) of a glossary file, `glossary/<lang>.yaml`. Printed by `tenderkit schema glossary`. */
const text = { type: 'string', minLength: 1 } as const;

export const glossarySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tenderkit.eu/schema/glossary.json',
  title: 'tenderkit glossary: the approved translation of each term of the catalogue in one language',
  type: 'object',
  required: ['lang', 'terms'],
  additionalProperties: false,
  properties: {
    lang: {
      type: 'string',
      pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      description: 'BCP 47 tag of the translations; equals the file name without .yaml',
    },
    terms: {
      type: 'array',
      items: {
        type: 'object',
        required: ['source', 'target'],
        additionalProperties: false,
        properties: {
          source: { ...text, description: 'the term as the catalogue writes it (English)' },
          target: { ...text, description: 'its approved translation' },
          forbidden: {
            type: 'array',
            items: text,
            uniqueItems: true,
            description: 'variants a translation must not use for it',
          },
          note: { ...text, description: 'for translators: usage, plural, register' },
        },
      },
    },
  },
} as const;
