import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';

const fixture = path.join(FIXTURES, 'i18n-basic');
const INT001_FR = 'requirements/interconnection/INT-001.fr.md';

async function validate(edits: Record<string, string | null>): Promise<{ code: number; lines: string[] }> {
  const ws = await workspaceFrom('i18n-basic', edits);
  try {
    const run = await runCli(['validate', '--root', ws.root]);
    return { code: run.code, lines: run.stderr.split('\n').filter((l) => l.includes('[translation]')) };
  } finally {
    await ws.dispose();
  }
}

describe('validate: translation files', () => {
  it('accepts the fixture, whose stale translation is no error', async () => {
    const run = await runCli(['validate', '--root', fixture]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('[translation]');
  });

  it('reports a translation of an unknown requirement', async () => {
    const text = (await readFile(path.join(fixture, INT001_FR), 'utf8')).replace('id: INT-001', 'id: INT-099');
    const { code, lines } = await validate({ 'requirements/interconnection/INT-099.fr.md': text });
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^requirements\/interconnection\/INT-099\.fr\.md:2:5: error INT-099 is not a requirement of the catalogue/,
      ),
    ]);
  });

  it('reports a language that differs from the file name, or is no language tag', async () => {
    const original = await readFile(path.join(fixture, INT001_FR), 'utf8');
    const mismatch = await validate({ [INT001_FR]: original.replace('lang: fr', 'lang: de') });
    expect(mismatch.lines).toEqual([
      expect.stringMatching(
        /:3:7: error "lang: de" differs from the language in the file name \(fr\) \[translation\]$/,
      ),
    ]);
    const invalid = await validate({ [INT001_FR]: original.replace('lang: fr', 'lang: "fr_FR!"') });
    expect(invalid.lines).toEqual([expect.stringMatching(/:3:7: error "fr_FR!" is not a BCP 47 language tag/)]);
  });

  it("reports placeholders that differ from the source's, at the field", async () => {
    const original = await readFile(path.join(fixture, INT001_FR), 'utf8');
    const { code, lines } = await validate({
      [INT001_FR]: original.replace(
        'dans un délai de {{max_delivery_seconds}} à compter',
        'dans un délai de {{max_delay}} à compter',
      ),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /:9:1: error the statement lacks \{\{max_delivery_seconds\}\} and has \{\{max_delay\}\}, which the source does not: a translation keeps the source's placeholders unchanged \[translation\]$/,
      ),
    ]);
  });

  it('reports sections that do not match the source by number, and fields that belong to the source', async () => {
    const original = await readFile(path.join(fixture, INT001_FR), 'utf8');
    const { lines } = await validate({
      [INT001_FR]: original
        .replace("\n## Critères d'acceptation", '\nIntégré à la justification.')
        .replace('source:', 'obligation: mandatory\nsource:'),
    });
    expect(lines).toEqual([expect.stringMatching(/:5:1: error unknown field "obligation" in a translation/)]);
    const sections = await validate({
      [INT001_FR]: original.replace("\n## Critères d'acceptation", '\nIntégré à la justification.'),
    });
    expect(sections.lines).toEqual([
      expect.stringMatching(
        /error the translation has 1 "##" sections and the source has 2 \("Rationale", "Acceptance criteria"\); sections match the source's by order/,
      ),
    ]);
  });
});
