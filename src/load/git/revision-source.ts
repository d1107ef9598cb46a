import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { tooLarge, type FileSource, type Listed } from '../file-source.js';
import type { GitRepository } from './repository.js';
import { runGit } from './run-git.js';

interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
}

/** The folders and files of a workspace that tenderkit reads; nothing else of a revision is listed. */
const INPUTS = ['tenderkit.yaml', 'tenderkit.yml', 'requirements', 'specs', 'templates', 'labels'];

export interface RevisionSource extends FileSource {
  /** the commit read */
  commit: string;
  /** whether the workspace folder existed in that commit */
  existed: boolean;
}

/**
 * The workspace's files as they are in one commit, read by git (`ls-tree` lists them, one `cat-file --batch` reads
 * every blob at the first read). Paths are those of the working tree, relative to the workspace root, so a revision
 * goes through the same reader, parser and resolver as the files on disk.
 */
export function revisionSource(repository: GitRepository, commit: string): RevisionSource {
  const entries = listTree(repository, commit);
  const existed = repository.prefix === '' || entries.size > 0 || folderExists(repository, commit);
  return new GitSource(repository, commit, entries, existed);
}

function listTree(repository: GitRepository, commit: string): Map<string, TreeEntry> {
  const paths = INPUTS.map((p) => `${repository.prefix}${p}`);
  const run = runGit(repository.root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', ...paths]);
  const entries = new Map<string, TreeEntry>();
  if (!run.ok) return entries;
  for (const record of run.stdout.toString('utf8').split('\0')) {
    // "<mode> <type> <object> <size>\t<path>": the documented output of ls-tree --long
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', oid = '', size = ''] = record.slice(0, tab).split(/ +/);
    const full = record.slice(tab + 1);
    if (type !== 'blob' || !full.startsWith(repository.prefix)) continue;
    entries.set(full.slice(repository.prefix.length), { mode, oid, size: Number(size) });
  }
  return entries;
}

function folderExists(repository: GitRepository, commit: string): boolean {
  const folder = repository.prefix.replace(/\/$/, '');
  const run = runGit(repository.root, ['ls-tree', '--full-tree', commit, '--', folder]);
  return run.ok && run.stdout.length > 0;
}

class GitSource implements RevisionSource {
  readonly root: string;
  private prefetched = false;

  constructor(
    private readonly repository: GitRepository,
    readonly commit: string,
    private readonly entries: Map<string, TreeEntry>,
    readonly existed: boolean,
  ) {
    this.root = repository.root;
  }

  exists(rel: string): boolean {
    return this.entries.has(rel);
  }

  /** Like the working tree's listing: files and folders whose names start with a dot are skipped. */
  list(dir: string, accept: (name: string) => boolean): Listed[] {
    const out: Listed[] = [];
    const under = `${dir}/`;
    for (const [rel, entry] of this.entries) {
      if (!rel.startsWith(under)) continue;
      const parts = rel.split('/');
      if (parts.some((p) => p.startsWith('.')) || !accept(parts[parts.length - 1]!)) continue;
      out.push({ rel, linked: entry.mode === '120000' });
    }
    return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  }

  readBytes(rel: string, _linked: boolean, maxBytes: number, report: (d: Diagnostic) => void): Uint8Array | undefined {
    let target = rel;
    let entry = this.entries.get(rel);
    if (entry?.mode === '120000') {
      // a link is stored as the path it points to: followed when it leads to a file of the workspace in this commit
      const to = this.blob(entry, maxBytes)?.toString('utf8') ?? '';
      target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), to));
      entry = this.entries.get(target);
      if (!entry || entry.mode === '120000' || target.startsWith('../') || path.posix.isAbsolute(to)) {
        report(
          diagnostic(
            'error',
            'outside-workspace',
            `this file is a link to ${to}, which is not a file of the workspace in commit ${this.commit.slice(0, 12)}`,
            rel,
          ),
        );
        return undefined;
      }
    }
    if (!entry) {
      report(diagnostic('error', 'read', `cannot read the file: it is not in commit ${this.commit.slice(0, 12)}`, rel));
      return undefined;
    }
    if (entry.size > maxBytes) {
      report(diagnostic('error', 'file-too-large', tooLarge(entry.size, maxBytes), rel));
      return undefined;
    }
    const bytes = this.blob(entry, maxBytes);
    if (!bytes) {
      report(
        diagnostic(
          'error',
          'read',
          `cannot read the file from commit ${this.commit.slice(0, 12)}: git does not have its contents (a partial or damaged clone)`,
          rel,
        ),
      );
      return undefined;
    }
    return bytes;
  }

  /**
   * The blob's bytes; at the first call, every listed blob within the limit that the repository has not read yet
   * (for another revision) is read by one `git cat-file --batch`.
   */
  private blob(entry: TreeEntry, maxBytes: number): Buffer | undefined {
    const known = this.repository.blobs;
    if (!this.prefetched) {
      this.prefetched = true;
      const wanted = [...this.entries.values()].filter((e) => e.size <= maxBytes && !known.has(e.oid));
      for (const [oid, bytes] of readBlobs(this.repository, wanted)) known.set(oid, bytes);
    }
    if (!known.has(entry.oid)) for (const [oid, bytes] of readBlobs(this.repository, [entry])) known.set(oid, bytes);
    return known.get(entry.oid);
  }
}

/** Reads blobs by object id with one `git cat-file --batch`; an object git lacks is left out. */
function readBlobs(repository: GitRepository, entries: readonly TreeEntry[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (entries.length === 0) return blobs;
  const oids = [...new Set(entries.map((e) => e.oid))];
  const total = entries.reduce((sum, e) => sum + e.size + 100, 0);
  const run = runGit(repository.root, ['cat-file', '--batch'], `${oids.join('\n')}\n`, total + 1024 * 1024);
  if (!run.ok) return blobs;
  const out = run.stdout;
  let at = 0;
  while (at < out.length) {
    // each object is "<oid> <type> <size>\n<contents>\n", or "<oid> missing\n" (the documented batch output)
    const end = out.indexOf(0x0a, at);
    if (end < 0) break;
    const [oid = '', type = '', size = ''] = out.toString('utf8', at, end).split(' ');
    at = end + 1;
    if (type === 'missing' || size === '') continue;
    const length = Number(size);
    if (type === 'blob') blobs.set(oid, out.subarray(at, at + length));
    at += length + 1;
  }
  return blobs;
}
