import { createHash, hash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';

/** The SHA-256 of bytes or of a string's UTF-8, in hex. */
export function sha256(bytes: Uint8Array | string): string {
  // the one-shot form: no Hash object per file, which counts at thousands of small files
  return hash('sha256', bytes, 'hex');
}

const scratch = Buffer.allocUnsafe(1 << 20);

/**
 * The SHA-256 of a file read through one reused buffer: the packs of a rebuild hold tens of megabytes, and
 * reading each file into a buffer of its own would allocate (and page in) all of it for nothing. Throws when the
 * file cannot be read.
 */
export function fileSha256Sync(file: string): string {
  const digest = createHash('sha256');
  // a FIFO put in place of an output fails to read instead of waiting for a writer
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    for (
      let n = readSync(fd, scratch, 0, scratch.length, null);
      n > 0;
      n = readSync(fd, scratch, 0, scratch.length, null)
    )
      digest.update(scratch.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return digest.digest('hex');
}
