import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAll } from '../../src/resolve/resolve.js';
import type { EffectiveRequirement } from '../../src/resolve/resolved.js';
import { parseCatalogue } from '../../src/load/parse-catalogue.js';
import { readFiles, type WorkspaceFiles } from '../../src/load/read-files.js';
import { source } from '../support/source.js';
import { FIXTURES } from '../support/workspace.js';

let basic: WorkspaceFiles;
beforeAll(async () => {
  basic = readFiles(path.join(FIXTURES, 'basic'));
});

/** One justified deviation of the basic catalogue, always valid against eu-baseline. */
const deviation = fc.oneof(
  fc.record({
    requirement: fc.constantFrom('INT-001', 'INT-002', 'SEC-001', 'SEC-002', 'EUS-001', 'RES-001'),
    set: fc.record({ obligation: fc.constantFrom('mandatory', 'recommended', 'optional') }),
  }),
  fc.record({
    requirement: fc.constantFrom('INT-001', 'SEC-002', 'RES-001'),
    set: fc.record({
      title: fc
        .string({ unit: fc.constantFrom(...'Abc xyz|*<>&É'), minLength: 1, maxLength: 20 })
        .filter((s) => s.trim() !== ''),
    }),
  }),
  fc.record({
    requirement: fc.constant('INT-001'),
    set: fc.record({ parameters: fc.record({ max_delivery_seconds: fc.integer({ min: 1, max: 60 }) }) }),
  }),
  fc.record({
    requirement: fc.constant('SEC-002'),
    set: fc.record({ parameters: fc.record({ tls_version: fc.constantFrom('1.2', '1.3') }) }),
  }),
  fc.record({
    requirement: fc.constantFrom('INT-002', 'EUS-001', 'SEC-001'),
    set: fc.record({
      verification: fc.subarray(['inspection', 'analysis', 'demonstration', 'test'], { minLength: 1 }),
    }),
  }),
  fc.record({ requirement: fc.constantFrom('INT-002', 'EUS-001', 'RES-001'), remove: fc.constant(true) }),
  fc.record({ requirement: fc.constant('BE-INT-001'), add: fc.constant(true) }),
);

/** Deviations of distinct requirements, so that none undoes another. */
const deviations = fc
  .uniqueArray(deviation, { selector: (d) => d.requirement, maxLength: 6 })
  .map((list) => list.map((d) => ({ ...d, justification: 'Generated.' })));

function resolveWith(specs: Record<string, unknown>) {
  const extra = Object.entries(specs).map(([id, spec]) => source(`specs/generated/${id}.yaml`, JSON.stringify(spec)));
  const { catalogue, diagnostics } = parseCatalogue({ ...basic, specs: [...basic.specs, ...extra] });
  const resolution = resolveAll(catalogue);
  return { resolution, errors: [...diagnostics, ...resolution.diagnostics].filter((d) => d.severity === 'error') };
}

/** Everything a reader of the tender sees of a requirement. */
const effective = (r: EffectiveRequirement) => ({
  id: r.id,
  title: r.title,
  obligation: r.obligation,
  verification: r.verification,
  statement: r.statement.markdown,
  parameters: [...r.parameters.entries()],
});

describe('resolution identities', () => {
  it("a spec without deviations resolves to exactly its parent's requirements", () => {
    fc.assert(
      fc.property(deviations, (list) => {
        const { resolution, errors } = resolveWith({
          parent: { id: 'parent', title: 'Parent', extends: 'eu-baseline', deviations: list },
          child: { id: 'child', title: 'Child', extends: 'parent' },
        });
        expect(errors).toEqual([]);
        const parent = resolution.resolved.get('parent')!;
        const child = resolution.resolved.get('child')!;
        expect(child.requirements.map(effective)).toEqual(parent.requirements.map(effective));
        expect(child.removed.map((r) => r.id)).toEqual(parent.removed.map((r) => r.id));
        expect(child.chain.map((s) => s.id)).toEqual([...parent.chain.map((s) => s.id), 'child']);
        // and every field keeps the provenance the parent gave it
        for (const [i, r] of child.requirements.entries())
          expect(r.provenance.obligation).toEqual(parent.requirements[i]!.provenance.obligation);
      }),
      { numRuns: 150 },
    );
  });

  it('resolving a child never changes its parent', () => {
    fc.assert(
      fc.property(deviations, deviations, (mine, theirs) => {
        const alone = resolveWith({
          parent: { id: 'parent', title: 'Parent', extends: 'eu-baseline', deviations: mine },
        });
        const withChild = resolveWith({
          parent: { id: 'parent', title: 'Parent', extends: 'eu-baseline', deviations: mine },
          child: {
            id: 'child',
            title: 'Child',
            extends: 'parent',
            deviations: theirs.filter((d) => !('add' in d) || !mine.some((m) => m.requirement === d.requirement)),
          },
        });
        expect(withChild.resolution.resolved.get('parent')!.requirements.map(effective)).toEqual(
          alone.resolution.resolved.get('parent')!.requirements.map(effective),
        );
      }),
      { numRuns: 100 },
    );
  });
});
