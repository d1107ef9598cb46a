import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { canUse } from '../../support/outside-tools.js';
import { SHIPPED, shippedCopy } from '../../support/shipped.js';

const PANDOC = SHIPPED && canUse('pandoc', 'reading the French redline back');

function plain(file: string, trackChanges?: 'accept' | 'reject'): string {
  const args = ['-t', 'plain', '--wrap=none', ...(trackChanges ? [`--track-changes=${trackChanges}`] : []), file];
  const run = spawnSync('pandoc', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.replace(/\u00a0/g, ' ');
}

/** Each requirement's first statement paragraph: the paragraph after the line that starts with the obligation label. */
function statements(text: string, obligationLabel: string): Map<string, string> {
  const out = new Map<string, string>();
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
  paragraphs.forEach((p, i) => {
    const id = /^(?:[\d.]+\s+)?([A-Z]+(?:-[A-Z]+)*-\d{3,4}) /.exec(p)?.[1];
    if (id && paragraphs[i + 1]?.startsWith(obligationLabel) && paragraphs[i + 2]) out.set(id, paragraphs[i + 2]!);
  });
  return out;
}

describe.skipIf(!PANDOC)('the redline in the language of its spec', () => {
  let copy: ReturnType<typeof shippedCopy>;
  let out: string;
  beforeAll(async () => {
    copy = shippedCopy();
    out = path.join(copy.root, 'out');
    // the baseline as a French document, to read its French texts independently of the redline
    const baseline = path.join(copy.root, 'specs', 'eu-baseline.yaml');
    writeFileSync(baseline, readFileSync(baseline, 'utf8').replace(/^language: en$/m, 'language: fr'));
    const run = await runCli([
      'build',
      'lu',
      'eu-baseline',
      '--root',
      copy.root,
      '--out',
      out,
      '--format',
      'docx,deviations',
    ]);
    expect(run.code, run.stderr).toBe(0);
  }, 180_000);
  afterAll(() => copy.dispose());

  it('accepted, reads as the French texts of lu; rejected, as the French texts of the baseline', () => {
    const redline = path.join(out, 'lu', 'deviations.docx');
    const accepted = statements(plain(redline, 'accept'), 'Obligation :');
    const rejected = statements(plain(redline, 'reject'), 'Obligation :');
    const lu = statements(plain(path.join(out, 'lu', 'tender-specification.docx')), 'Obligation :');
    const baseline = statements(plain(path.join(out, 'eu-baseline', 'tender-specification.docx')), 'Obligation :');
    expect(lu.size).toBeGreaterThan(90);
    expect(baseline.size).toBeGreaterThan(90);
    expect(Object.fromEntries(accepted)).toEqual(Object.fromEntries(lu));
    expect(Object.fromEntries(rejected)).toEqual(Object.fromEntries(baseline));
    // lu removes EUS-010 and loosens RES-007 to 8 positions: the two readings differ where lu departs
    expect(accepted.has('EUS-010')).toBe(false);
    expect(rejected.get('EUS-010')).toBe(baseline.get('EUS-010'));
    expect(rejected.get('EUS-010')).toMatch(/ doit /);
    expect(accepted.get('RES-007')).not.toBe(rejected.get('RES-007'));
  });

  it('speaks French around the texts, as does the deviation report', () => {
    const accepted = plain(path.join(out, 'lu', 'deviations.docx'), 'accept');
    expect(accepted.split('\n')[0]).toBe('Version révisée : lu par rapport à eu-baseline');
    const report = readFileSync(path.join(out, 'lu', 'deviations.md'), 'utf8');
    expect(report.split('\n')[0]).toBe('# Écarts de lu par rapport à eu-baseline');
    expect(report).toContain('| Modification | Exigences |');
    expect(report).not.toMatch(/Deviations of|Justification: |declared in/);
    // the German report of lu shows the German texts
    const german = readFileSync(path.join(out, 'lu', 'deviations.de.md'), 'utf8');
    expect(german.split('\n')[0]).toBe('# Abweichungen von lu gegenüber eu-baseline');
    expect(german).toMatch(/Die Abweichung|Das System|Der Auftragnehmer/);
  });
});
