import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every entry below `dir` that is not a folder, as relative paths with forward slashes, sorted. Links are not followed. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) pending.push(child);
      else out.push(child);
    }
  }
  return out.sort();
}
