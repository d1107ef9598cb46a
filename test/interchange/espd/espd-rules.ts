import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, SHARED } from '../../support/outside-tools.js';

/**
 * The ten business-rule files of the ESPD Request (ESPD-EDM 4.1.0, compiled from Schematron to XSLT 2 by the
 * Publications Office), each compiled once to SaxonJS's form (SEF) and kept in the system's temporary folder by the
 * hash of the stylesheet and the SaxonJS version, then run in-process on a request.
 */
export const ESPD = path.join(SHARED, 'espd-edm');
const RULES = path.join(ESPD, 'validation/ESPDRequest/xsl');
const XSLT3 = path.join(REPO_ROOT, 'node_modules', '.bin', 'xslt3');
export const HAVE_ESPD = existsSync(RULES) && existsSync(XSLT3);
export const REQUEST_XSD = path.join(ESPD, 'ubl-2.3/xsdrt/maindoc/UBL-QualificationApplicationRequest-2.3.xsd');

const require = createRequire(import.meta.url);
interface Saxon {
  transform(options: Record<string, unknown>, mode: 'sync'): { principalResult: string };
}

export interface FailedAssert {
  file: string;
  id: string;
  flag: string;
  text: string;
}

/** The rule files as compiled stylesheets, compiled when not yet cached. */
export function compiledRules(): string[] {
  const saxon = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/saxon-js/package.json'), 'utf8')) as {
    version: string;
  };
  return readdirSync(RULES)
    .filter((f) => /^0\d-.*\.xsl$/.test(f))
    .sort()
    .map((file) => {
      const source = path.join(RULES, file);
      const key = createHash('sha256').update(saxon.version).update(readFileSync(source)).digest('hex').slice(0, 16);
      const sef = path.join(os.tmpdir(), `tenderkit-espd-${file}-${key}.sef.json`);
      if (!existsSync(sef)) {
        const partial = `${sef}.${process.pid}`;
        // the rule files read ESPD-criterion.xml beside them: the compiled form keeps their location as its base
        execFileSync(XSLT3, [`-xsl:${source}`, `-export:${partial}`, '-nogo'], { stdio: 'pipe' });
        renameSync(partial, sef);
      }
      return sef;
    });
}

/** Every failed assert (errors and warnings) of the ten rule files on one request. */
export function failedAsserts(sefs: readonly string[], request: string): FailedAssert[] {
  const saxon = require('saxon-js') as Saxon;
  return sefs.flatMap((sef) => {
    const svrl = saxon.transform(
      { stylesheetFileName: sef, sourceFileName: request, destination: 'serialized' },
      'sync',
    ).principalResult;
    return [...svrl.matchAll(/<svrl:failed-assert([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map((m) => {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
      return {
        file: path.basename(sef).replace(/^tenderkit-espd-|-[0-9a-f]{16}\.sef\.json$/g, ''),
        id: attr('id'),
        flag: attr('flag') || attr('role'),
        text: m[2]!
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      };
    });
  });
}
