import { createHash } from 'node:crypto';
import { TOOL_NAME, TOOL_VERSION, toolBuild } from '../../lib/version.js';
import type { FileDigest } from '../read-workspace.js';

/**
 * A key for a result that is a pure function of the tool (version and build), of what was asked (`what`, as JSON) and
 * of the workspace's input files: every file's path and SHA-256, in path order.
 */
export function inputsKey(what: unknown, files: readonly FileDigest[]): string {
  const hash = createHash('sha256');
  hash.update(`${TOOL_NAME} ${TOOL_VERSION} ${toolBuild()}\n${JSON.stringify(what)}\n`);
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${f.path}\0${f.sha256}\n`);
  return hash.digest('hex');
}
