import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryCode, EFORMS_SDK, noticeLanguage } from '../../../src/lib/eforms-sdk/sdk-data.js';
import { specSchema } from '../../../src/load/schema/spec-schema.js';
import { REPO_ROOT } from '../../support/outside-tools.js';
import { codeListFiles, genericodeCodes, genericodeNames, HAVE_SDK, SDK, sdkFields } from './sdk.js';

const SHIPPED = path.join(REPO_ROOT, 'src/lib/eforms-sdk');

describe.skipIf(!HAVE_SDK)('the eForms SDK data shipped with tenderkit', () => {
  it('is what scripts/eforms-sdk-data.mjs makes of the SDK now, with the SDK licence beside it', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-sdk-data-'));
    try {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/eforms-sdk-data.mjs'), SDK, out], {
        stdio: 'pipe',
      });
      for (const file of ['sdk-data.json', 'selection-codes.json'])
        expect(await readFile(path.join(out, file), 'utf8'), file).toBe(
          await readFile(path.join(SHIPPED, file), 'utf8'),
        );
      expect(await readFile(path.join(SHIPPED, 'LICENSE'), 'utf8')).toBe(
        await readFile(path.join(SDK, 'LICENSE'), 'utf8'),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    const notice = await readFile(path.join(SHIPPED, 'NOTICE.md'), 'utf8');
    expect(notice).toMatch(/Publications Office of the European\s+Union/);
    expect(notice).toMatch(/Creative Commons\s+Attribution 4\.0/);
  });

  it('holds every code of the code lists it names, and nothing else', () => {
    const files = codeListFiles();
    const file: Record<string, string> = {
      'procedure-type-16': 'procurement-procedure-type_procedure-type-16.gc',
      'procedure-type-18': 'procurement-procedure-type_procedure-type-18.gc',
    };
    for (const [list, codes] of Object.entries(EFORMS_SDK.codeLists)) {
      const gc = file[list] ?? files.get(list);
      expect(gc, list).toBeDefined();
      expect([...codes].sort(), list).toEqual([...genericodeCodes(gc!)].sort());
    }
  });

  it('maps each official EU language and each country to the three-letter code of the same English name', () => {
    const languages = genericodeNames('language_eu-official-language.gc');
    expect(Object.keys(EFORMS_SDK.languages)).toHaveLength(languages.size);
    const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const [two, three] of Object.entries(EFORMS_SDK.languages))
      expect(languages.get(three), two).toBe(languageName.of(two));
    expect(noticeLanguage('nl-BE')).toBe('NLD');
    expect(noticeLanguage('no')).toBeUndefined();

    const countries = genericodeNames('country.gc');
    const threes = new Set(Object.values(EFORMS_SDK.countries));
    expect(threes.size).toBe(countries.size);
    for (const three of threes) expect(countries.has(three), three).toBe(true);
    for (const two of ['AT', 'BE', 'CZ', 'EE', 'ES', 'FI', 'IT', 'LU', 'NL', 'PL', 'PT', 'SE', 'DE', 'FR', 'IE'])
      expect(countries.get(countryCode(two)!), two).toBe(new Intl.DisplayNames(['en'], { type: 'region' }).of(two));
    expect(countryCode('EL')).toBe('GRC');
    expect(countryCode('XX')).toBeUndefined();
  });

  it.each(['16', '18', '29', '31'] as const)(
    'lists as mandatory for subtype %s fields that fields.json makes mandatory for it',
    (id) => {
      const fields = sdkFields();
      const { mandatory } = EFORMS_SDK.subtypes[id];
      expect(mandatory.length).toBeGreaterThan(20);
      for (const f of mandatory) {
        const field = fields.get(f.id);
        expect(field, f.id).toBeDefined();
        expect(field!.name).toBe(f.name);
        expect(field!.mandatory?.constraints?.some((c) => c.value && c.noticeTypes?.includes(id))).toBe(true);
      }
    },
  );

  it("gives the spec schema's notice block the SDK's codes, so that editors complete them", () => {
    const notice = specSchema.properties.notice.properties;
    expect(notice.procedure.enum).toEqual(
      [...genericodeCodes('procurement-procedure-type_procedure-type-16.gc')].sort(),
    );
    expect(notice.buyer.properties.activity.enum).toContain('pub-os');
  });
});
