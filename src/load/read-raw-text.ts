import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A workspace file's text exactly as stored (byte-order mark and line ends kept), for an edit that must leave every
 * other byte as it was; undefined when it cannot be read or is not UTF-8.
 */
export function readRawText(root: string, rel: string): string | undefined {
  try {
    const bytes = readFileSync(path.join(root, rel));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
