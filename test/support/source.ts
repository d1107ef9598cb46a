import type { SourceFile } from '../../src/load/source-file.js';
import { sha256 } from '../../src/lib/hash/sha256.js';

export function source(path: string, text: string): SourceFile {
  return { path, text, sha256: sha256(text), size: Buffer.byteLength(text) };
}
