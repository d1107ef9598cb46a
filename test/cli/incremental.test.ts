import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { workspaceFrom } from '../support/workspace.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('incremental and parallel builds', () => {
  it('leaves packs whose inputs did not change, rebuilds those that did, and rebuilds a tampered pack', async () => {
    const ws = await workspaceFrom('basic');
    try {
      const first = await runCli(['build', '--root', ws.root, '--format', 'md,csv'], { cwd: ws.root, cache: true });
      expect(first.code).toBe(0);
      const again = await runCli(['build', '--root', ws.root, '--format', 'md,csv'], { cwd: ws.root, cache: true });
      expect(again.stdout.trim().split('\n')).toEqual([
        'out/be/: up to date',
        'out/benelux/: up to date',
        'out/eu-baseline/: up to date',
      ]);

      const file = path.join(ws.root, 'specs/be.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('within 3 s.', 'within three seconds.'));
      const changed = await runCli(['build', '--root', ws.root, '--format', 'md,csv'], { cwd: ws.root, cache: true });
      expect(changed.stdout).toContain('out/eu-baseline/: up to date');
      expect(changed.stdout).toContain('out/be/: tender-specification.md');

      await writeFile(path.join(ws.root, 'out/benelux/compliance-matrix.csv'), 'edited by hand\n');
      const tampered = await runCli(['build', '--root', ws.root, '--format', 'md,csv'], { cwd: ws.root, cache: true });
      expect(tampered.stdout).toContain('out/benelux/: tender-specification.md');
      expect(await readFile(path.join(ws.root, 'out/benelux/compliance-matrix.csv'), 'utf8')).toContain('SEC-002');

      const otherFormats = await runCli(['build', '--root', ws.root, '--format', 'md'], { cwd: ws.root, cache: true });
      expect(otherFormats.stdout).not.toContain('up to date');
      const forced = await runCli(['build', '--root', ws.root, '--format', 'md', '--force'], {
        cwd: ws.root,
        cache: true,
      });
      expect(forced.stdout).not.toContain('up to date');
      // without the cache (TENDERKIT_CACHE=off) nothing is taken for granted: every pack is made again
      const uncached = await runCli(['build', '--root', ws.root, '--format', 'md'], { cwd: ws.root, cache: false });
      expect(uncached.stdout).not.toContain('up to date');
    } finally {
      await ws.dispose();
    }
  });

  it.runIf(existsSync(path.join(repo, 'dist/pack-worker.js')))(
    'builds the same bytes on worker threads as in one thread',
    async () => {
      const a = await workspaceFrom('basic');
      const b = await workspaceFrom('basic');
      try {
        const bin = path.join(repo, 'bin/tenderkit.js');
        execFileSync(process.execPath, [bin, 'build', '--root', a.root, '--format', 'md,csv', '--jobs', '2']);
        execFileSync(process.execPath, [bin, 'build', '--root', b.root, '--format', 'md,csv', '--jobs', '1']);
        // the packs, not the cache beside them
        const packs = (await readdir(path.join(a.root, 'out'))).filter((name) => name !== '.cache');
        expect(packs.length).toBeGreaterThan(0);
        for (const spec of packs) {
          for (const f of await readdir(path.join(a.root, 'out', spec))) {
            expect(await readFile(path.join(a.root, 'out', spec, f)), `${spec}/${f}`).toEqual(
              await readFile(path.join(b.root, 'out', spec, f)),
            );
          }
        }
      } finally {
        await a.dispose();
        await b.dispose();
      }
    },
  );
});
