import { appendFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { workspaceFrom } from '../../support/workspace.js';

let ws: { root: string; dispose: () => Promise<void> };
let pack: string;

beforeEach(async () => {
  ws = await workspaceFrom('basic');
  const run = await runCli(['build', 'be', '--root', ws.root, '--format', 'md,csv']);
  expect(run.code, run.stderr).toBe(0);
  pack = path.join(ws.root, 'out/be');
});
afterEach(async () => {
  await ws.dispose();
});

const verify = (...args: string[]) => runCli(['verify', ...args], { cwd: ws.root });

describe('tenderkit verify', () => {
  it('passes a pack as it was built, with exit 0', async () => {
    const run = await verify('out/be');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('out/be: 2 files match the manifest\n');
    expect(run.stderr).toBe('');
  });

  it('lists files that changed, went missing or were added, and exits 1', async () => {
    await appendFile(path.join(pack, 'compliance-matrix.csv'), 'INT-999,forged,mandatory,test,,\r\n');
    await rm(path.join(pack, 'tender-specification.md'));
    await writeFile(path.join(pack, 'extra.txt'), 'not from tenderkit');
    await mkdir(path.join(pack, 'sub'));
    await writeFile(path.join(pack, 'sub/deeper.md'), 'hidden below');
    const run = await verify('out/be');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'compliance-matrix.csv: changed',
        'extra.txt: added',
        'sub/deeper.md: added',
        'tender-specification.md: missing',
        '',
      ].join('\n'),
    );
  });

  it('prints the same findings as JSON with --format json', async () => {
    await writeFile(path.join(pack, 'compliance-matrix.csv'), 'replaced\r\n');
    const run = await verify('out/be', '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      pack: 'out/be',
      spec: 'be',
      ok: false,
      checked: { outputs: 2, inputs: null },
      mismatches: [{ path: 'compliance-matrix.csv', status: 'changed', of: 'output' }],
      builtWith: { tool: expect.stringMatching(/^tenderkit \d+\.\d+\.\d+/), gitCommit: null, sourceDateEpoch: null },
    });
  });

  it('does not follow a link planted in the pack: it is a changed file', async () => {
    await rm(path.join(pack, 'tender-specification.md'));
    await symlink('/dev/zero', path.join(pack, 'tender-specification.md'));
    const run = await verify('out/be');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('tender-specification.md: changed\n');
  });

  it('with --against-sources, reports inputs that changed, went missing, or that the spec would now read', async () => {
    expect((await verify('out/be', '--against-sources', '--root', '.')).code).toBe(0);
    await appendFile(path.join(ws.root, 'requirements/security/SEC-001.md'), '\nOne more line.\n');
    await rm(path.join(ws.root, 'requirements/resilience/RES-001.md'));
    await writeFile(
      path.join(ws.root, 'requirements/security/SEC-003.md'),
      (await readFile(path.join(ws.root, 'requirements/security/SEC-002.md'), 'utf8')).replace(
        'id: SEC-002',
        'id: SEC-003',
      ),
    );
    await mkdir(path.join(ws.root, 'templates'), { recursive: true });
    await writeFile(path.join(ws.root, 'templates/introduction.nl.md.hbs'), 'Inleiding.\n');
    const run = await verify('out/be', '--against-sources');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'requirements/resilience/RES-001.md: missing',
      'requirements/security/SEC-001.md: changed',
      'requirements/security/SEC-003.md: added',
      'templates/introduction.nl.md.hbs: added',
    ]);
  });

  it('with --against-sources, says when the spec no longer resolves instead of passing', async () => {
    await writeFile(path.join(ws.root, 'specs/benelux.yaml'), 'id: benelux\ntitle: Benelux\nextends: nowhere\n');
    const run = await verify('out/be', '--against-sources', '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { mismatches: unknown[]; notes: string[] };
    expect(report.mismatches).toEqual([{ path: 'specs/benelux.yaml', status: 'changed', of: 'input' }]);
    expect(report.notes.join('\n')).toContain('the spec be does not resolve in the workspace now');
  });

  it('exits 2 for a folder that is not a pack, and names it', async () => {
    const run = await verify('requirements');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no manifest.json; verify names a pack folder');
    expect((await verify('no/such/folder')).code).toBe(2);
  });

  it('refuses a manifest that is not JSON, or that names paths outside the pack, with exit 1', async () => {
    await writeFile(path.join(pack, 'manifest.json'), '{ "spec": "be", ');
    const broken = await verify('out/be');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^out\/be\/manifest\.json: error manifest\.json is not valid JSON/);

    const escaping = {
      spec: 'be',
      inputs: [],
      outputs: [{ path: '../../../etc/passwd', sha256: '0'.repeat(64), size: 1 }],
    };
    await writeFile(path.join(pack, 'manifest.json'), JSON.stringify(escaping));
    const outside = await verify('out/be');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(
      'outputs[0] has a path that leaves its folder or is not relative: "../../../etc/passwd"',
    );
  });
});
