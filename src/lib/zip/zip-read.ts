import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  entries: number;
  /** uncompressed bytes of one entry */
  entryBytes: number;
  /** uncompressed bytes of all entries read */
  totalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  entries: 10_000,
  entryBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  /** as declared in the central directory */
  size: number;
  localHeaderOffset: number;
}

export type ZipResult = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; message: string };

/**
 * Reads a zip from untrusted bytes. The declared sizes are checked against the limits before anything is
 * inflated, and inflating stops at the declared size, so a zip bomb that lies about its sizes is refused too.
 * `wanted` picks the entries to inflate (all by default); the others are only listed.
 */
export function readZipSafely(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipResult {
  const listed = listEntries(bytes, limits);
  if (!listed.ok) return listed;
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of listed.entries) {
    if (!wanted(e.name)) continue;
    if (e.size > limits.entryBytes)
      return {
        ok: false,
        message: `the zip entry ${e.name} declares ${e.size} bytes uncompressed, more than the limit of ${limits.entryBytes}`,
      };
    total += e.size;
    if (total > limits.totalBytes)
      return {
        ok: false,
        message: `the zip declares more than ${limits.totalBytes} bytes uncompressed in total; refused as a possible zip bomb`,
      };
    const data = entryData(bytes, e);
    if (!data)
      return {
        ok: false,
        message: `the zip entry ${e.name} is damaged (its local header does not match the directory)`,
      };
    let content: Uint8Array;
    if (e.method === 0) {
      content = data;
    } else if (e.method === 8) {
      try {
        // one byte more than declared, so that an entry larger than it says is caught rather than cut short
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          return {
            ok: false,
            message: `the zip entry ${e.name} inflates to more than the ${e.size} bytes it declares; refused as a possible zip bomb`,
          };
        }
        return { ok: false, message: `the zip entry ${e.name} cannot be inflated: ${(err as Error).message}` };
      }
    } else {
      return {
        ok: false,
        message: `the zip entry ${e.name} uses compression method ${e.method}; only stored and deflated entries are read`,
      };
    }
    if (content.length !== e.size) {
      return {
        ok: false,
        message: `the zip entry ${e.name} has ${content.length} bytes, not the ${e.size} it declares; refused`,
      };
    }
    entries.set(e.name, content);
  }
  return { ok: true, entries };
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
}

export function listEntries(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): { ok: true; entries: ZipEntryInfo[] } | { ok: false; message: string } {
  const notZip = { ok: false as const, message: 'the file is not a zip archive (no end of central directory found)' };
  if (bytes.length < 22) return notZip;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return notZip;
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    return { ok: false, message: 'the zip uses the ZIP64 format, which is not read' };
  if (count > limits.entries)
    return { ok: false, message: `the zip has ${count} entries, more than the limit of ${limits.entries}` };
  if (cdOffset + cdSize > bytes.length)
    return { ok: false, message: 'the zip central directory lies outside the file; the archive is damaged' };
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
      return { ok: false, message: 'the zip central directory is damaged' };
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const localHeaderOffset = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

function entryData(bytes: Uint8Array, e: ZipEntryInfo): Uint8Array | undefined {
  const o = e.localHeaderOffset;
  if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) return undefined;
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) return undefined;
  return bytes.subarray(start, end);
}

/** Whether the bytes start like a zip archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
}
