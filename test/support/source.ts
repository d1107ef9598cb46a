import { sha256, type SourceFile } from '../../src/load/source-file.js';

export function source(path: string, text: string): SourceFile {
  return { path, text, sha256: sha256(text), size: Buffer.byteLength(text) };
}
