/** JSON Schema (2020-12) of a specification file. Printed by `tenderkit schema spec`. */
import { localisedText } from './localised-text-schema.js';
import { awardCriterionSchema, evaluationSchema } from './award-schema.js';
import { acceptanceSchema } from './acceptance-schema.js';
import { noticeSchema } from './notice-schema.js';
import { selectionSchema } from './selection-schema.js';

export const SPEC_ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

const text = { type: 'string', minLength: 1 } as const;
const idList = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;
const languageTag = { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: 'BCP 47 tag' } as const;

export const specSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tenderkit.eu/schema/spec.json',
  title: 'tenderkit specification',
  type: 'object',
  required: ['id', 'title'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: SPEC_ID_PATTERN, description: 'Equals the file name without .yaml' },
    title: localisedText,
    extends: { type: 'string', pattern: SPEC_ID_PATTERN, description: 'The parent spec id' },
    language: {
      description: 'BCP 47 tag of the document language, or a list of them: the first the main language',
      oneOf: [languageTag, { type: 'array', items: languageTag, minItems: 1, uniqueItems: true }],
    },
    translations: {
      enum: ['required', 'optional'],
      description:
        'required: the pack is not built while any text of it lacks a current translation in any language of the spec (default optional: such texts are shown in the original, marked)',
    },
    regime: {
      enum: ['2014/24/EU', '2009/81/EC'],
      description: 'The legal regime of the procurement (inherited by the specs that extend this one)',
    },
    date: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'Publication date of the tender documents',
    },
    authority: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: localisedText,
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        address: text,
        contact: text,
      },
    },
    procurement: {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: localisedText,
        reference: text,
        cpv: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        lots: { type: 'array', items: text },
      },
    },
    select: {
      type: 'object',
      additionalProperties: false,
      properties: {
        domains: idList,
        include: idList,
        exclude: idList,
      },
    },
    annexes: {
      type: 'array',
      description:
        'Documents that go into the pack as they are (Markdown also rendered to Word); the specs that extend this one inherit them',
      items: {
        type: 'object',
        required: ['path', 'title'],
        additionalProperties: false,
        properties: {
          path: { ...text, description: 'The file, relative to the workspace root (forward slashes)' },
          title: localisedText,
        },
      },
    },
    deviations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['requirement'],
        additionalProperties: false,
        properties: {
          requirement: text,
          set: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: {
              obligation: { enum: ['mandatory', 'recommended', 'optional'] },
              parameters: {
                type: 'object',
                minProperties: 1,
                additionalProperties: { type: ['number', 'string', 'boolean'] },
              },
              statement: localisedText,
              verification: {
                type: 'array',
                minItems: 1,
                uniqueItems: true,
                items: { enum: ['inspection', 'analysis', 'demonstration', 'test'] },
              },
              title: localisedText,
            },
          },
          remove: { const: true },
          add: { const: true },
          justification: localisedText,
          reviewed: {
            type: 'string',
            pattern: '^[0-9a-f]{16}$',
            description:
              'Written by `tenderkit review`: the fingerprint of the parent requirement as a person last checked this deviation against it',
          },
        },
      },
    },
    award: {
      type: 'array',
      description:
        'The award criteria, stated before any tender is seen (2014/24/EU Arts. 67-68). A criterion with the id of one in the spec this one extends keeps the fields it does not set',
      items: awardCriterionSchema,
    },
    evaluation: evaluationSchema,
    notice: noticeSchema,
    selection: selectionSchema(localisedText),
    acceptance: acceptanceSchema,
  },
} as const;
