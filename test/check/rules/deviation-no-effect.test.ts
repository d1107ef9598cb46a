import { deviationNoEffect } from '../../../src/check/rules/deviation-no-effect.js';
import { testRule } from '../rule-tester.js';

const workspace = {
  requirements: [
    {
      id: 'INT-001',
      statement: 'The system shall deliver each event within {{t}}.',
      fields: { parameters: { t: { type: 'number', default: 5, unit: 's', stricter: 'lower' } } },
    },
  ],
  specs: { base: 'id: base\ntitle: Baseline\n' },
};
const be = (set: string) =>
  `id: be\ntitle: Belgium\nextends: base\ndeviations:\n  - requirement: INT-001\n    set: ${set}\n    justification: The national network is faster.\n`;

testRule(deviationNoEffect, {
  valid: [{ text: be('{ parameters: { t: 3 } }'), workspace }],
  invalid: [
    {
      text: be('{ parameters: { t: 5 } }'),
      workspace,
      errors: [{ message: /^the deviation of INT-001 changes nothing against base: /, line: 5, column: 5 }],
    },
    {
      text: be('{ parameters: { t: 3 }, obligation: mandatory }'),
      workspace,
      errors: [
        {
          message: 'INT-001: obligation is already "mandatory" in base, so setting it changes nothing',
          line: 6,
          column: 34,
        },
      ],
    },
  ],
});
