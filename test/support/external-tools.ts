import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canUse } from './outside-tools.js';

/** The repository root, and the shared folder beside it that CI provides (a user's clone may lack it). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_REQIF = path.resolve(REPO_ROOT, '../shared/reqif');
export const REQIF_SCHEMA = path.join(SHARED_REQIF, 'schema', 'reqif.xsd');
export const REQIF_SAMPLES = path.join(SHARED_REQIF, 'samples');

export const HAVE_XMLLINT = canUse('xmllint', 'the ReqIF schema validation');
const HAVE_SHARED = canUse('shared', 'the ReqIF schema validation and the sample imports');
export const HAVE_SCHEMA = HAVE_SHARED && existsSync(REQIF_SCHEMA);
export const HAVE_SAMPLES = HAVE_SHARED && existsSync(REQIF_SAMPLES);
/** Debian's Python with openpyxl: an xlsx reader that shares no code with tenderkit. */
export const OPENPYXL_PYTHON = '/usr/bin/python3';
export const HAVE_OPENPYXL = canUse('openpyxl', 'the xlsx read-back');

/** xmllint against the OMG ReqIF 1.2 schema: the empty string when the file validates, else xmllint's complaint. */
export function schemaErrors(file: string): string {
  const run = spawnSync('xmllint', ['--noout', '--schema', REQIF_SCHEMA, file], { encoding: 'utf8' });
  if (run.status === 0) return '';
  return run.stderr
    .split('\n')
    .filter((l) => l.trim() && !/Schemas parser warning|Skipping import/.test(l))
    .join('\n');
}

/** Runs a Python script with openpyxl and returns its JSON output. */
export function openpyxl<T>(script: string, args: string[] = []): T {
  const out = execFileSync(OPENPYXL_PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  return JSON.parse(out) as T;
}
