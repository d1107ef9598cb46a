import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Cache } from '../../../src/load/cache/cache.js';
import { cacheKey } from '../../../src/load/cache/key.js';
import { Shard } from '../../../src/load/cache/shard.js';
import type { SourceFile } from '../../../src/load/source-file.js';
import { storeFile } from '../../support/cache-files.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-store-'));
  dirs.push(dir);
  return dir;
}

const sha = (n: number) => n.toString(16).padStart(64, '0');
const config = (n: number): SourceFile => ({ path: 'tenderkit.yaml', text: '', sha256: sha(n), size: 0 });

describe('the key scheme', () => {
  it('is the same for the same request and inputs in any order, and changes with each of them', () => {
    const a = { path: 'requirements/A.md', sha256: sha(1) };
    const b = { path: 'specs/b.yaml', sha256: sha(2) };
    const key = cacheKey({ command: 'lint' }, [a, b]);
    expect(cacheKey({ command: 'lint' }, [b, a])).toBe(key);
    expect(cacheKey({ command: 'matrix' }, [a, b])).not.toBe(key);
    expect(cacheKey({ command: 'lint' }, [{ ...a, sha256: sha(3) }, b])).not.toBe(key);
    expect(cacheKey({ command: 'lint' }, [{ ...a, path: 'requirements/C.md' }, b])).not.toBe(key);
    expect(cacheKey({ command: 'lint' }, [a])).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a file of the content-addressed store', () => {
  it('hands back what it saved under its key only, and nothing edited or cut short', () => {
    const file = path.join(workspace(), 'shard.json');
    const shard = Shard.open(file, 'key-1');
    shard.remember('requirement:aa', { id: 'SEC-001', title: 'Ünïcode' });
    shard.remember('spec:bb', ['a', 1]);
    shard.save();
    expect(Shard.open(file, 'key-1').lookup('requirement:aa')).toEqual({ id: 'SEC-001', title: 'Ünïcode' });
    expect(Shard.open(file, 'key-2').lookup('requirement:aa')).toBeUndefined();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('SEC-001', 'SEC-002'));
    expect(Shard.open(file, 'key-1').lookup('requirement:aa')).toBeUndefined();
    writeFileSync(file, text.slice(0, -5));
    expect(Shard.open(file, 'key-1').lookup('requirement:aa')).toBeUndefined();
  });

  it('keeps only the entries a run used or made, and rewrites nothing when nothing changed', () => {
    const file = path.join(workspace(), 'shard.json');
    const first = Shard.open(file, 'k');
    first.remember('r:1', { id: 'A' });
    first.remember('r:2', { id: 'B' });
    first.save();
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    const same = Shard.open(file, 'k');
    same.lookup('r:1');
    same.remember('r:2', { id: 'B' });
    same.save();
    expect(statSync(file).mtimeMs).toBe(1_600_000_000_000);
    const fewer = Shard.open(file, 'k');
    fewer.lookup('r:1');
    fewer.save();
    expect(Shard.open(file, 'k').lookup('r:2')).toBeUndefined();
    expect(Shard.open(file, 'k').lookup('r:1')).toEqual({ id: 'A' });
  });

  it('leaves out values JSON cannot carry exactly', () => {
    const file = path.join(workspace(), 'shard.json');
    const shard = Shard.open(file, 'k');
    shard.remember('r:1', { when: new Date(0) });
    shard.remember('r:2', { n: Number.NaN });
    shard.remember('r:3', { ok: true });
    shard.save();
    const again = Shard.open(file, 'k');
    expect([again.lookup('r:1'), again.lookup('r:2'), again.lookup('r:3')]).toEqual([
      undefined,
      undefined,
      { ok: true },
    ]);
  });
});

describe('the index of clean files', () => {
  it('knows a requirement by its bytes, a translation by its bytes and its requirement’s, under one configuration', () => {
    const root = workspace();
    const cache = Cache.open(root);
    const clean = cache.clean(config(1));
    clean.rememberRequirement(sha(10), { id: 'SEC-010', domain: 'security' });
    clean.rememberTranslation(sha(11), sha(10), { id: 'SEC-010', lang: 'de' });
    cache.save();
    const again = Cache.open(root).clean(config(1));
    expect(again.requirement(sha(10))).toEqual({ id: 'SEC-010', domain: 'security' });
    expect(again.translation(sha(11), sha(10))).toEqual({ id: 'SEC-010', lang: 'de' });
    expect(again.translation(sha(11), sha(12))).toBeUndefined();
    expect(again.requirement(sha(11))).toBeUndefined();
    expect(Cache.open(root).clean(config(2)).requirement(sha(10))).toBeUndefined();
    expect(readFileSync(storeFile(root, 'clean'), 'utf8')).toMatch(/^tenderkit-cache [0-9a-f]{64} [0-9a-f]{64}\n\{/);
  });
});
