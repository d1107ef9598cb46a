import { readFileSync } from 'node:fs';

/** The tool's name and version, from package.json (read once). */
export const TOOL_NAME = 'tenderkit';
export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

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
