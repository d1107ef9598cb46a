import { sha256 } from '../../lib/hash/sha256.js';
import { TOOL_NAME, TOOL_VERSION, toolBuild } from '../../lib/version.js';

/** The layout of the cache's files and of what an entry means; raised when either changes. */
const CACHE_FORMAT = 4;

/** An input a cached result depends on: a file of the workspace by its path and the SHA-256 of its bytes. */
export interface CacheInput {
  path: string;
  sha256: string;
}

/**
 * The one key scheme of the cache: the tool (name, version and the hash of its bundled code), the cache's format,
 * what was asked (`what`, as JSON) and the inputs it depends on (each file's path and SHA-256, in path order).
 * The same key means the same result; anything that could change the result changes the key.
 */
export function cacheKey(what: unknown, inputs: readonly CacheInput[] = []): string {
  const lines = [`${TOOL_NAME} ${TOOL_VERSION} ${toolBuild()} cache ${CACHE_FORMAT}`, JSON.stringify(what)];
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) lines.push(`${f.path}\0${f.sha256}`);
  return sha256(lines.join('\n'));
}
