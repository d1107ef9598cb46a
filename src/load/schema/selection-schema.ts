/**
 * JSON Schema (2020-12) of a spec's `selection:` block: exclusion grounds and selection criteria by eForms code (the
 * rule selection-code checks the codes themselves). `localisedText` is the spec schema's one text or text per language.
 */
export function selectionSchema<T extends object>(localisedText: T) {
  return {
    type: 'object',
    additionalProperties: false,
    description:
      'The exclusion grounds (BT-67) and selection criteria (BT-809) of the procedure, by their eForms codes; the specs that extend this one inherit them',
    properties: {
      exclusion: {
        type: 'array',
        description: 'eForms exclusion-ground codes, each bare or with the description the buyer gives it',
        items: {
          oneOf: [
            { type: 'string', pattern: '^exg-' },
            {
              type: 'object',
              required: ['code'],
              additionalProperties: false,
              properties: { code: { type: 'string', pattern: '^exg-' }, description: localisedText },
            },
          ],
        },
      },
      criteria: {
        type: 'array',
        description: 'eForms selection-criterion codes, each with its description and threshold',
        items: {
          type: 'object',
          required: ['code'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', pattern: '^slc-' },
            description: localisedText,
            threshold: {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              dependentRequired: { amount: ['currency'], currency: ['amount'] },
              properties: {
                amount: { type: 'number', exclusiveMinimum: 0 },
                currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217' },
                count: { type: 'integer', minimum: 1 },
                years: { type: 'integer', minimum: 1 },
              },
            },
          },
        },
      },
    },
  } as const;
}
