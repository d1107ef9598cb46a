import path from 'node:path';
import { fileSha256Sync, sha256 } from '../../lib/hash/sha256.js';
import type { Cache } from '../../load/cache/cache.js';
import type { InputFile } from '../../load/source-file.js';
import type { PackFile } from '../../write/pack-file.js';

/** What a pack is made from besides the tool: where it goes, the formats asked for, the date and the spec's inputs. */
export interface PackRequest {
  /** the pack's folder, absolute */
  dir: string;
  formats: readonly string[];
  sourceDateEpoch: number | undefined;
  inputs: readonly InputFile[];
}

interface KeptFile {
  path: string;
  sha256: string;
}

/**
 * Whether the pack in `request.dir` was written by this tool (version and bundled code) from exactly these inputs
 * and formats, and is unchanged since: then building it again would give the same bytes, so it can be skipped.
 * The cache's memo keeps the hash of every file of each pack written; any doubt means no.
 */
export async function packIsUpToDate(cache: Cache, request: PackRequest): Promise<boolean> {
  const kept = cache.memo.get(memoRequest(request), request.inputs);
  if (!kept) return false;
  let files: KeptFile[];
  try {
    files = JSON.parse(kept.toString('utf8')) as KeptFile[];
  } catch {
    return false;
  }
  if (!Array.isArray(files) || files.length === 0) return false;
  for (const f of files) {
    try {
      if (typeof f.path !== 'string' || fileSha256Sync(path.join(request.dir, f.path)) !== f.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Records a pack just written, so that the next build with the same inputs can leave it as it is. */
export function rememberPack(cache: Cache, request: PackRequest, files: readonly PackFile[]): void {
  const kept: KeptFile[] = files.map((f) => ({ path: f.name, sha256: sha256(f.bytes) }));
  cache.memo.put(memoRequest(request), request.inputs, JSON.stringify(kept));
}

function memoRequest(request: PackRequest) {
  return {
    command: 'pack',
    dir: request.dir,
    formats: [...request.formats],
    sourceDateEpoch: request.sourceDateEpoch,
  };
}
