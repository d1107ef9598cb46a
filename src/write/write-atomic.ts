import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackFile } from './pack-file.js';
import { escapeRegExp } from '../lib/text/escape-reg-exp.js';

/**
 * Writes a folder of files so that readers see either the old folder or the complete new one:
 * everything goes into a temporary folder beside the target, which then replaces the target.
 */
export async function writeFolderAtomically(target: string, files: readonly PackFile[]): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverInterrupted(target);
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

/**
 * A write killed half-way (power, SIGKILL) leaves its temporary folder, and, killed between its two renames, the
 * previous folder under its `.old-` name with the target missing. Left by a process that no longer runs, the previous
 * folder is put back and the rest removed, so the next write starts from the old state exactly.
 */
export async function recoverInterrupted(target: string): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`);
  const leftovers = (await readdir(parent).catch(() => [] as string[]))
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((e) => e.match && !isRunning(Number(e.match[2])))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  if (leftovers.length === 0) return;
  const targetExists = await lstat(target).then(
    () => true,
    () => false,
  );
  const previous = leftovers.find((e) => e.match![1] === 'old');
  if (!targetExists && previous) await rename(path.join(parent, previous.name), target);
  for (const e of leftovers)
    if (e !== previous || targetExists) await rm(path.join(parent, e.name), { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes one file atomically: a temporary file beside it, then a rename. */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Writes several files so that a failure leaves every one as it was: all new contents go to temporary files beside
 * their targets first (a full disk or a missing folder stops the write before any target changed), then each
 * replaces its target by a rename; should a rename fail, the targets already replaced get their old bytes back.
 */
export async function writeFilesAtomically(
  files: ReadonlyArray<{ path: string; bytes: Uint8Array | string }>,
): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const staged: Array<{ target: string; temporary: string; previous: Uint8Array | undefined }> = [];
  try {
    for (const f of files) {
      const temporary = path.join(
        path.dirname(f.path),
        `.${path.basename(f.path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
      );
      const previous = await readFile(f.path).catch(() => undefined);
      staged.push({ target: f.path, temporary, previous });
      await writeFile(temporary, f.bytes);
    }
    const done: typeof staged = [];
    try {
      for (const s of staged) {
        await rename(s.temporary, s.target);
        done.push(s);
      }
    } catch (err) {
      for (const s of done.reverse()) {
        if (s.previous === undefined) await rm(s.target, { force: true });
        else await writeFileAtomically(s.target, s.previous);
      }
      throw err;
    }
  } finally {
    for (const s of staged) await rm(s.temporary, { force: true });
  }
}
