import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OBLIGATIONS,
  VERIFICATIONS,
  type Obligation,
  type Parameter,
  type ParameterValue,
  type Requirement,
  type Verification,
} from '../../../src/load/requirement/requirement.js';
import { diffSpecs } from '../../../src/features/diff/diff-specs.js';
import { resolveAll } from '../../../src/resolve/resolve.js';
import { parseCatalogue } from '../../../src/load/parse-catalogue.js';
import { readFiles, type WorkspaceFiles } from '../../../src/load/read-files.js';
import type { SourceFile } from '../../../src/load/source-file.js';
import { sha256 } from '../../../src/lib/hash/sha256.js';
import { VARIANTS } from './support.js';

/**
 * Generated deviations over a two-level chain (cluster, national) applied to the fixture's baseline: the diff of the
 * national spec against the baseline gives back exactly the fields the deviations changed, classified by an
 * independent oracle, and declared by the level that last set them.
 */

type SetDeviation = { requirement: string; set: Record<string, unknown>; justification: string };
type Dev =
  | SetDeviation
  | { requirement: string; remove: true; justification: string }
  | { requirement: string; add: true; justification: string };

const TITLES = ['A replacement title', 'Another title'];
const STATEMENTS = [
  'Operational data stays available to every peer centre at all times.',
  'Each peer centre receives a copy of every record within one hour.',
];

let files: WorkspaceFiles;
let catalogue: Map<string, Requirement>;
let baselineIds: string[];
let nationalIds: string[];

beforeAll(async () => {
  files = readFiles(VARIANTS);
  const loaded = parseCatalogue(files).catalogue;
  catalogue = loaded.requirements;
  const resolved = resolveAll(loaded).resolved.get('eu-baseline')!;
  baselineIds = resolved.requirements.map((r) => r.id);
  nationalIds = [...catalogue.keys()].filter((id) => !baselineIds.includes(id));
});

function valueOf(p: Parameter): fc.Arbitrary<ParameterValue> {
  switch (p.type) {
    case 'number':
      return fc.integer({ min: (p.min ?? 0) * 100, max: (p.max ?? 1000) * 100 }).map((n) => n / 100);
    case 'integer':
      return fc.integer({ min: p.min ?? 0, max: p.max ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(p.values ?? []));
    default:
      return fc.constantFrom(String(p.default), 'the European Economic Area', 'Belgium');
  }
}

function setOf(req: Requirement): fc.Arbitrary<Record<string, unknown>> {
  const params = [...req.parameters];
  const parameters =
    params.length === 0
      ? fc.constant(undefined)
      : fc.option(fc.record(Object.fromEntries(params.map(([n, p]) => [n, valueOf(p)])), { requiredKeys: [] }), {
          nil: undefined,
        });
  return fc
    .record(
      {
        obligation: fc.option(fc.constantFrom(...OBLIGATIONS), { nil: undefined }),
        parameters,
        verification: fc.option(fc.subarray([...VERIFICATIONS], { minLength: 1 }), { nil: undefined }),
        title: fc.option(fc.constantFrom(req.title, ...TITLES), { nil: undefined }),
        statement: fc.option(fc.constantFrom(req.statement.markdown, ...STATEMENTS), { nil: undefined }),
      },
      { requiredKeys: [] },
    )
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).filter(
          ([, v]) =>
            v !== undefined &&
            !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0),
        ),
      ),
    )
    .filter((r) => Object.keys(r).length > 0);
}

/** For each level, at most one deviation per requirement; nothing touches a requirement after its removal. */
function chainArb(): fc.Arbitrary<{ cluster: Dev[]; national: Dev[] }> {
  const perRequirement = [...baselineIds, ...nationalIds].map((id) => {
    const req = catalogue.get(id)!;
    const national = nationalIds.includes(id);
    const step = (kind: 'none' | 'set' | 'remove' | 'add'): fc.Arbitrary<Dev | undefined> =>
      kind === 'none'
        ? fc.constant(undefined)
        : kind === 'set'
          ? setOf(req).map((set) => ({ requirement: id, set, justification: 'generated' }))
          : kind === 'remove'
            ? fc.constant({ requirement: id, remove: true as const, justification: 'generated' })
            : fc.constant({ requirement: id, add: true as const, justification: 'generated' });
    const plans: Array<['none' | 'set' | 'remove' | 'add', 'none' | 'set' | 'remove' | 'add']> = national
      ? [
          ['none', 'none'],
          ['add', 'none'],
          ['add', 'set'],
          ['add', 'remove'],
          ['none', 'add'],
        ]
      : [
          ['none', 'none'],
          ['set', 'none'],
          ['none', 'set'],
          ['set', 'set'],
          ['remove', 'none'],
          ['none', 'remove'],
          ['set', 'remove'],
        ];
    return fc.constantFrom(...plans).chain(([a, b]) => fc.tuple(step(a), step(b)));
  });
  return fc.tuple(...perRequirement).map((pairs) => ({
    cluster: pairs.map((p) => p[0]).filter((d): d is Dev => d !== undefined),
    national: pairs.map((p) => p[1]).filter((d): d is Dev => d !== undefined),
  }));
}

function source(path: string, value: unknown): SourceFile {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  return { path, text, sha256: sha256(text), size: text.length };
}

const RANK = (o: Obligation) => ['optional', 'recommended', 'mandatory'].indexOf(o);

