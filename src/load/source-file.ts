import { isUtf8 } from 'node:buffer';

/** One input file of the workspace, decoded and normalised. */
export interface SourceFile {
  /** path relative to the workspace root, forward slashes */
  path: string;
  /** UTF-8 text without BOM, line ends normalised to \n */
  text: string;
  /** SHA-256 of the raw bytes on disk */
  sha256: string;
  size: number;
}

/** A file as a manifest or a cache key records it: its path, hash and size. */
export type InputFile = Pick<SourceFile, 'path' | 'sha256' | 'size'>;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string; line: number; column: number };

/**
 * Decodes UTF-8 (with or without BOM) and normalises CRLF and lone CR to LF.
 * Refuses binary content (NUL bytes) and invalid UTF-8, naming the position.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      reason: 'the file is binary (it contains NUL bytes), not UTF-8 text',
      ...positionOfByte(bytes, nul),
    };
  }
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: 'the file is not valid UTF-8; save it as UTF-8', ...positionOfByte(bytes, at) };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom).toString('utf8');
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      ok: false,
      reason: `the file contains the control character U+${code}; remove it (tabs and line ends are the only ones allowed)`,
      ...positionInText(text, control.index),
    };
  }
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/** C0 controls other than tab and line ends, DEL, C1 controls: invisible, and refused by XML and terminals alike. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function positionInText(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: (before.match(/\r\n?|\n/g) ?? []).length + 1, column: offset - lineStart + 1 };
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // the second byte excludes overlong forms, UTF-16 surrogates (ED A0..BF) and code points past U+10FFFF
    const second = bytes[i + 1]!;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return bytes.length;
}
