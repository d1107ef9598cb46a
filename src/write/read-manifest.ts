import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, ManifestEntry } from './manifest.js';

/** A manifest this large is not one tenderkit wrote. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export type ManifestRead =
  | { kind: 'ok'; manifest: Manifest }
  | { kind: 'absent'; message: string }
  | { kind: 'invalid'; message: string };

/**
 * Reads `manifest.json` of a pack and checks its shape: a pack folder may come from anywhere, so every path
 * must stay inside the pack (outputs) or the workspace (inputs), and every hash must look like one.
 */
export async function readManifest(packDir: string): Promise<ManifestRead> {
  const file = path.join(packDir, 'manifest.json');
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { kind: 'invalid', message: 'manifest.json is not a file' };
    if (info.size > MAX_MANIFEST_BYTES)
      return { kind: 'invalid', message: `manifest.json has ${info.size} bytes, more than any pack needs` };
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        kind: 'absent',
        message: `${packDir} has no manifest.json; verify names a pack folder, such as out/<spec>`,
      };
    }
    return {
      kind: 'invalid',
      message: `cannot read manifest.json: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return {
      kind: 'invalid',
      message: `manifest.json is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const problem = manifestProblem(value);
  return problem
    ? { kind: 'invalid', message: `manifest.json ${problem}` }
    : { kind: 'ok', manifest: value as Manifest };
}

const SHA256 = /^[0-9a-f]{64}$/;

function manifestProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not a JSON object';
  if (typeof value['spec'] !== 'string') return 'has no "spec"';
  for (const list of ['outputs', 'inputs'] as const) {
    const entries = value[list];
    if (!Array.isArray(entries)) return `has no "${list}" list`;
    for (const [i, entry] of entries.entries()) {
      const problem = entryProblem(entry);
      if (problem) return `${list}[${i}] ${problem}`;
    }
  }
  return undefined;
}

function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'is not an object';
  const { path: p, sha256, size } = entry as Partial<ManifestEntry>;
  if (typeof p !== 'string' || !isSafeRelativePath(p))
    return `has a path that leaves its folder or is not relative: ${JSON.stringify(p)}`;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) return `(${p}) has no SHA-256`;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return `(${p}) has no size`;
  return undefined;
}

/** forward slashes, no empty, `.` or `..` segments, nothing absolute */
export function isSafeRelativePath(p: string): boolean {
  if (p === '' || p.includes('\\') || p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
