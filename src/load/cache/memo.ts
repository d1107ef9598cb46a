import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../lib/hash/sha256.js';
import { cacheKey, type CacheInput } from './key.js';
import { readRecord, writeRecord } from './record.js';

/** What a memoised result answers: the command and every option that can change its bytes. */
export type MemoRequest = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** Entries beyond this many (specs renamed, formats no longer asked for) are removed, oldest first. */
const MAX_ENTRIES = 256;

/**
 * Results that depend on the whole workspace (the lint findings, a diff or matrix report, a pack being up to
 * date): one record per request, under the key of the request and of the inputs it was made from. Asking again
 * with the same request and inputs hands back the bytes kept; any other inputs miss, and the next `put` replaces
 * the entry, so the folder never grows past the requests made.
 */
export class Memo {
  constructor(private readonly dir: string) {}

  get(request: MemoRequest, inputs: readonly CacheInput[]): Buffer | undefined {
    return readRecord(this.fileOf(request), cacheKey(request, inputs));
  }

  put(request: MemoRequest, inputs: readonly CacheInput[], body: string | Uint8Array): void {
    if (writeRecord(this.fileOf(request), cacheKey(request, inputs), body)) this.prune();
  }

  /** The record of a request: its name is the hash of the request alone. */
  fileOf(request: MemoRequest): string {
    return path.join(this.dir, `${sha256(JSON.stringify(request)).slice(0, 32)}.memo`);
  }

  /** Keeps the folder to MAX_ENTRIES records, removing the least recently written; best effort. */
  private prune(): void {
    try {
      const names = readdirSync(this.dir).filter((n) => n.endsWith('.memo'));
      if (names.length <= MAX_ENTRIES) return;
      const aged = names.map((n) => ({ n, t: statSync(path.join(this.dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { n } of aged.slice(0, names.length - MAX_ENTRIES)) rmSync(path.join(this.dir, n), { force: true });
    } catch {
      // another run removed a file first, or the folder is read-only: the next write tries again
    }
  }
}
