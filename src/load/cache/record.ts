import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../lib/hash/sha256.js';

const MAGIC = 'tenderkit-cache';

/**
 * The one file format of the cache: a header line `tenderkit-cache <key> <SHA-256 of the body>` and then the body's
 * bytes. A reader takes the body only under the key it asks for and only when the body is whole and unchanged since
 * it was written (by hand, by another program, by a write cut short); anything else reads as absent.
 */
export function readRecord(file: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  const [magic, storedKey, bodyHash, extra] = bytes.subarray(0, newline).toString('latin1').split(' ');
  if (magic !== MAGIC || storedKey !== key || extra !== undefined) return undefined;
  const body = bytes.subarray(newline + 1);
  return bodyHash === sha256(body) ? body : undefined;
}

/**
 * Writes a record whole or not at all (a temporary file renamed into place), and never fails: a read-only
 * workspace or a full disk only means the next run does the work again. Whether it was written.
 */
export function writeRecord(file: string, key: string, body: string | Uint8Array): boolean {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const header = Buffer.from(`${MAGIC} ${key} ${sha256(bytes)}\n`, 'latin1');
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, Buffer.concat([header, bytes]));
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
    return false;
  }
}
