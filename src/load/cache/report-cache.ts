import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { digestWorkspace, type WorkspaceDigest } from '../read-workspace.js';
import { sha256 } from '../source-file.js';
import { writeCacheFile } from './write-cache-file.js';
import { inputsKey } from './inputs-key.js';
import { parseCacheDefault } from './parse-cache-setting.js';

/** What a report is made from besides the workspace's files: the command and every option that can change its bytes. */
export type ReportRequest = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** A report taken from the cache: the bytes an earlier run wrote for exactly the same inputs. */
export interface ReusedReport {
  kind: 'ok';
  output: string | Uint8Array;
  reused: true;
}

const MAGIC = 'tenderkit-report';

/** Entries beyond this many (specs renamed, formats no longer asked for) are removed, oldest first. */
const MAX_ENTRIES = 256;

/**
 * A report (`diff`, `matrix`) is a pure function of the tool, the request and the bytes of the
 * workspace's input files. When the cache is on, the report of a run is kept in out/.cache/reports, one file per
 * request, under a key made of all three; a later run with the same key hands back those bytes after reading and
 * hashing the files, without parsing or resolving anything. Any other key (a changed, added or removed file, another
 * version, another option) computes the report again and replaces the entry. Only successful reports are kept:
 * findings always come from a fresh load. An unreadable or damaged entry counts as absent; failing to write one never
 * fails the command. On a miss, `compute` receives the digest.
 */
export async function cachedReport<T extends { kind: string }>(
  root: string,
  request: ReportRequest,
  compute: (digest?: WorkspaceDigest) => Promise<T>,
): Promise<T | ReusedReport> {
  if (!parseCacheDefault()) return compute();
  const digest = await digestWorkspace(root);
  // a file that cannot be read is a finding, and findings are only ever reported by a full load
  if (digest.diagnostics.length > 0) return compute();
  const file = reportCacheFile(digest.root, request);
  const key = inputsKey(request, digest.files);
  const kept = readEntry(file, key);
  if (kept) return kept;
  // the files were just hashed: the computation may rely on that and read only the files it needs
  const result = await compute(digest);
  if (result.kind === 'ok' && 'output' in result) writeEntry(file, key, result.output as string | Uint8Array);
  return result;
}

/** One file per request: running the same command again replaces its entry, so the folder never grows past the requests made. */
export function reportCacheFile(root: string, request: ReportRequest): string {
  const name = sha256(JSON.stringify(request)).slice(0, 32);
  return path.join(root, 'out', '.cache', 'reports', `${name}.report`);
}

/** An entry is a header line (magic, key, t for text or b for bytes, the body's SHA-256) and then the report's bytes. */
function readEntry(file: string, key: string): ReusedReport | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  const [magic, storedKey, type, bodyHash] = bytes.subarray(0, newline).toString('latin1').split(' ');
  if (magic !== MAGIC || storedKey !== key || (type !== 't' && type !== 'b')) return undefined;
  const body = bytes.subarray(newline + 1);
  // a body cut short or changed since it was written is not the report that was made
  if (bodyHash !== sha256(body)) return undefined;
  return { kind: 'ok', output: type === 't' ? body.toString('utf8') : new Uint8Array(body), reused: true };
}

function writeEntry(file: string, key: string, output: string | Uint8Array): void {
  const body = typeof output === 'string' ? Buffer.from(output, 'utf8') : output;
  const header = Buffer.from(`${MAGIC} ${key} ${typeof output === 'string' ? 't' : 'b'} ${sha256(body)}\n`, 'latin1');
  if (writeCacheFile(file, Buffer.concat([header, body]))) pruneOldest(path.dirname(file));
}

/** Keeps the folder to MAX_ENTRIES reports, removing the least recently written; best effort, like every cache write. */
function pruneOldest(dir: string): void {
  try {
    pruneFolder(dir);
  } catch {
    // another run removed a file first, or the folder is read-only: the next write tries again
  }
}

function pruneFolder(dir: string): void {
  const names = readdirSync(dir).filter((n) => n.endsWith('.report'));
  if (names.length <= MAX_ENTRIES) return;
  const aged = names.map((n) => ({ n, t: statSync(path.join(dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { n } of aged.slice(0, names.length - MAX_ENTRIES)) rmSync(path.join(dir, n), { force: true });
}
