/** JSON Schema (2020-12) of tenderkit.yaml. Printed by `tenderkit schema config`. */
import { noticeSchema } from './notice-schema.js';

const text = { type: 'string', minLength: 1 } as const;

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tenderkit.eu/schema/config.json',
  title: 'tenderkit workspace configuration (tenderkit.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: {
      type: 'string',
      minLength: 1,
      description:
        'The version of the catalogue, such as "2026.12" (quote it: an unquoted 2026.10 is the number 2026.1); the tender documents, the manifest and the site show it',
    },
    domains: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'prefix', 'title'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          prefix: { type: 'string', pattern: '^[A-Z][A-Z0-9]*$' },
          title: text,
        },
      },
    },
    scenarios: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          title: text,
          description: text,
        },
      },
    },
    standards: {
      type: 'array',
      description: 'The register of standards the catalogue cites: a superseded version names its successor',
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: text,
          superseded_by: text,
          since: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          note: text,
        },
      },
    },
    rules: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: { enum: ['off', 'info', 'warning', 'error'] },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxFileBytes: { type: 'integer', minimum: 1024 },
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
        formats: { type: 'array', items: text, uniqueItems: true },
      },
    },
    notice: { ...noticeSchema, description: 'Defaults of the notice block of every spec (tenderkit export eforms)' },
  },
} as const;
