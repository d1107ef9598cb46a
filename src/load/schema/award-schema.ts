/** JSON Schema (2020-12) of a spec's `award:` criteria and `evaluation:` block (DESIGN 2.6). */
import { localisedText } from './localised-text-schema.js';

const criterionId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } as const;
const idList = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;
const requirementId = { type: 'string', pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3,4}$' } as const;

const scale = {
  type: 'object',
  required: ['max', 'descriptors'],
  additionalProperties: false,
  description: 'The points an evaluator may give (0 to max, whole steps) and what each step means',
  properties: {
    max: { type: 'integer', minimum: 1, maximum: 100 },
    descriptors: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^(0|[1-9][0-9]?|100)$' },
      additionalProperties: localisedText,
    },
  },
} as const;

const formula = {
  oneOf: [
    {
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: { kind: { const: 'lowest-ratio' } },
    },
    {
      type: 'object',
      required: ['kind', 'best', 'worst'],
      additionalProperties: false,
      properties: {
        kind: { const: 'linear' },
        best: { type: 'number', exclusiveMinimum: 0 },
        worst: { type: 'number', exclusiveMinimum: 0 },
      },
    },
  ],
} as const;

const lccLine = {
  type: 'object',
  required: ['id', 'per'],
  additionalProperties: false,
  properties: {
    id: criterionId,
    per: { enum: ['once', 'year'] },
    title: localisedText,
    description: localisedText,
    unit: {
      const: 'kW',
      description: 'An energy line: the bidder declares kW; the annual cost is kW x hours x price_per_kwh',
    },
    hours: { type: 'number', exclusiveMinimum: 0, maximum: 8784 },
    price_per_kwh: { type: 'number', exclusiveMinimum: 0 },
  },
} as const;

const lcc = {
  type: 'object',
  required: ['years', 'discount_rate', 'lines'],
  additionalProperties: false,
  description: 'The life-cycle cost model (2014/24/EU Art. 68): the price is its net present value',
  properties: {
    years: { type: 'integer', minimum: 1, maximum: 50 },
    discount_rate: { type: 'number', minimum: 0, maximum: 0.5 },
    lines: { type: 'array', minItems: 1, items: lccLine },
  },
} as const;

const subcriterion = {
  type: 'object',
  required: ['id', 'title', 'weight'],
  additionalProperties: false,
  properties: {
    id: criterionId,
    title: localisedText,
    weight: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
    description: localisedText,
    requirements: idList,
  },
} as const;

export const awardCriterionSchema = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: criterionId,
    title: localisedText,
    weight: { type: 'number', minimum: 0, maximum: 100 },
    type: { enum: ['quality', 'price', 'cost'] },
    description: localisedText,
    requirements: idList,
    scale,
    threshold: { type: 'number', minimum: 0, description: 'Consensus points below it exclude the tender' },
    subcriteria: { type: 'array', minItems: 1, items: subcriterion },
    rules: {
      type: 'object',
      description:
        'How a requirement is scored where the scale alone does not say it: what counts as better than the minimum of a mandatory requirement, how an option is valued',
      propertyNames: requirementId,
      additionalProperties: localisedText,
    },
    formula,
    lcc,
  },
} as const;

export const evaluationSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'How the evaluation committee reaches its scores and breaks ties; inherited field by field',
  properties: {
    consensus: { enum: ['mean', 'median', 'recorded'] },
    tie_break: { type: 'array', items: criterionId, minItems: 1, uniqueItems: true },
    unscored: {
      type: 'array',
      description: 'Recommended requirements that no criterion scores, each with the reason',
      items: {
        type: 'object',
        required: ['requirement', 'reason'],
        additionalProperties: false,
        properties: { requirement: requirementId, reason: localisedText },
      },
    },
  },
} as const;
