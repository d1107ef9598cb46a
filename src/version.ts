import { readFileSync } from 'node:fs';

/** The tool's name and version, from package.json (read once). */
export const TOOL_NAME = 'tenderkit';
export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
