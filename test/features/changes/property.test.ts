import fc from 'fast-check';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { makeGitRepo, type GitRepo } from '../../support/git-repo.js';

/**
 * A generated small catalogue committed as A; random edits to requirement fields committed as B: `changes A..B`
 * lists exactly the fields whose values the edits changed, with their old and new values, and nothing else.
 */

interface Fields {
  title: string;
  statement: string;
  obligation: 'mandatory' | 'recommended' | 'optional';
  verification: string[];
  limit: number;
  rationale: string;
}

const IDS = ['INT-001', 'INT-002', 'SEC-001', 'SEC-002', 'RES-001'];
const DOMAIN: Record<string, string> = { INT: 'interconnection', SEC: 'security', RES: 'resilience' };
const WORDS = ['system', 'platform', 'centre', 'operator', 'message', 'record', 'peer', 'link', 'alert', 'log'];

function original(i: number): Fields {
  return {
    title: `Requirement number ${i + 1}`,
    statement: `The system shall keep every ${WORDS[i]} within {{limit}} of the event.`,
    obligation: 'mandatory',
    verification: ['test'],
    limit: 10 + i,
    rationale: `Reason ${i + 1} for the ${WORDS[i + 1]}.`,
  };
}

function file(id: string, f: Fields): string {
  return [
    '---',
    `id: ${id}`,
    `title: ${f.title}`,
    `domain: ${DOMAIN[id.slice(0, 3)]}`,
    `obligation: ${f.obligation}`,
    `verification: [${f.verification.join(', ')}]`,
    'status: approved',
    'parameters:',
    '  limit:',
    '    type: number',
    `    default: ${f.limit}`,
    '    unit: s',
    '    stricter: lower',
    '---',
    f.statement,
    '',
    '## Rationale',
    '',
    f.rationale,
    '',
  ].join('\n');
}

const CONFIG = `domains:
  - { id: interconnection, prefix: INT, title: Interconnection }
  - { id: security, prefix: SEC, title: Security }
  - { id: resilience, prefix: RES, title: Resilience }
`;
const SPEC = 'id: base\ntitle: Base\nselect:\n  domains: [interconnection, security, resilience]\n';

type Edit = { index: number } & (
  | { field: 'title'; value: string }
  | { field: 'statement'; value: string }
  | { field: 'obligation'; value: Fields['obligation'] }
  | { field: 'verification'; value: string[] }
  | { field: 'limit'; value: number }
  | { field: 'rationale'; value: string }
);

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 })
  .map((w) => `The ${w.join(' ')} shall hold within {{limit}}.`);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    index: fc.nat(IDS.length - 1),
    field: fc.constant('title' as const),
    value: fc.constantFrom('Requirement number 1', 'A new title', 'Another title'),
  }),
  fc.record({ index: fc.nat(IDS.length - 1), field: fc.constant('statement' as const), value: sentence }),
  fc.record({
    index: fc.nat(IDS.length - 1),
    field: fc.constant('obligation' as const),
    value: fc.constantFrom('mandatory' as const, 'recommended' as const, 'optional' as const),
  }),
  fc.record({
    index: fc.nat(IDS.length - 1),
    field: fc.constant('verification' as const),
    value: fc.constantFrom<string[]>(['test'], ['analysis'], ['test', 'demonstration']),
  }),
  fc.record({
    index: fc.nat(IDS.length - 1),
    field: fc.constant('limit' as const),
    value: fc.integer({ min: 9, max: 16 }),
  }),
  fc.record({
    index: fc.nat(IDS.length - 1),
    field: fc.constant('rationale' as const),
    value: fc.constantFrom('Reason 1 for the platform.', 'A changed reason.'),
  }),
);

/** The field name `changes` uses for each edited field. */
const NAME: Record<Edit['field'], string> = {
  title: 'title',
  statement: 'statement',
  obligation: 'obligation',
  verification: 'verification',
  limit: 'parameters.limit',
  rationale: 'sections.Rationale',
};

let repo: GitRepo;
let base = '';

beforeAll(async () => {
  repo = await makeGitRepo();
  await repo.write('tenderkit.yaml', CONFIG);
  await repo.write('specs/base.yaml', SPEC);
  for (const [i, id] of IDS.entries())
    await repo.write(`requirements/${DOMAIN[id.slice(0, 3)]}/${id}.md`, file(id, original(i)));
  base = repo.commit('A');
});

afterAll(async () => {
  await rm(repo.dir, { recursive: true, force: true });
});

describe('changes A..B', () => {
  it('lists exactly the edits made between A and B', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 8 }), async (edits) => {
        repo.git('reset', '-q', '--hard', base);
        const now = IDS.map((_, i) => original(i));
        for (const e of edits) (now[e.index] as unknown as Record<string, unknown>)[e.field] = e.value;
        for (const [i, id] of IDS.entries())
          await repo.write(`requirements/${DOMAIN[id.slice(0, 3)]}/${id}.md`, file(id, now[i]!));
        const after = repo.commit('B');
        const run = await runCli(['changes', `${base}..${after}`, '--root', repo.dir, '--format', 'json']);
        expect(run.code, run.stderr).toBe(0);
        const json = JSON.parse(run.stdout) as {
          requirements: Array<{
            id: string;
            change: string;
            fields: Array<{ field: string; from: unknown; to: unknown }>;
          }>;
        };

        const expected = IDS.flatMap((id, i) => {
          const was = original(i);
          const is = now[i]!;
          const fields = (Object.keys(NAME) as Array<Edit['field']>)
            .filter((k) => JSON.stringify(was[k]) !== JSON.stringify(is[k]))
            .map((k) => ({ field: NAME[k], from: was[k], to: is[k] }));
          return fields.length ? [{ id, change: 'modified', fields }] : [];
        });
        const sorted = (list: typeof expected) =>
          list
            .map((r) => ({ ...r, fields: [...r.fields].sort((a, b) => (a.field < b.field ? -1 : 1)) }))
            .sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(sorted(json.requirements as typeof expected)).toEqual(sorted(expected));
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
