import { EFORMS_SDK } from '../../lib/eforms-sdk/sdk-data.js';

/**
 * JSON Schema of the `notice:` block of a spec (and of tenderkit.yaml): what the eForms contract notice needs and a
 * spec does not otherwise say. Codes are the eForms SDK's, so an editor completes them and `validate` reports a
 * wrong one at its position.
 */
const text = { type: 'string', minLength: 1 } as const;
const url = { type: 'string', pattern: '^https?://\\S+$' } as const;
const cpvList = { type: 'array', items: { type: 'string' }, uniqueItems: true, minItems: 1 } as const;
const codes = (list: keyof typeof EFORMS_SDK.codeLists, description: string) => ({
  enum: EFORMS_SDK.codeLists[list],
  description: `${description} (eForms code list ${list})`,
});

export const DEADLINE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$';

export const noticeSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    'What the eForms contract notice (tenderkit export eforms) needs beyond the spec; inherited along extends',
  properties: {
    procedure: codes('procedure-type-16', 'BT-105 procedure type'),
    nature: codes('contract-nature', 'BT-23 main nature of the contract'),
    description: { ...text, description: 'BT-24 description of the procedure (default: the spec title)' },
    buyer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { ...text, description: 'BT-500 (default: authority.name)' },
        identifier: {
          ...text,
          description: 'BT-501 organisation identifier, such as the national registration number',
        },
        country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'BT-514 (default: authority.country)' },
        city: { ...text, description: 'BT-513' },
        postcode: { ...text, description: 'BT-512' },
        telephone: {
          type: 'string',
          pattern: '^\\+?[0-9][0-9 ()-]*[0-9]$',
          description: 'BT-503 contact telephone, such as +32 2 642 60 00',
        },
        email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', description: 'BT-506 contact e-mail' },
        legal_type: codes('buyer-legal-type', 'BT-11 buyer legal type'),
        activity: codes('authority-activity', 'BT-10 activity of the contracting authority'),
      },
    },
    cpv: { ...cpvList, description: 'BT-262 and BT-263 when procurement.cpv does not give them (12345678-9)' },
    documents: { ...url, description: 'BT-15 address of the procurement documents' },
    submission: { ...url, description: 'BT-18 address for submitting tenders' },
    deadline: {
      type: 'string',
      pattern: DEADLINE_PATTERN,
      description:
        'BT-131 time limit for receipt of tenders (BT-1311, of requests to participate, in a two-stage procedure), with its offset: 2027-03-15T12:00+01:00',
    },
    duration_months: { type: 'integer', minimum: 1, description: 'BT-36 duration of the contract in months' },
    validity_months: {
      type: 'integer',
      minimum: 1,
      description: 'BT-98 how long a tender must remain valid, in months (required in an open procedure)',
    },
    lots: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: {
          title: { ...text, description: 'BT-21 of the lot' },
          description: { ...text, description: 'BT-24 of the lot (default: its title)' },
          cpv: { ...cpvList, description: "BT-262 and BT-263 of the lot (default: the procedure's)" },
        },
      },
    },
  },
} as const;
