import { describe, expect, it } from 'vitest';
import { parameterFixed } from '../../../src/check/rules/parameter-fixed.js';
import { baseline, lintWorkspace, positionInText, type RequirementFile } from '../lint-workspace.js';

const attachments = (fixed: boolean): RequirementFile => ({
  id: 'INT-028',
  statement: 'The system shall exchange attachments of up to {{max_attachment_mb}} with peer centres.',
  fields: {
    parameters: {
      max_attachment_mb: {
        type: 'integer',
        default: 50,
        unit: 'MB',
        min: 5,
        max: 500,
        stricter: 'higher',
        ...(fixed ? { fixed_by: 'ICD 1.0.1 §11' } : {}),
      },
      max_attachments: { type: 'integer', default: 20, stricter: 'higher' },
    },
  },
});

const variant = (parameters: string) => `id: nl
title: Netherlands
extends: base
deviations:
  - requirement: INT-028
    set: { parameters: { ${parameters} } }
    justification: The national network carries larger files.
`;

describe('parameter-fixed', () => {
  it.each([
    ['a deviation of a parameter that is not fixed', false, 'max_attachment_mb: 100'],
    ['a deviation of another parameter of a requirement with a fixed one', true, 'max_attachments: 40'],
  ])('accepts %s', (_name, fixed, parameters) => {
    const found = lintWorkspace([parameterFixed], {
      requirements: [attachments(fixed)],
      specs: { base: baseline(), nl: variant(parameters) },
    });
    expect(found).toEqual([]);
  });

  it.each([
    ['a looser value', 'max_attachment_mb: 20', '20 MB'],
    ['a stricter value', 'max_attachment_mb: 100', '100 MB'],
    ['the same value', 'max_attachment_mb: 50', '50 MB'],
  ])(
    'refuses %s of a fixed parameter, at the parameter, naming the document that fixes it',
    (_name, parameters, shown) => {
      const spec = variant(parameters);
      const found = lintWorkspace([parameterFixed], {
        requirements: [attachments(true)],
        specs: { base: baseline(), nl: spec },
      });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        rule: 'parameter-fixed',
        severity: 'error',
        file: 'specs/nl.yaml',
        ...positionInText(spec, 'max_attachment_mb'),
      });
      expect(found[0]!.message).toContain('max_attachment_mb is fixed by ICD 1.0.1 §11 at 50 MB for every centre');
      expect(found[0]!.message).toContain(`(here ${shown})`);
    },
  );

  it('refuses a replacement statement that writes the fixed value out, and accepts one that keeps its placeholder', () => {
    const statement = (text: string) => `id: nl
title: Netherlands
extends: base
deviations:
  - requirement: INT-028
    set: { statement: "${text}" }
    justification: Clearer wording for the national tender.
`;
    const kept = statement(
      'The system shall exchange photographs and files of up to {{max_attachment_mb}} with peer centres.',
    );
    expect(
      lintWorkspace([parameterFixed], { requirements: [attachments(true)], specs: { base: baseline(), nl: kept } }),
    ).toEqual([]);
    const dropped = statement('The system shall exchange attachments of up to 200 MB with peer centres.');
    const found = lintWorkspace([parameterFixed], {
      requirements: [attachments(true)],
      specs: { base: baseline(), nl: dropped },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'parameter-fixed',
      severity: 'error',
      ...positionInText(dropped, 'statement'),
    });
    expect(found[0]!.message).toContain('drops {{max_attachment_mb}}, which ICD 1.0.1 §11 fixes for every centre');
  });
});
