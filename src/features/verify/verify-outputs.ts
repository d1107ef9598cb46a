import path from 'node:path';
import type { Manifest } from '../../write/manifest.js';
import { hashFile } from '../../lib/hash/hash-file.js';
import { listFiles } from './list-files.js';
import { byPath, type Mismatch } from './mismatch.js';

/** Recomputes the hash of every output the manifest lists and looks for files it does not list. */
export async function verifyOutputs(packDir: string, manifest: Manifest): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  const listed = new Set<string>(['manifest.json']);
  for (const entry of manifest.outputs) {
    listed.add(entry.path);
    const state = await hashFile(path.join(packDir, ...entry.path.split('/')));
    if (state.kind === 'missing') out.push({ path: entry.path, status: 'missing', of: 'output' });
    else if (state.kind !== 'file' || state.sha256 !== entry.sha256)
      out.push({ path: entry.path, status: 'changed', of: 'output' });
  }
  // an annex the manifest lists must be among its outputs, whose hashes the loop above checked
  for (const file of annexFilesOf(manifest)) {
    if (!listed.has(file)) out.push({ path: file, status: 'missing', of: 'output' });
  }
  for (const file of await listFiles(packDir)) {
    if (!listed.has(file)) out.push({ path: file, status: 'added', of: 'output' });
  }
  return out.sort(byPath);
}

/** The files of the manifest's annexes; a manifest may come from anywhere, so its shape is not taken on trust. */
function annexFilesOf(manifest: Manifest): string[] {
  const annexes: unknown = (manifest as { annexes?: unknown }).annexes;
  if (!Array.isArray(annexes)) return [];
  return annexes.flatMap((a: unknown) => {
    const files = typeof a === 'object' && a !== null ? (a as { files?: unknown }).files : undefined;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
  });
}
