import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { runCli } from '../support/cli.js';

/** The ids users write in tenderkit.yaml and in `lint.disable`: fixed. */
const FIXED = {
  'modal-verb': 'error',
  'single-statement': 'warning',
  'vague-term': 'warning',
  'acceptance-criteria': 'warning',
  'reference-version': 'warning',
  'or-equivalent': 'error',
  'named-origin': 'error',
  'eu-sourcing-legal-basis': 'error',
  'award-weights': 'error',
  'cpv-format': 'error',
  'deprecated-in-use': 'warning',
  'draft-in-use': 'warning',
};

describe('tenderkit rules', () => {
  it('registers every rule of the contract with its default severity, each id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, severity] of Object.entries(FIXED))
      expect(RULES.find((r) => r.id === id)?.severity, id).toBe(severity);
  });

  it('prints one aligned line per rule: id, default severity, description', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines[0]).toMatch(/^modal-verb +error +The statement's modal verb matches the obligation/);
    const column = lines[0]!.indexOf('error');
    for (const line of lines) expect(line.slice(column)).toMatch(/^(error|warning|info) /);
  });

  it('prints JSON with --format json', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    const { rules } = JSON.parse(run.stdout) as { rules: Array<{ id: string; severity: string; description: string }> };
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules.find((r) => r.id === 'cpv-format')).toEqual({
      id: 'cpv-format',
      severity: 'error',
      description: 'CPV codes have the form 12345678-9',
      url: 'docs/rules.md#cpv-format',
    });
  });
});
