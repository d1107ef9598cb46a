import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { espdCriteriaOf } from '../../../src/lib/espd-edm/espd-criteria.js';
import { criterionTree } from '../../../src/lib/espd-edm/criterion-tree.js';
import type { XmlOut } from '../../../src/lib/xml/xml-tree.js';
import { REPO_ROOT, SHARED } from '../../support/outside-tools.js';

const SHIPPED = path.join(REPO_ROOT, 'src/lib/espd-edm');
const ESPD = path.join(SHARED, 'espd-edm');

describe.skipIf(!existsSync(ESPD))('the ESPD-EDM data shipped with tenderkit', () => {
  it('is what scripts/espd-edm-data.mjs makes of ESPD-EDM now, with its licence and attribution beside it', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-espd-data-'));
    try {
      execFileSync(
        process.execPath,
        [path.join(REPO_ROOT, 'scripts/espd-edm-data.mjs'), ESPD, path.join(SHARED, 'eforms-sdk'), out],
        {
          stdio: 'pipe',
        },
      );
      for (const file of ['eforms-criteria.json', 'criteria.json', 'LICENCE'])
        expect(await readFile(path.join(out, file), 'utf8'), file).toBe(
          await readFile(path.join(SHIPPED, file), 'utf8'),
        );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    const notice = await readFile(path.join(SHIPPED, 'NOTICE.md'), 'utf8');
    expect(notice).toMatch(/Publications Office of the European\s+Union/);
    expect(notice).toMatch(/European Union Public Licence 1\.2/);
  });

  it('pairs the codes of DESIGN 2.8 and keeps the criteria of the 2009/81 directive out of the ESPD', () => {
    expect(espdCriteriaOf('exg-crim-part')?.map((c) => c.code)).toEqual(['crime-org']);
    expect(espdCriteriaOf('slc-abil-ref-services')?.map((c) => c.code)).toEqual(['service-perform']);
    for (const code of ['slc-sec-inf', 'slc-sec-supply', 'exg-mis-unrel-sec', 'exg-crim'])
      expect(espdCriteriaOf(code)).toBeUndefined();
    const tree = criterionTree('crime-org')!;
    const id = (tree.content as readonly XmlOut[]).find((c) => c.name === 'cbc:ID');
    expect(id?.content).toBe(espdCriteriaOf('exg-crim-part')![0]!.uuid);
  });
});
