/** JSON Schema (2020-12) of a requirement file's front matter. Printed by `tenderkit schema requirement`. */
export const REQUIREMENT_ID_PATTERN = '^[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,4}$';
export const PARAMETER_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_]*$';

const nonEmptyLine = { type: 'string', minLength: 1, pattern: '^[^\\n]*\\S[^\\n]*$' } as const;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;

export const requirementSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tenderkit.eu/schema/requirement.json',
  title: 'tenderkit requirement (front matter)',
  type: 'object',
  required: ['id', 'title', 'domain', 'obligation', 'verification', 'status'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: REQUIREMENT_ID_PATTERN,
      description: 'Upper-case segments joined by "-", ending in 3-4 digits; equals the file name',
    },
    title: { ...nonEmptyLine, description: 'One line' },
    domain: { type: 'string', minLength: 1, description: 'One of the workspace domains' },
    obligation: { enum: ['mandatory', 'recommended', 'optional'] },
    verification: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['inspection', 'analysis', 'demonstration', 'test'] },
    },
    status: { enum: ['draft', 'approved', 'deprecated'] },
    references: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: { ...nonEmptyLine, description: 'The document with its version or date, e.g. "ISO/TR 22351:2015"' },
          title: nonEmptyLine,
          url: { type: 'string', pattern: '^https?://\\S+$' },
          equivalent: {
            type: 'boolean',
            description: 'Whether "or equivalent" is accepted (Directive 2014/24/EU Art. 42(3))',
          },
          justification: {
            type: 'string',
            minLength: 1,
            description: 'Why the subject-matter requires this reference without equivalents',
          },
          annex: {
            type: 'string',
            minLength: 1,
            description:
              'The annex of the tender documents that holds this document: a workspace path, a file of an annex folder included (annexes/interface/oci-v1.openapi.yaml)',
          },
        },
      },
    },
    legal_basis: { ...stringList, minItems: 1, description: 'Legal instruments that make the requirement lawful' },
    justification: {
      type: 'string',
      minLength: 1,
      description: 'Subject-matter justification for naming an origin, vendor or product',
    },
    scenarios: stringList,
    parameters: {
      type: 'object',
      propertyNames: { pattern: PARAMETER_NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        required: ['type', 'default'],
        additionalProperties: false,
        properties: {
          type: { enum: ['number', 'integer', 'string', 'boolean', 'enum'] },
          default: { type: ['number', 'string', 'boolean'] },
          unit: { type: 'string', minLength: 1 },
          min: { type: 'number' },
          max: { type: 'number' },
          values: { type: 'array', minItems: 1, uniqueItems: true, items: { type: ['string', 'number'] } },
          stricter: { enum: ['higher', 'lower', 'none'] },
          description: { type: 'string' },
          fixed_by: {
            type: 'string',
            minLength: 1,
            description:
              'The document that fixes the value for every centre (e.g. "ICD 1.0.1 §11"); no deviation may set it',
          },
        },
      },
    },
    tags: stringList,
    lint: {
      type: 'object',
      required: ['disable', 'reason'],
      additionalProperties: false,
      properties: {
        disable: { ...stringList, minItems: 1 },
        reason: { type: 'string', minLength: 1 },
      },
    },
  },
} as const;
