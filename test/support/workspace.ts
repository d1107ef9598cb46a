import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A throw-away copy of a fixture workspace with some files replaced (string) or deleted (null). */
export async function workspaceFrom(
  fixture: string,
  edits: Record<string, string | null> = {},
): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-test-'));
  const source = path.join(FIXTURES, fixture);
  // out/ holds what running the CLI on a fixture left there (packs, the parse cache): not part of the fixture
  await cp(source, root, {
    recursive: true,
    filter: (from) => path.relative(source, from).split(path.sep)[0] !== 'out',
  });
  for (const [file, content] of Object.entries(edits)) {
    const target = path.join(root, file);
    if (content === null) await rm(target, { force: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

/**
 * For one test file: a function that makes throw-away copies of fixtures (as `workspaceFrom`) and their removal
 * after each test.
 */
export function fixtureCopies(): (fixture: string, edits?: Record<string, string | null>) => Promise<string> {
  let disposers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const d of disposers) await d();
    disposers = [];
  });
  return async (fixture, edits = {}) => {
    const ws = await workspaceFrom(fixture, edits);
    disposers.push(ws.dispose);
    return ws.root;
  };
}
