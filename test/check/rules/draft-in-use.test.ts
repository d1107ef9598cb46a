import { draftInUse } from '../../../src/check/rules/draft-in-use.js';
import { testRule } from '../rule-tester.js';

const requirement = (status: string) => ({
  id: 'INT-001',
  statement: 'The system shall deliver each event within 5 s.',
  fields: { status },
});

testRule(draftInUse, {
  valid: [
    { text: 'id: base\ntitle: Baseline\n', workspace: { requirements: [requirement('approved')] } },
    { text: 'id: base\ntitle: Baseline\n', workspace: { requirements: [requirement('deprecated')] } },
  ],
  invalid: [
    {
      text: 'id: base\ntitle: Baseline\n',
      workspace: { requirements: [requirement('draft')] },
      errors: [{ message: /^base selects INT-001, which is still a draft: /, line: 1, column: 5 }],
    },
  ],
});
