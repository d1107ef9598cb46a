import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../../src/load/cache/cache.js';
import { runCli } from '../../support/cli.js';
import { fixtureCopies } from '../../support/workspace.js';

const copyOf = fixtureCopies();

const reports = (root: string): string[] => {
  const dir = path.join(root, 'out', '.cache', 'memo');
  return existsSync(dir) ? readdirSync(dir) : [];
};

const diffBe = (root: string, cache = true) => runCli(['diff', 'be', '--format', 'json', '--root', root], { cache });
const INT_001 = 'requirements/interconnection/INT-001.md';

describe('the reports kept in the memo', () => {
  it('gives the same diff as a run without any cache, and keeps one entry per request', async () => {
    const root = await copyOf('variants-basic');
    const uncached = await diffBe(root, false);
    expect(uncached.code).toBe(0);
    expect(reports(root)).toEqual([]);

    const first = await diffBe(root);
    const second = await diffBe(root);
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
    expect(reports(root)).toHaveLength(1);

    await runCli(['diff', 'lu', '--format', 'json', '--root', root], { cache: true });
    await runCli(['diff', 'be', '--format', 'md', '--root', root], { cache: true });
    await diffBe(root);
    expect(reports(root)).toHaveLength(3);
  });

  it('hands back the kept bytes when the tool, the request and every input are the same, and only intact ones', async () => {
    const root = await copyOf('variants-basic');
    const good = await diffBe(root);
    const file = Cache.open(root).memo.fileOf({
      command: 'diff',
      variant: 'be',
      against: undefined,
      format: 'json',
      sourceDateEpoch: undefined,
      binary: false,
    });
    const [magic, key] = readFileSync(file, 'utf8').split('\n')[0]!.split(' ');
    const body = '{"kept": true}';
    writeFileSync(file, `${magic} ${key} ${createHash('sha256').update(body).digest('hex')}\n${body}`);
    expect((await diffBe(root)).stdout).toBe(body);

    // the same entry with its body changed after it was written
    writeFileSync(file, `${magic} ${key} ${createHash('sha256').update(body).digest('hex')}\n{"kept": false}`);
    expect(await diffBe(root)).toEqual(good);
  });

  it('keeps at most 256 reports, dropping the oldest', async () => {
    const root = await copyOf('variants-basic');
    const dir = path.join(root, 'out', '.cache', 'memo');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 300; i++) {
      const f = path.join(dir, `old-${String(i).padStart(3, '0')}.memo`);
      writeFileSync(f, 'tenderkit-cache x y\n');
      utimesSync(f, 1_600_000_000 + i, 1_600_000_000 + i);
    }
    const good = await diffBe(root);
    const left = reports(root);
    expect(left).toHaveLength(256);
    expect(left).not.toContain('old-000.memo');
    expect(left).toContain('old-299.memo');
    expect(await diffBe(root)).toEqual(good);
    expect(left.filter((n) => !n.startsWith('old-'))).toHaveLength(1);
  });

  it('never hands back a report of other inputs: a changed requirement, a new file, a removed file', async () => {
    const root = await copyOf('variants-basic');
    const before = JSON.parse((await diffBe(root)).stdout);
    const text = readFileSync(path.join(root, INT_001), 'utf8');
    writeFileSync(path.join(root, INT_001), text.replace('default: 5', 'default: 7'));
    const changed = JSON.parse((await diffBe(root)).stdout);
    expect(changed).toEqual(JSON.parse((await diffBe(root, false)).stdout));
    expect(JSON.stringify(changed)).toContain('"from":7');
    expect(changed).not.toEqual(before);

    writeFileSync(
      path.join(root, 'requirements/interconnection/INT-009.md'),
      text.replace('id: INT-001', 'id: INT-009'),
    );
    const added = await diffBe(root);
    expect(added).toEqual(await diffBe(root, false));
    expect(added.stdout).not.toBe(JSON.stringify(changed, null, 2));
  });

  it('keeps no failed run: findings are reported by every run, from a fresh load', async () => {
    const root = await copyOf('variants-basic', {
      [INT_001]: '---\nid: INT-001\ntitle: [unclosed\n---\nThe system shall work.\n',
    });
    const first = await diffBe(root);
    expect(first.code).toBe(1);
    // a failure in JSON is the diagnostics, on stdout, as `validate --format json` prints them
    const { diagnostics } = JSON.parse(first.stdout) as { diagnostics: Array<{ severity: string; file: string }> };
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', file: INT_001 }));
    expect(reports(root)).toEqual([]);
    expect(await diffBe(root)).toEqual(first);
  });

  it('ignores a damaged entry and replaces it', async () => {
    const root = await copyOf('variants-basic');
    const good = await diffBe(root);
    const [entry] = reports(root);
    const file = path.join(root, 'out', '.cache', 'memo', entry!);
    const kept = readFileSync(file, 'utf8');
    for (const damage of [
      '',
      'tenderkit-cache',
      'tenderkit-cache abc\n{}',
      'not a report at all\n{}',
      kept.slice(0, kept.length - 10),
    ]) {
      writeFileSync(file, damage);
      expect(await diffBe(root)).toEqual(good);
      expect(readFileSync(file, 'utf8')).toBe(kept);
    }
  });

  it('keeps a Word redline byte for byte, and SOURCE_DATE_EPOCH is part of the request', async () => {
    const root = await copyOf('variants-basic');
    const redline = async (name: string, epoch: string, cache: boolean): Promise<Buffer> => {
      const out = path.join(root, 'out', name);
      const r = await runCli(['diff', 'be', '--format', 'docx', '--out', out, '--root', root], {
        cache,
        env: { SOURCE_DATE_EPOCH: epoch },
      });
      expect(r.code).toBe(0);
      return readFileSync(out);
    };
    const plain = await redline('plain.docx', '1700000000', false);
    await redline('first.docx', '1700000000', true);
    expect((await redline('again.docx', '1700000000', true)).equals(plain)).toBe(true);
    const later = await redline('later.docx', '1800000000', true);
    expect(later.equals(plain)).toBe(false);
    expect(later.equals(await redline('later-plain.docx', '1800000000', false))).toBe(true);
  });

  it('keeps the matrix too, per format and spec list', async () => {
    const root = await copyOf('variants-basic');
    const plain = await runCli(['matrix', '--format', 'json', '--root', root]);
    const first = await runCli(['matrix', '--format', 'json', '--root', root], { cache: true });
    const again = await runCli(['matrix', '--format', 'json', '--root', root], { cache: true });
    const some = await runCli(['matrix', '--format', 'json', '--spec', 'lu', '--root', root], { cache: true });
    expect(first).toEqual(plain);
    expect(again).toEqual(plain);
    expect(some.stdout).not.toBe(plain.stdout);
    expect(reports(root)).toHaveLength(2);
  });
});
