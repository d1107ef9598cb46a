import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SHIPPED = existsSync(path.join(REPO, 'specs')) && existsSync(path.join(REPO, 'requirements'));
const PARTS = ['requirements', 'specs', 'tenderkit.yaml', 'annexes', 'glossary', 'labels', 'templates'];

/**
 * A throw-away copy of the shipped catalogue (the workspace's files only, no out/ or cache). With `specs`, only those
 * specs and the chains they extend: every requirement, translation, annex and label stays, and a command that builds
 * every spec builds those few packs instead of all of them.
 */
export function shippedCopy(specs?: readonly string[]): { root: string; dispose: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'tk-shipped-'));
  for (const part of PARTS)
    if (existsSync(path.join(REPO, part))) cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  if (specs) keepSpecs(path.join(root, 'specs'), specs);
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Removes every spec file but those of `specs` and of the specs they extend, however deep. */
function keepSpecs(dir: string, specs: readonly string[]): void {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.yaml')) files.set(entry.name.slice(0, -'.yaml'.length), file);
    }
  };
  walk(dir);
  const keep = new Set<string>();
  const add = (id: string): void => {
    const file = files.get(id);
    if (!file) throw new Error(`the shipped catalogue has no spec ${id}`);
    if (keep.has(id)) return;
    keep.add(id);
    const parent = /^extends:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (parent) add(parent);
  };
  for (const id of specs) add(id);
  for (const [id, file] of files) if (!keep.has(id)) rmSync(file);
}
