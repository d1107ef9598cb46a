import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The independent readers the tests check tenderkit's files with, and what to install for each. On a laptop a
 * missing one skips the tests that need it, with a message; in CI (CI=true, which .ci/run sets) it fails the test
 * file that needs it, so a green run has always read every file with every reader.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = path.resolve(REPO_ROOT, '../shared');

const IN_CI = process.env['CI'] === 'true';

function runs(command: string, args: string[]): boolean {
  try {
    return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
}

const READERS = {
  pandoc: { present: () => runs('pandoc', ['--version']), install: 'apt-get install pandoc' },
  xmllint: { present: () => runs('xmllint', ['--version']), install: 'apt-get install libxml2-utils' },
  openpyxl: {
    present: () => existsSync('/usr/bin/python3') && runs('/usr/bin/python3', ['-c', 'import openpyxl']),
    install: 'apt-get install python3-openpyxl',
  },
  python3: { present: () => runs('python3', ['--version']), install: 'apt-get install python3' },
  openssl: { present: () => runs('openssl', ['version']), install: 'apt-get install openssl' },
  soffice: {
    present: () => runs('soffice', ['--version']),
    install: 'apt-get install libreoffice-writer',
  },
  lxml: {
    present: () => existsSync('/usr/bin/python3') && runs('/usr/bin/python3', ['-c', 'import lxml.etree']),
    install: 'apt-get install python3-lxml',
  },
  chromium: { present: () => existsSync('/usr/bin/chromium'), install: 'apt-get install chromium' },
  shared: {
    present: () => existsSync(path.join(SHARED, 'ooxml')) && existsSync(path.join(SHARED, 'xliff')),
    install: 'the shared/ folder beside the repository (schemas of ReqIF, OOXML, XLIFF, the eForms SDK)',
  },
} as const;

export type Reader = keyof typeof READERS;
const known = new Map<Reader, boolean>();

/**
 * Whether the tests may use `reader`: true when it is there; when it is not, false with a warning on a laptop and
 * an error in CI (thrown while the test file is collected, so the file and its tests count as failed).
 */
export function canUse(reader: Reader, purpose: string): boolean {
  let present = known.get(reader);
  if (present === undefined) known.set(reader, (present = READERS[reader].present()));
  if (present) return true;
  const message = `${reader} is missing, so ${purpose} cannot run: ${READERS[reader].install}`;
  if (IN_CI) throw new Error(`${message} (CI=true: every outside reader must be there)`);
  console.warn(`${message}; skipped`);
  return false;
}
