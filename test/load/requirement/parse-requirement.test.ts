import { describe, expect, it } from 'vitest';
import { parseRequirement } from '../../../src/load/requirement/parse-requirement.js';
import { source } from '../../support/source.js';

const GOOD = `---
id: INT-001
title: Incident information exchange
domain: interconnection
obligation: mandatory
verification: [test]
status: approved
parameters:
  max_delivery_seconds: { type: number, default: 5, unit: s, stricter: lower }
---
The system shall deliver EMSI messages within {{max_delivery_seconds}}.

## Rationale
Because peers need it.

## Acceptance criteria
- A test shows it.
`;

describe('parseRequirement', () => {
  it('reads the front matter, the statement and the sections', () => {
    const { requirement, diagnostics } = parseRequirement(source('requirements/INT-001.md', GOOD));
    expect(diagnostics).toEqual([]);
    expect(requirement?.id).toBe('INT-001');
    expect(requirement?.statement.markdown).toBe(
      'The system shall deliver EMSI messages within {{max_delivery_seconds}}.',
    );
    expect(requirement?.statement.line).toBe(11);
    expect(requirement?.sections.map((s) => s.key)).toEqual(['rationale', 'acceptance-criteria']);
    expect(requirement?.parameters.get('max_delivery_seconds')).toMatchObject({
      default: 5,
      unit: 's',
      stricter: 'lower',
    });
    expect(requirement?.references).toEqual([]);
  });

  it('accepts a BOM and CRLF line ends (the reader normalises them) with the same positions', async () => {
    const { decodeText } = await import('../../../src/load/source-file.js');
    const bytes = new TextEncoder().encode(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}`);
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { requirement, diagnostics } = parseRequirement(source('requirements/INT-001.md', decoded.text));
    expect(diagnostics).toEqual([]);
    expect(requirement?.statement.line).toBe(11);
    expect(requirement?.statement.markdown).not.toContain('\r');
  });

  it('reports a missing front matter at the start of the file', () => {
    const { requirement, diagnostics } = parseRequirement(source('requirements/X-001.md', 'Just text.\n'));
    expect(requirement).toBeUndefined();
    expect(diagnostics).toMatchObject([{ rule: 'front-matter', line: 1, column: 1, severity: 'error' }]);
  });

  it('maps a schema error to the line and column of the offending value', () => {
    const text = GOOD.replace('obligation: mandatory', 'obligation: compulsory');
    const { diagnostics } = parseRequirement(source('requirements/INT-001.md', text));
    expect(diagnostics).toMatchObject([{ rule: 'schema', line: 5, column: 13 }]);
    expect(diagnostics[0]!.message).toContain('"mandatory", "recommended", "optional"');
  });

  it('points an unknown field at its key, and reports every problem at once', () => {
    const text = GOOD.replace('status: approved', 'status: aproved\nowner: someone');
    const { diagnostics } = parseRequirement(source('requirements/INT-001.md', text));
    expect(diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual(
      expect.arrayContaining([
        [7, 9, 'schema'],
        [8, 1, 'schema'],
      ]),
    );
    expect(diagnostics.find((d) => d.line === 8)!.message).toContain('unknown field "owner"');
  });

  it('reports a YAML syntax error at its position in the file, not in the front matter', () => {
    const text = GOOD.replace('verification: [test]', 'verification: [test');
    const { diagnostics } = parseRequirement(source('requirements/INT-001.md', text));
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ rule: 'yaml', severity: 'error' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(6);
  });

  it('reports duplicate keys', () => {
    const text = GOOD.replace('status: approved', 'status: approved\nstatus: draft');
    const { diagnostics } = parseRequirement(source('requirements/INT-001.md', text));
    expect(diagnostics[0]).toMatchObject({ rule: 'yaml', line: 8 });
    expect(diagnostics[0]!.message).toMatch(/unique|once/);
  });

  it('refuses parameter names that Markdown would read as emphasis, such as __proto__', () => {
    const text = GOOD.replace(
      '  max_delivery_seconds:',
      '  __proto__: { type: number, default: 1 }\n  max_delivery_seconds:',
    );
    const { diagnostics } = parseRequirement(source('requirements/INT-001.md', text));
    expect(diagnostics).toMatchObject([
      {
        rule: 'schema',
        line: 9,
        column: 3,
        message:
          'the name "__proto__" in parameters has the wrong form (expected a letter, then letters, digits or "_")',
      },
    ]);
  });

  it('reports a requirement without a statement', () => {
    const text = GOOD.replace('The system shall deliver EMSI messages within {{max_delivery_seconds}}.\n', '');
    const { diagnostics } = parseRequirement(source('requirements/INT-001.md', text));
    expect(diagnostics).toMatchObject([{ rule: 'statement' }]);
  });
});
