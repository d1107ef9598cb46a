import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RequirementIndex, writeRequirementIndex, type IndexEntry } from '../../src/load/cache/requirement-index.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function indexFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-index-'));
  dirs.push(dir);
  return path.join(dir, 'out', '.cache', 'clean-requirements.json');
}

const sha = (n: number) => n.toString(16).padStart(64, '0');
const requirement = (n: number, domain = 'security'): IndexEntry => ({
  kind: 'requirement',
  sha256: sha(n),
  id: `SEC-${String(n).padStart(3, '0')}`,
  domain,
});

/** Paths in an order unlike the path order, so that writing must sort them. */
function entries(): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>();
  for (const n of [12, 3, 7, 1, 30])
    out.set(`requirements/security/SEC-${String(n).padStart(3, '0')}.md`, requirement(n));
  out.set('requirements/security/SEC-003.de.md', {
    kind: 'translation',
    sha256: sha(99),
    id: 'SEC-003',
    lang: 'de',
    source: { path: 'requirements/security/SEC-003.md', sha256: sha(3) },
  });
  return out;
}

describe('the index of clean requirement files', () => {
  it('reads back every entry it wrote, whatever order the lookups come in', () => {
    const file = indexFile();
    const written = entries();
    writeRequirementIndex(file, 'stamp 1', written);
    const sorted = [...written.keys()].sort();
    const inOrder = RequirementIndex.read(file, 'stamp 1');
    expect(sorted.map((p) => inOrder.lookup(p))).toEqual(sorted.map((p) => written.get(p)));
    const reversed = RequirementIndex.read(file, 'stamp 1');
    expect([...sorted].reverse().map((p) => reversed.lookup(p))).toEqual(
      [...sorted].reverse().map((p) => written.get(p)),
    );
    expect(RequirementIndex.read(file, 'stamp 1').entries()).toEqual(new Map(sorted.map((p) => [p, written.get(p)])));
  });

  it('answers nothing for a path it does not hold, before, between and after the ones it does', () => {
    const file = indexFile();
    writeRequirementIndex(file, 'stamp 1', entries());
    const index = RequirementIndex.read(file, 'stamp 1');
    expect(index.lookup('requirements/interconnection/INT-001.md')).toBeUndefined();
    expect(index.lookup('requirements/security/SEC-002.md')).toBeUndefined();
    expect(index.lookup('requirements/security/SEC-007.md')).toEqual(requirement(7));
    expect(index.lookup('requirements/security/SEC-999.md')).toBeUndefined();
    expect(index.lookup('requirements/security/SEC-001.md')).toEqual(requirement(1));
  });

  it('reads as empty when missing, of another stamp, or changed after it was written', () => {
    const file = indexFile();
    expect(RequirementIndex.read(file, 'stamp 1').lookup('requirements/security/SEC-001.md')).toBeUndefined();
    writeRequirementIndex(file, 'stamp 1', entries());
    expect(RequirementIndex.read(file, 'stamp 2').entries().size).toBe(0);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\tSEC-007\tsecurity', '\tSEC-007\tresilience'));
    expect(RequirementIndex.read(file, 'stamp 1').entries().size).toBe(0);
    writeFileSync(file, text.slice(0, -10));
    expect(RequirementIndex.read(file, 'stamp 1').entries().size).toBe(0);
  });

  it('leaves out a file whose path the line format cannot hold, and rewrites nothing when nothing changed', () => {
    const file = indexFile();
    const odd = new Map(entries());
    odd.set('requirements/security/SEC\t004.md', requirement(4));
    writeRequirementIndex(file, 'stamp 1', odd);
    expect(RequirementIndex.read(file, 'stamp 1').entries()).toEqual(
      new Map([...entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    );
    writeRequirementIndex(file, 'stamp 1', entries());
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    writeRequirementIndex(file, 'stamp 1', entries());
    expect(statSync(file).mtimeMs).toBe(1_600_000_000_000);
    writeRequirementIndex(file, 'stamp 1', new Map([...entries()].slice(1)));
    expect(statSync(file).mtimeMs).toBeGreaterThan(1_600_000_000_000);
  });
});
