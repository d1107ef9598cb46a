import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../support/workspace.js';

/**
 * A pack is kept only when the same code made it: an installation whose bundle changed (a build from another
 * commit, with the same version number) makes the packs again. The bundle is built here into a package of its own.
 */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let bin: string;
let ws: string;

function build(): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, 'build', 'be', '--root', ws, '--format', 'md,csv'], {
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('packs and the code that made them', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-new-code-'));
    const pkg = path.join(dir, 'pkg');
    mkdirSync(pkg);
    cpSync(path.join(REPO, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    cpSync(path.join(REPO, 'package.json'), path.join(pkg, 'package.json'));
    const bundled = spawnSync(process.execPath, [path.join(REPO, 'scripts/build.mjs'), path.join(pkg, 'dist')], {
      encoding: 'utf8',
    });
    expect(bundled.status, bundled.stderr).toBe(0);
    bin = path.join(pkg, 'bin', 'tenderkit.js');
    ws = path.join(dir, 'ws');
    cpSync(path.join(FIXTURES, 'basic'), ws, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a pack the same bundle made, and makes it again when the bundle changed but not the version', () => {
    const first = build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('tender-specification.md');
    const manifest = () => JSON.parse(readFileSync(path.join(ws, 'out/be/manifest.json'), 'utf8'));
    const buildId = readFileSync(path.join(dir, 'pkg/dist/build-id'), 'utf8').trim();
    expect(buildId).toMatch(/^[0-9a-f]{16,}$/);
    expect(manifest().tool.build).toBe(buildId);

    expect(build().stdout).toMatch(/be\/?: up to date/);

    // what a bundle of other code with the same package.json version carries
    const other = buildId.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    writeFileSync(path.join(dir, 'pkg/dist/build-id'), `${other}\n`);
    const again = build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(/up to date/);
    expect(again.stdout).toContain('tender-specification.md');
    expect(manifest().tool).toMatchObject({
      version: JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version,
      build: other,
    });
  });
});
