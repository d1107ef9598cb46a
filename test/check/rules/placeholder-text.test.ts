import { describe, expect, it } from 'vitest';
import { placeholderText, placeholders } from '../../../src/check/rules/placeholder-text.js';
import { runCli } from '../../support/cli.js';
import { fixtureCopies } from '../../support/workspace.js';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testRule } from '../rule-tester.js';

const requirement = (status: string, body: string, title = 'Event delivery') =>
  `---\nid: INT-001\ntitle: ${title}\ndomain: interconnection\nobligation: mandatory\nverification: [test]\nstatus: ${status}\n---\n${body}\n`;

testRule(placeholderText, {
  valid: [
    requirement('approved', 'The system shall deliver each event within 5 s.'),
    // code, a range and an ellipsis inside a word are not placeholders; "xxx" in lower case is a word
    requirement('approved', 'The system shall accept the value `TODO` and ranges such as 1...10 in the xxx field.'),
    requirement('draft', 'The system shall deliver each event within 5 s.\n\n## Rationale\n\nSo that peers know.'),
  ],
  invalid: [
    {
      text: requirement('approved', 'The system shall TODO (one normative sentence).'),
      errors: [
        {
          message:
            '"TODO" is placeholder text, and INT-001 is approved, so it goes into tender documents as written: write it, or set the requirement back to draft',
          line: 9,
          column: 18,
        },
      ],
    },
    {
      text: requirement('draft', 'The system shall deliver each event within … seconds.'),
      errors: [
        {
          message: /^"…" stands for text still to write: write it before INT-001 is approved/,
          line: 9,
          column: 44,
          severity: 'warning',
        },
      ],
    },
    {
      text: requirement(
        'approved',
        'The system shall log XXX events.\n\n## Rationale\n\nLorem ipsum dolor sit amet.',
        'TBD',
      ),
      errors: [
        { message: /^"TBD" is placeholder text/, line: 3, column: 8 },
        { message: /^"XXX" is placeholder text/, line: 9, column: 22 },
        { message: /^"Lorem" is placeholder text/, line: 13, column: 1 },
      ],
    },
    {
      text: 'id: be\ntitle: Belgium\nextends: base\ndeviations:\n  - requirement: INT-001\n    set: { statement: "The system shall deliver each event within 3 s." }\n    justification: "TODO: say why"\n',
      workspace: {
        requirements: [{ id: 'INT-001', statement: 'The system shall deliver each event within 5 s.' }],
        specs: { base: 'id: base\ntitle: Baseline\n' },
      },
      errors: [{ message: /^"TODO" is placeholder text, and INT-001 is approved/, line: 7, column: 20 }],
    },
  ],
});

describe('placeholders', () => {
  it('finds TODO, TBD, lorem in any case, XXX in capitals, and an ellipsis standing alone', () => {
    expect(placeholders('todo Tbd LOREM XXXX xxx … ... a... (…) 1...2').map((p) => p.found)).toEqual([
      'todo',
      'Tbd',
      'LOREM',
      'XXXX',
      '…',
      '...',
      '…',
    ]);
  });
});

describe('issue 28.7 scaffold text is not published', () => {
  const copy = fixtureCopies();

  it('new requirement validates with warnings while draft, and is refused once approved', async () => {
    const root = await copy('basic');
    const made = await runCli([
      'new',
      'requirement',
      '--domain',
      'security',
      '--title',
      'Key rotation',
      '--root',
      root,
    ]);
    expect(made.code, made.stderr).toBe(0);
    const file = /requirements\/\S+\.md/.exec(made.stdout + made.stderr)?.[0];
    expect(file, made.stdout + made.stderr).toBeDefined();
    const draft = await runCli(['validate', '--root', root]);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stderr).toMatch(
      new RegExp(`${file}:\\d+:\\d+: warning "TODO" is placeholder text.*\\[placeholder-text\\]`),
    );
    const target = path.join(root, file!);
    await writeFile(target, (await readFile(target, 'utf8')).replace('status: draft', 'status: approved'));
    const approved = await runCli(['validate', '--root', root]);
    expect(approved.code).toBe(1);
    expect(approved.stderr).toMatch(
      new RegExp(`${file}:\\d+:\\d+: error "TODO" is placeholder text.*\\[placeholder-text\\]`),
    );
  });
});
