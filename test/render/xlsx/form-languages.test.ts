import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponsesReport } from '../../../src/features/responses/check-responses.js';
import { runCli } from '../../support/cli.js';
import { SHIPPED, shippedCopy } from '../../support/shipped.js';
import { HAVE_OPENPYXL } from '../../support/external-tools.js';
import { fillIn, readBack } from '../../support/xlsx-read-back.js';

describe.skipIf(!SHIPPED || !HAVE_OPENPYXL)('response forms in the languages of their specs', () => {
  let copy: ReturnType<typeof shippedCopy>;
  let out: string;
  beforeAll(async () => {
    copy = shippedCopy();
    out = path.join(copy.root, 'out');
    const run = await runCli(['build', 'nl', 'be', '--root', copy.root, '--out', out, '--format', 'xlsx']);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);
  afterAll(() => copy.dispose());

  async function responses(file: string, spec: string): Promise<ResponsesReport> {
    const run = await runCli(['responses', file, '--spec', spec, '--root', copy.root, '--format', 'json']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    return JSON.parse(run.stdout) as ResponsesReport;
  }

  it('writes a Dutch form that openpyxl fills in with Dutch answers and responses reads back', async () => {
    const form = path.join(out, 'nl', 'compliance-matrix.xlsx');
    const seen = readBack(form);
    expect(seen.sheets).toEqual(['Antwoorden', 'Gunningscriteria']);
    expect(seen.rows[0]!.slice(6)).toEqual(['Antwoord', 'Verwijzing in de offerte', 'Opmerking']);
    expect(seen.validations[0]!.formula1).toBe('"Voldoet,Voldoet gedeeltelijk,Voldoet niet"');
    // the locked texts are the Dutch translations
    expect(seen.rows[1]![2]).toBe('Vrijgave van incidentinformatie aan partnercentra in EMSI');
    expect(seen.rows[1]![3]).toBe('Verplicht');
    const ids = seen.rows.slice(1).map((r) => String(r[0]));

    const filled = path.join(out, 'nl-filled.xlsx');
    fillIn(form, filled, { G2: 'Voldoet', H2: 'Offerte 3.1', G3: 'Voldoet niet', G4: 'Voldoet gedeeltelijk' });
    const report = await responses(filled, 'nl');
    expect(report.intact).toBe(true);
    expect(report.summary).toMatchObject({
      requirements: ids.length,
      answered: 3,
      comply: 1,
      partiallyComply: 1,
      doNotComply: 1,
      invalid: 0,
    });
    expect(report.mandatoryNotMet.map((a) => a.id)).toContain(ids[1]);
    expect(report.missing).toHaveLength(ids.length - 3);
  });

  it('reads the French form of a spec whose main language is Dutch, and finds a changed French text', async () => {
    const form = path.join(out, 'be', 'compliance-matrix.fr.xlsx');
    const seen = readBack(form);
    expect(seen.sheets).toEqual(['Réponses', "Critères d'attribution"]);
    const filled = path.join(out, 'be-fr-filled.xlsx');
    fillIn(form, filled, { G2: 'Conforme', C3: 'Un autre titre' });
    const report = await responses(filled, 'be');
    expect(report.summary).toMatchObject({ answered: 1, comply: 1 });
    expect(report.alterations.map((a) => [a.kind, a.cell])).toEqual([['changed', 'C3']]);
    expect(report.alterations[0]!.expected).toBe(seen.rows[2]![2]);
  });
});
