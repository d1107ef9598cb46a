import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat } from 'node:fs/promises';

export type FileState = { kind: 'file'; sha256: string } | { kind: 'missing' } | { kind: 'not-a-file' };

/**
 * The SHA-256 of a regular file, streamed. A link or a device in a pack is reported rather than followed:
 * reading through it could leave the pack or never end.
 */
export async function hashFile(file: string): Promise<FileState> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
      return { kind: 'missing' };
    throw err;
  }
  if (!info.isFile()) return { kind: 'not-a-file' };
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { kind: 'file', sha256: hash.digest('hex') };
}
