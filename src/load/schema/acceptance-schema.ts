/** The `acceptance:` block of a spec: which acceptance phases the delivered system goes through. */
export const acceptanceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['phases'],
  description:
    'Acceptance of the delivered system (inherited by the specs that extend this one): the phases, in the order they run',
  properties: {
    phases: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {
        enum: ['fat', 'sat', 'sit', 'trial'],
        description:
          'fat: factory acceptance, sat: site acceptance, sit: system integration with a peer centre, trial: operational trial',
      },
    },
  },
} as const;
