import { describe, expect, it } from 'vitest';
import { annexCited } from '../../../src/check/rules/annex-cited.js';
import { baseline, lintWorkspace, positionInText, type RequirementFile } from '../lint-workspace.js';

const citing = (annex: string): RequirementFile => ({
  id: 'INT-008',
  statement: 'The system shall implement the centre-to-centre interface of the interface control document.',
  fields: {
    references: [
      {
        id: 'WG-OCI Interface control document 1.0.1',
        title: 'Interface control document',
        equivalent: false,
        justification: 'Common interface; two centres interoperate only with the same wire format.',
        annex,
      },
    ],
  },
});

const annexes = (...paths: string[]) =>
  paths.length ? `annexes:\n${paths.map((p) => `  - { path: ${p}, title: An annex }\n`).join('')}` : '';

describe('annex-cited', () => {
  it.each([
    ['the annex the spec lists', 'annexes/icd.md', baseline(annexes('annexes/icd.md')), ''],
    [
      'a file of an annex folder the spec lists',
      'annexes/interface/oci-v1.openapi.yaml',
      baseline(annexes('annexes/interface')),
      '',
    ],
    [
      'an annex the child inherits',
      'annexes/icd.md',
      baseline(annexes('annexes/icd.md')),
      'id: nl\ntitle: NL\nextends: base\n',
    ],
  ])('accepts %s', (_name, annex, base, child) => {
    const specs: Record<string, string> = { base };
    if (child) specs['nl'] = child;
    expect(lintWorkspace([annexCited], { requirements: [citing(annex)], specs })).toEqual([]);
  });

  it('reports a cited annex that the spec does not list, once at the baseline and not again for its variant', () => {
    const base = baseline(annexes('annexes/conformance-suite.md'));
    const found = lintWorkspace([annexCited], {
      requirements: [citing('annexes/icd.md')],
      specs: { base, nl: 'id: nl\ntitle: NL\nextends: base\n' },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'annex-cited',
      severity: 'error',
      file: 'specs/base.yaml',
      ...positionInText(base, 'annexes'),
    });
    expect(found[0]!.message).toContain(
      'INT-008 cites annexes/icd.md as the annex holding "WG-OCI Interface control document 1.0.1"',
    );
    expect(found[0]!.message).toContain('base does not list it among its annexes');
  });

  it('reports a variant that adds the requirement without the annex its parent does not have', () => {
    const child =
      'id: nl\ntitle: NL\nextends: base\ndeviations:\n  - requirement: INT-008\n    add: true\n    justification: National interface.\n';
    const found = lintWorkspace([annexCited], {
      requirements: [citing('annexes/icd.md')],
      specs: { base: `${baseline()}select:\n  exclude: [INT-008]\n`, nl: child },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'specs/nl.yaml', ...positionInText(child, 'id') });
  });
});
