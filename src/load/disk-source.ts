import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { tooLarge, type FileSource, type Listed } from './file-source.js';

/** The workspace's files in the working tree. `root` is made real first: links are judged against it. */
export function diskSource(rootDir: string): FileSource {
  return new DiskSource(realpathSync(rootDir));
}

/**
 * Reads the workspace's files with the synchronous calls: a command waits for every file anyway, and thousands of
 * small reads handed to the thread pool and back cost several times more than the reads themselves.
 */
class DiskSource implements FileSource {
  constructor(readonly root: string) {}

  exists(rel: string): boolean {
    try {
      lstatSync(path.join(this.root, rel));
      return true;
    } catch {
      return false;
    }
  }

  /** The accepted files under `dir`, sorted by path; linked folders inside the workspace are followed once. */
  list(dir: string, accept: (name: string) => boolean, report: (d: Diagnostic) => void): Listed[] {
    const abs = path.join(this.root, dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return [];
    }
    const out: Listed[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) for (const f of this.list(rel, accept, report)) out.push(f);
      else if (accept(e.name) && (e.isFile() || e.isSymbolicLink())) out.push({ rel, linked: e.isSymbolicLink() });
      else if (e.isSymbolicLink() && this.isLinkedFolderInside(rel, report))
        for (const f of this.list(rel, accept, report)) out.push(f);
    }
    return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  }

  private readonly linkedFolders = new Set<string>();

  /** A linked folder inside the workspace is read (once: links can make cycles); one that leads outside is refused. */
  private isLinkedFolderInside(rel: string, report: (d: Diagnostic) => void): boolean {
    const real = realOrUndefined(path.join(this.root, rel));
    if (!real || !isDirectory(real)) return false;
    if (!isInside(this.root, real)) {
      report(
        diagnostic(
          'error',
          'outside-workspace',
          `this folder is a link to ${real}, outside the workspace; tenderkit reads only files inside it`,
          rel,
        ),
      );
      return false;
    }
    const at = realpathSync(path.dirname(path.join(this.root, rel)));
    if (at === real || at.startsWith(real + path.sep)) {
      report(
        diagnostic(
          'warning',
          'link-cycle',
          'this folder is a link to a folder that contains it; it is not followed',
          rel,
        ),
      );
      return false;
    }
    if (this.linkedFolders.has(real)) return false;
    this.linkedFolders.add(real);
    return true;
  }

  /**
   * Only a link needs its real path checked: a plain file found by listing folders inside the workspace is inside
   * it, which spares thousands of path look-ups. Opening does not wait on a FIFO or device put in a file's place;
   * anything but a regular file is skipped.
   */
  readBytes(rel: string, linked: boolean, maxBytes: number, report: (d: Diagnostic) => void): Uint8Array | undefined {
    const abs = path.join(this.root, rel);
    try {
      let target = abs;
      if (linked) {
        target = realpathSync(abs);
        if (!isInside(this.root, target)) {
          report(
            diagnostic(
              'error',
              'outside-workspace',
              `this file is a link to ${target}, outside the workspace; tenderkit reads only files inside it`,
              rel,
            ),
          );
          return undefined;
        }
      }
      return this.readRegularFile(target, rel, linked, maxBytes, report);
    } catch (err) {
      report(
        diagnostic('error', 'read', `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, rel),
      );
      return undefined;
    }
  }

  private scratch = Buffer.allocUnsafe(64 * 1024);

  /**
   * The bytes of a regular file within the size limit, valid until the next call; undefined (with a diagnostic
   * when too large) otherwise. A file found by listing a folder is known to be a regular file and is read
   * without asking its size first; a link's target is checked (it may be a folder, a FIFO or a device).
   */
  private readRegularFile(
    target: string,
    rel: string,
    linked: boolean,
    maxBytes: number,
    report: (d: Diagnostic) => void,
  ): Uint8Array | undefined {
    const fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (linked && !fstatSync(fd).isFile()) return undefined;
      let filled = 0;
      for (;;) {
        // one buffer for all files, grown when needed: thousands of small buffers would keep the collector busy
        if (filled === this.scratch.length) {
          if (filled > maxBytes) break;
          const grown = Buffer.allocUnsafe(this.scratch.length * 2);
          this.scratch.copy(grown, 0, 0, filled);
          this.scratch = grown;
        }
        const n = readSync(fd, this.scratch, filled, this.scratch.length - filled, null);
        if (n === 0) break;
        filled += n;
      }
      if (filled > maxBytes) {
        report(diagnostic('error', 'file-too-large', tooLarge(fstatSync(fd).size, maxBytes), rel));
        return undefined;
      }
      return this.scratch.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  }
}

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A file that a workspace file names by its path (an annex): its bytes, or why it cannot be read. */
export type NamedFileRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads a file named by a path relative to the workspace root, such as an annex of a spec. Its real path (after
 * every link, in the path's folders too) must lie inside the root; it must be a regular file within the size limit.
 * The caller has checked that the path is relative and has no `..` segment. The bytes are the caller's to keep.
 */
export function readNamedFile(rootDir: string, rel: string, maxBytes: number): NamedFileRead {
  const root = realpathSync(rootDir);
  const abs = path.join(root, ...rel.split('/'));
  if (!exists(abs)) return { ok: false, reason: 'does not exist' };
  const real = realOrUndefined(abs);
  if (real === undefined) return { ok: false, reason: 'is a link that leads nowhere' };
  if (!isInside(root, real)) return { ok: false, reason: `leads to ${real}, outside the workspace` };
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, reason: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (info.size > maxBytes)
      return {
        ok: false,
        reason: `has ${info.size} bytes, more than the limit of ${maxBytes} (set limits.maxFileBytes in tenderkit.yaml)`,
      };
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return { ok: true, bytes: bytes.subarray(0, filled) };
  } catch (err) {
    return { ok: false, reason: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  } finally {
    closeSync(fd);
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Whether a real path is the root or lies below it. */
function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root + path.sep);
}
