import { createHash } from 'node:crypto';
import path from 'node:path';
import { configSchema } from '../schema/config-schema.js';
import { requirementSchema } from '../schema/requirement-schema.js';
import { specSchema } from '../schema/spec-schema.js';
import { TOOL_NAME, TOOL_VERSION, toolBuild } from '../../lib/version.js';
import { ParseCache, SplitParseCache } from './parse-cache.js';
import type { SourceFile } from '../source-file.js';

/** The layout of the cache file; raised when what an entry means changes. */
const CACHE_FORMAT = 3;

/** A workspace's parse cache lives beside its packs, so deleting out/ clears it: requirement files' YAML here, */
export function parseCacheFile(root: string): string {
  return path.join(root, 'out', '.cache', 'parsed-yaml.json');
}

/** and the YAML of specs and tenderkit.yaml here. */
export function specCacheFile(root: string): string {
  return path.join(root, 'out', '.cache', 'parsed-specs.json');
}

/** The positions of YAML nodes that findings pointed at, so the next run need not parse those files with positions. */
export function positionCacheFile(root: string): string {
  return path.join(root, 'out', '.cache', 'yaml-positions.json');
}

/** What a cached value depends on besides the file's bytes: the tool's version and build, the cache's format and the schemas. */
export function parseCacheStamp(): string {
  const schemas = createHash('sha256')
    .update(JSON.stringify([requirementSchema, specSchema, configSchema]))
    .digest('hex')
    .slice(0, 16);
  const build = toolBuild();
  return `${TOOL_NAME} ${TOOL_VERSION}${build ? ` build ${build.slice(0, 16)}` : ''}, format ${CACHE_FORMAT}, schemas ${schemas}`;
}

export function openParseCache(root: string): SplitParseCache {
  const stamp = parseCacheStamp();
  return new SplitParseCache(ParseCache.open(parseCacheFile(root), stamp), ParseCache.open(specCacheFile(root), stamp));
}

/** The cache of specs and tenderkit.yaml alone. */
export function openSpecCache(root: string): ParseCache {
  return ParseCache.open(specCacheFile(root), parseCacheStamp());
}

export function openPositionCache(root: string): ParseCache {
  return ParseCache.open(positionCacheFile(root), parseCacheStamp());
}

/** The requirement files known to be clean (src/load/cache/requirement-index.ts). */
export function requirementIndexFile(root: string): string {
  return path.join(root, 'out', '.cache', 'clean-requirements.json');
}

/** Whether a requirement file is clean depends on the tool, the schemas and the configuration (domains, units, size limit). */
export function requirementIndexStamp(config: SourceFile | undefined): string {
  return `${parseCacheStamp()}, configuration ${config ? config.sha256 : 'none'}`;
}
