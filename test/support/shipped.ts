import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SHIPPED = existsSync(path.join(REPO, 'specs')) && existsSync(path.join(REPO, 'requirements'));
const PARTS = ['requirements', 'specs', 'tenderkit.yaml', 'annexes', 'glossary', 'labels', 'templates'];

/** A throw-away copy of the shipped catalogue (the workspace's files only, no out/ or cache). */
export function shippedCopy(): { root: string; dispose: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'tk-shipped-'));
  for (const part of PARTS)
    if (existsSync(path.join(REPO, part))) cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