/** The oracle: last write wins per field; directions decided without the code under test. */
function expected(chain: { cluster: Dev[]; national: Dev[] }) {
  const out = new Map<
    string,
    {
      change: string;
      declaredIn: string;
      fields: Map<string, { from: unknown; to: unknown; effect: string; by: string }>;
    }
  >();
  for (const id of [...baselineIds, ...nationalIds]) {
    const req = catalogue.get(id)!;
    const steps = [
      ...chain.cluster.map((d) => ['cluster', d] as const),
      ...chain.national.map((d) => ['national', d] as const),
    ].filter(([, d]) => d.requirement === id);
    const removal = steps.find(([, d]) => 'remove' in d);
    const addition = steps.find(([, d]) => 'add' in d);
    const inBaseline = baselineIds.includes(id);
    if (removal) {
      if (inBaseline) out.set(id, { change: 'removed', declaredIn: removal[0], fields: new Map() });
      continue;
    }
    if (!inBaseline) {
      if (addition) out.set(id, { change: 'added', declaredIn: addition[0], fields: new Map() });
      continue;
    }
    const last = new Map<string, { value: unknown; by: string }>();
    for (const [level, d] of steps) {
      if (!('set' in d)) continue;
      for (const [k, v] of Object.entries(d.set)) {
        if (k === 'parameters')
          for (const [n, pv] of Object.entries(v as object)) last.set(`parameters.${n}`, { value: pv, by: level });
        else last.set(k, { value: v, by: level });
      }
    }
    const fields = new Map<string, { from: unknown; to: unknown; effect: string; by: string }>();
    for (const [field, { value, by }] of last) {
      const from: unknown = field.startsWith('parameters.')
        ? req.parameters.get(field.slice(11))!.default
        : field === 'statement'
          ? req.statement.markdown
          : req[field as 'title' | 'obligation' | 'verification'];
      let effect: string | undefined;
      if (field === 'obligation')
        effect =
          RANK(value as Obligation) === RANK(from as Obligation)
            ? undefined
            : RANK(value as Obligation) > RANK(from as Obligation)
              ? 'stricter'
              : 'looser';
      else if (field === 'verification') {
        const a = new Set(from as Verification[]);
        const b = new Set(value as Verification[]);
        const sub = [...a].every((x) => b.has(x));
        const sup = [...b].every((x) => a.has(x));
        effect = sub && sup ? undefined : sub ? 'stricter' : sup ? 'looser' : 'modified';
      } else if (field === 'title' || field === 'statement') effect = value === from ? undefined : 'modified';
      else {
        const p = req.parameters.get(field.slice(11))!;
        if (value === from) effect = undefined;
        else if (p.stricter === 'none' || p.type === 'string') effect = 'modified';
        else {
          const n = (v: unknown) => (p.type === 'enum' ? p.values!.indexOf(v as string) : Number(v));
          effect = n(value) > n(from) === (p.stricter === 'higher') ? 'stricter' : 'looser';
        }
      }
      if (effect) fields.set(field, { from, to: value, effect, by });
    }
    if (fields.size === 0) continue;
    const effects = new Set([...fields.values()].map((f) => f.effect));
    const change = effects.size === 1 ? [...effects][0]! : 'modified';
    const declaredIn = [...fields.values()].some((f) => f.by === 'national') ? 'national' : 'cluster';
    out.set(id, { change, declaredIn, fields });
  }
  return out;
}

describe('diff of generated deviations (property)', () => {
  it('gives back exactly the deviations applied to the baseline', () => {
    fc.assert(
      fc.property(chainArb(), (chain) => {
        const specs = [
          files.specs.find((f) => f.path.endsWith('eu-baseline.yaml'))!,
          source('specs/cluster.yaml', {
            id: 'cluster',
            title: 'Cluster',
            extends: 'eu-baseline',
            deviations: chain.cluster,
          }),
          source('specs/national.yaml', {
            id: 'national',
            title: 'National',
            extends: 'cluster',
            deviations: chain.national,
          }),
        ];
        const { catalogue: cat, diagnostics } = parseCatalogue({ ...files, specs });
        const resolution = resolveAll(cat);
        expect([...diagnostics, ...resolution.diagnostics].filter((d) => d.severity === 'error')).toEqual([]);
        const diff = diffSpecs(resolution.resolved.get('eu-baseline')!, resolution.resolved.get('national')!, {
          domains: cat.config.domains.map((d) => d.id),
        });
        const want = expected(chain);
        const got = new Map(diff.changes.map((c) => [c.requirement, c]));
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [id, w] of want) {
          const g = got.get(id)!;
          expect({ id, change: g.change, declaredIn: g.declaredIn }).toEqual({
            id,
            change: w.change,
            declaredIn: w.declaredIn,
          });
          expect(g.fields.map((f) => f.field).sort()).toEqual([...w.fields.keys()].sort());
          for (const f of g.fields) {
            const e = w.fields.get(f.field)!;
            expect({ id, field: f.field, effect: f.effect, by: f.origin.spec }).toEqual({
              id,
              field: f.field,
              effect: e.effect,
              by: e.by,
            });
            if (f.field !== 'statement')
              expect({ id, field: f.field, from: f.from, to: f.to }).toEqual({
                id,
                field: f.field,
                from: e.from,
                to: e.to,
              });
          }
        }
        expect(diff.summary.total).toBe(diff.summary.unchanged + diff.changes.length);
        expect(diff.summary.harmonisation).toBe(
          Math.round((diff.summary.unchanged / baselineIds.length) * 10000) / 10000,
        );
      }),
      { numRuns: 150 },
    );
  });
});
