import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackFile } from '../build/pack-format.js';

/**
 * Writes a folder of files so that readers see either the old folder or the complete new one:
 * everything goes into a temporary folder beside the target, which then replaces the target.
 */
export async function writeFolderAtomically(target: string, files: readonly PackFile[]): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = path.join(parent, `.${path.basename(target)}.tmp-${suffix}`);
  const previous = path.join(parent, `.${path.basename(target)}.old-${suffix}`);
  try {
    await mkdir(temporary);
    for (const f of files) {
      const dest = path.join(temporary, f.name);
      if (!dest.startsWith(temporary + path.sep)) throw new Error(`refusing to write ${f.name} outside the pack`);
      await mkdir(path.dirname(dest), { recursive: true });
      await writeFile(dest, f.bytes);
    }
    let hadPrevious = true;
    try {
      await rename(target, previous);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      hadPrevious = false;
    }
    try {
      await rename(temporary, target);
    } catch (err) {
      if (hadPrevious) await rename(previous, target);
      throw err;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Writes one file atomically: a temporary file beside it, then a rename. */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}
