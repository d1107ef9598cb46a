import { describe, expect, it } from 'vitest';
import { deprecatedInUse } from '../../../src/check/rules/deprecated-in-use.js';
import { draftInUse } from '../../../src/check/rules/draft-in-use.js';
import type { LintRule } from '../../../src/check/rule.js';
import { lintWorkspace, positionInText, type RequirementFile } from '../lint-workspace.js';

const req = (id: string, status: string): RequirementFile => ({
  id,
  statement: 'The system shall log every message.',
  fields: { status },
});

describe.each([
  ['deprecated-in-use', deprecatedInUse, 'deprecated'],
  ['draft-in-use', draftInUse, 'draft'],
] as Array<[string, LintRule, string]>)('%s', (id, rule, status) => {
  const catalogue = [req('INT-001', 'approved'), req('SEC-001', status), req('BE-INT-001', status)];

  it.each([
    ['a spec that excludes it', { base: 'id: base\ntitle: Base\nselect:\n  exclude: [SEC-001, BE-INT-001]\n' }],
    [
      'a spec whose domains leave it out',
      { base: 'id: base\ntitle: Base\nselect:\n  domains: [interconnection]\n  exclude: [BE-INT-001]\n' },
    ],
    ['a workspace without specs', {}],
  ])('accepts %s', (_name, specs) => {
    expect(lintWorkspace([rule], { requirements: catalogue, specs })).toEqual([]);
  });

  it('reports a selection by domain at the domain', () => {
    const base = 'id: base\ntitle: Base\nselect:\n  domains: [interconnection, security]\n  exclude: [BE-INT-001]\n';
    const found = lintWorkspace([rule], { requirements: catalogue, specs: { base } });
    expect(found).toEqual([
      expect.objectContaining({
        rule: id,
        severity: 'warning',
        file: 'specs/base.yaml',
        ...positionInText(base, 'security'),
      }),
    ]);
    expect(found[0]!.message).toContain(`SEC-001, which is ${status === 'draft' ? 'still a draft' : 'deprecated'}`);
  });

  it('reports an explicit include at the item', () => {
    const base =
      'id: base\ntitle: Base\nselect:\n  domains: [interconnection]\n  include: [SEC-001]\n  exclude: [BE-INT-001]\n';
    expect(lintWorkspace([rule], { requirements: catalogue, specs: { base } })).toEqual([
      expect.objectContaining(positionInText(base, 'SEC-001')),
    ]);
  });

  it('reports an add deviation at the deviation, once for its whole subtree', () => {
    const specs = {
      base: 'id: base\ntitle: Base\nselect:\n  domains: [interconnection]\n  exclude: [BE-INT-001]\n',
      be: 'id: be\ntitle: Belgium\nextends: base\ndeviations:\n  - requirement: BE-INT-001\n    add: true\n    justification: national languages\n',
      'be-x': 'id: be-x\ntitle: Belgian child\nextends: be\n',
    };
    const found = lintWorkspace([rule], { requirements: catalogue, specs });
    expect(found).toEqual([
      expect.objectContaining({ file: 'specs/be.yaml', ...positionInText(specs.be, 'BE-INT-001') }),
    ]);
    expect(found[0]!.message).toContain('remove this deviation');
  });
});
