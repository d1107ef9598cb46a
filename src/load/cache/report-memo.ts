import { digestWorkspace, type WorkspaceDigest } from '../read-files.js';
import { Cache } from './cache.js';
import type { MemoRequest } from './memo.js';

/** A report taken from the memo: the bytes an earlier run made for exactly the same inputs. */
export interface ReusedReport {
  kind: 'ok';
  output: string | Uint8Array;
  reused: true;
}

/**
 * A report (`diff`, `matrix`) is a pure function of the tool, the request and the bytes of the workspace's input
 * files. With the cache, a later run with the same request and inputs hands back the kept bytes after reading and
 * hashing the files, without parsing or resolving anything. Only successful reports are kept: findings always come
 * from a fresh load. On a miss, `compute` receives the digest (the files were just hashed: it may rely on that and
 * read only the files it needs). `binary` says whether the report is bytes rather than text.
 */
export async function memoisedReport<T extends { kind: string }>(
  useCache: boolean,
  root: string,
  request: MemoRequest & { binary?: boolean },
  compute: (digest?: WorkspaceDigest) => Promise<T>,
): Promise<T | ReusedReport> {
  if (!useCache) return compute();
  const digest = await digestWorkspace(root);
  // a file that cannot be read is a finding, and findings are only ever reported by a full load
  if (digest.diagnostics.length > 0) return compute();
  const cache = Cache.open(digest.root);
  const kept = cache.memo.get(request, digest.files);
  if (kept) return { kind: 'ok', output: request.binary ? new Uint8Array(kept) : kept.toString('utf8'), reused: true };
  const result = await compute(digest);
  if (result.kind === 'ok' && 'output' in result)
    cache.memo.put(request, digest.files, result.output as string | Uint8Array);
  return result;
}
