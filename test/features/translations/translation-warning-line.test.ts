import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { fixtureCopies } from '../../support/workspace.js';

const copy = fixtureCopies();
const NL =
  'id: nl\ntitle: NL\nextends: eu-baseline\nlanguage: nl\nauthority: { name: Politie, country: NL }\ndeviations: []\n';

describe('the translation fallback warning of build', () => {
  it('is one line: the count, the first five ids, how many more, and the command that lists them all', async () => {
    const root = await copy('basic', { 'specs/nl.yaml': NL });
    const run = await runCli(['build', 'nl', '--root', root, '--out-dir', path.join(root, 'out'), '--format', 'md']);
    expect(run.code).toBe(0);
    const warning = run.stderr.split('\n').find((l) => l.endsWith('[translation-missing]'));
    expect(warning).toBe(
      'specs/nl.yaml:4:11: warning spec nl: 6 of 6 requirements have no Dutch (nl) translation: INT-001, INT-002, SEC-001, SEC-002, EUS-001 and 1 more; the document shows the English text, marked as such (`tenderkit translations --lang nl` lists them all) [translation-missing]',
    );
    // the command it names does list every one
    const listed = await runCli(['translations', '--lang', 'nl', '--root', root]);
    expect(listed.stdout).toContain('Missing for spec nl (6): INT-001, INT-002, SEC-001, SEC-002, EUS-001, RES-001');
  });
});
