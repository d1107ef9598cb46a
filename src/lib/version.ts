import { readFileSync } from 'node:fs';

/** The tool's name and version, from package.json (read once). */
export const TOOL_NAME = 'tenderkit';
/** package.json beside the bundle's folder (dist/), or two folders up from this file when running from source. */
function readPackageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {}
  }
  throw new Error('package.json of tenderkit not found');
}

export const TOOL_VERSION: string = readPackageVersion();

let build: string | undefined;

/**
 * The hash of the bundled code (dist/build-id, written by scripts/build.mjs), empty when running from source.
 * Caches key on it besides the version: two builds of one version (an install from a git commit) may differ.
 */
export function toolBuild(): string {
  if (build === undefined) {
    try {
      build = readFileSync(new URL('./build-id', import.meta.url), 'utf8').trim();
    } catch {
      build = '';
    }
  }
  return build;
}
