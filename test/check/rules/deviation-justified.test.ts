import { deviationJustified } from '../../../src/check/rules/deviation-justified.js';
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

testRule(deviationJustified, {
  valid: [
    {
      text: 'id: be\ntitle: Belgium\nextends: base\ndeviations:\n  - requirement: INT-001\n    set: { parameters: { t: 3 } }\n    justification: The national radio network delivers within 3 s.\n',
      workspace,
    },
    // a root spec has no parent to depart from
    { text: 'id: base\ntitle: Baseline\n', workspace: { requirements: workspace.requirements } },
  ],
  invalid: [
    {
      text: 'id: be\ntitle: Belgium\nextends: base\ndeviations:\n  - requirement: INT-001\n    set: { parameters: { t: 3 } }\n',
      workspace,
      errors: [
        { message: 'the deviation of INT-001 has no justification; say why be departs from base', line: 5, column: 5 },
      ],
    },
  ],
});
