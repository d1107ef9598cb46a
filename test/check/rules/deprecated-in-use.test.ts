import { deprecatedInUse } from '../../../src/check/rules/deprecated-in-use.js';
import { testRule } from '../rule-tester.js';

const requirement = (status: string) => ({
  id: 'INT-001',
  statement: 'The system shall deliver each event within 5 s.',
  fields: { status },
});

testRule(deprecatedInUse, {
  valid: [
    { text: 'id: base\ntitle: Baseline\n', workspace: { requirements: [requirement('approved')] } },
    { text: 'id: base\ntitle: Baseline\n', workspace: { requirements: [requirement('draft')] } },
  ],
  invalid: [
    {
      text: 'id: base\ntitle: Baseline\n',
      workspace: { requirements: [requirement('deprecated')] },
      errors: [{ message: /^base selects INT-001, which is deprecated: /, line: 1, column: 5 }],
    },
  ],
});
