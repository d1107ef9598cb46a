import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/lib/diagnostics.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import { workspaceFrom } from '../../support/workspace.js';
import { VARIANTS } from './support.js';

/** The findings of one rule in the fixture, with a national spec `xx` (extending benelux) given as YAML lines. */
async function findings(rule: string, deviations?: string[]): Promise<Diagnostic[]> {
  if (!deviations)
    return (await loadWorkspace(VARIANTS, {}, RESOLVE_AND_CHECK)).diagnostics.filter((d) => d.rule === rule);
  const ws = await workspaceFrom('variants-basic', {
    'specs/national/xx.yaml': ['id: xx', 'title: XX', 'extends: benelux', 'deviations:', ...deviations, ''].join('\n'),
  });
  try {
    const { diagnostics } = await loadWorkspace(ws.root, {}, RESOLVE_AND_CHECK);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return diagnostics.filter((d) => d.rule === rule && d.file === 'specs/national/xx.yaml');
  } finally {
    await ws.dispose();
  }
}

const dev = (requirement: string, change: string) => [
  `  - requirement: ${requirement}`,
  `    ${change}`,
  '    justification: A reason.',
];

describe('weakens-interconnection', () => {
  it.each([
    ['a stricter parameter', dev('INT-001', 'set: { parameters: { max_delivery_seconds: 2 } }')],
    ['a looser non-interconnection requirement', dev('RES-001', 'set: { parameters: { availability_percent: 99 } }')],
    ['a looser interconnection requirement that is not mandatory', dev('SEC-002', 'set: { obligation: optional }')],
    ['a removed requirement of another domain', dev('EUS-002', 'remove: true')],
    ['a neutral change', dev('INT-001', 'set: { title: EMSI exchange }')],
  ])('accepts %s', async (_name, lines) => {
    expect(await findings('weakens-interconnection', lines)).toEqual([]);
  });

  it('warns about a lowered obligation, a looser parameter and a removal, at the value', async () => {
    const got = await findings('weakens-interconnection', [
      ...dev('INT-001', 'set: { obligation: recommended, parameters: { max_delivery_seconds: 10 } }'),
      ...dev('INT-003', 'remove: true'),
      ...dev('INT-002', 'set: { verification: [inspection, demonstration] }'),
    ]);
    expect(got.map((d) => [d.severity, d.line, d.column, d.message])).toEqual([
      [
        'warning',
        6,
        24,
        'xx loosens obligation of INT-001, a mandatory interconnection requirement, from "mandatory" to "recommended": the centres it connects to rely on it',
      ],
      [
        'warning',
        6,
        73,
        'xx loosens parameters.max_delivery_seconds of INT-001, a mandatory interconnection requirement, from 5 to 10: the centres it connects to rely on it',
      ],
      [
        'warning',
        9,
        13,
        'xx removes INT-003, a mandatory interconnection requirement: the centres it connects to rely on it',
      ],
    ]);
  });

  it('judges against the parent: benelux made INT-002 mandatory, so lowering it again is reported', async () => {
    const got = await findings('weakens-interconnection', dev('INT-002', 'set: { obligation: recommended }'));
    expect(got.map((d) => d.message)).toEqual([
      'xx loosens obligation of INT-002, a mandatory interconnection requirement, from "mandatory" to "recommended": the centres it connects to rely on it',
    ]);
  });

  it("reports the fixture's cases: lu lowers INT-001 and resets the directory interval benelux shortened", async () => {
    const got = await findings('weakens-interconnection');
    expect(got.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'specs/national/lu.yaml:7:24',
      'specs/national/lu.yaml:10:38',
    ]);
  });
});

describe('deviation-no-effect', () => {
  it.each([
    ['a real change', dev('INT-001', 'set: { parameters: { max_delivery_seconds: 3 } }')],
    ['a change of a value the parent changed', dev('SEC-001', 'set: { parameters: { tls_version: "1.2" } }')],
    [
      'verification in another order but with a new method',
      dev('SEC-001', 'set: { verification: [test, inspection, analysis] }'),
    ],
  ])('accepts %s', async (_name, lines) => {
    expect(await findings('deviation-no-effect', lines)).toEqual([]);
  });

  it('warns once at the deviation when nothing changes, naming the values', async () => {
    const got = await findings(
      'deviation-no-effect',
      dev('SEC-001', 'set: { parameters: { tls_version: "1.3" }, verification: [test, inspection] }'),
    );
    expect(got.map((d) => [d.severity, d.line, d.column, d.message])).toEqual([
      [
        'warning',
        5,
        5,
        'the deviation of SEC-001 changes nothing against benelux: parameters.tls_version is already "1.3"; verification is already inspection, test; remove it or change the value',
      ],
    ]);
  });

  it('warns per field when only some fields change nothing', async () => {
    const got = await findings(
      'deviation-no-effect',
      dev('INT-002', 'set: { obligation: mandatory, title: Shared map }'),
    );
    expect(got.map((d) => [d.line, d.column, d.message])).toEqual([
      [6, 12, 'INT-002: obligation is already "mandatory" in benelux, so setting it changes nothing'],
    ]);
  });

  it('compares with the state left by an earlier deviation of the same spec', async () => {
    const got = await findings('deviation-no-effect', [
      ...dev('INT-001', 'set: { parameters: { max_delivery_seconds: 3 } }'),
      ...dev('INT-001', 'set: { parameters: { max_delivery_seconds: 3 } }'),
    ]);
    expect(got.map((d) => d.line)).toEqual([8]);
  });

  it('finds the no-op in the fixture', async () => {
    const got = await findings('deviation-no-effect');
    expect(got.map((d) => `${d.file}:${d.line}`)).toEqual(['specs/national/lu.yaml:18']);
  });
});

describe('deviation-overridden', () => {
  it.each([
    ['a change of a catalogue value', dev('INT-001', 'set: { parameters: { max_delivery_seconds: 3 } }')],
    [
      'a change of another field than the one the cluster set',
      dev('SEC-001', 'set: { verification: [inspection, test, analysis] }'),
    ],
  ])('accepts %s', async (_name, lines) => {
    expect(await findings('deviation-overridden', lines)).toEqual([]);
  });

  it("informs when a lower level overrides or undoes a higher level's value, or removes what it changed", async () => {
    const got = await findings('deviation-overridden', [
      ...dev('RES-001', 'set: { parameters: { availability_percent: 99.99 } }'),
      ...dev('SEC-001', 'set: { parameters: { tls_version: "1.2" } }'),
      ...dev('INT-002', 'remove: true'),
    ]);
    expect(got.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['info', 6, 'xx overrides parameters.availability_percent of RES-001, which benelux set to 99.95'],
      ['info', 9, 'xx undoes benelux\'s change of parameters.tls_version of SEC-001: back to the catalogue\'s "1.2"'],
      ['info', 12, 'xx removes INT-002, which benelux changed'],
    ]);
  });
});
