import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi, inject } from 'vitest';
import { FORMATS } from '../../../src/features/build/formats.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES } from '../../support/workspace.js';
import { runNode } from '../../hostile/support/built-cli.js';

/**
 * Same inputs, same bytes: every file of every pack, in every format that exists, whatever the time zone, the
 * locale, the clock, the folder the workspace sits in, the order its files were created in, and however many
 * specs one process builds (alone, all together, on worker threads).
 */
const CORPUS = fileURLToPath(new URL('../../hostile/corpus/', import.meta.url));
const FORMAT_IDS = FORMATS.map((f) => f.id).join(',');

/** The basic workspace plus texts that locale-sensitive code would treat differently: Greek, Bulgarian, Arabic, emoji, Turkish capitals. */
const EXTRA: Record<string, string> = {
  'requirements/interconnection/INT-091.md': 'legit-bom-crlf-greek.md',
  'requirements/interconnection/INT-092.md': 'legit-bulgarian.md',
  'requirements/interconnection/INT-093.md': 'legit-arabic-rtl.md',
  'requirements/interconnection/INT-094.md': 'legit-emoji.md',
  'specs/national/legit-spec-bom-crlf.yaml': 'legit-spec-bom-crlf.yaml',
};

/** Copies the workspace file by file in the given order, so directory entries are created in that order. */
async function makeWorkspace(order: 'forward' | 'reverse'): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), `tenderkit-repro-${order}-`));
  const source = path.join(FIXTURES, 'basic');
  const files = (await readdir(source, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(source, path.join(e.parentPath, e.name)));
  const contents: Array<[string, Buffer]> = [];
  for (const f of files.sort()) contents.push([f, await readFile(path.join(source, f))]);
  for (const [target, corpus] of Object.entries(EXTRA))
    contents.push([target, await readFile(path.join(CORPUS, corpus))]);
  contents.push([
    'requirements/security/SEC-077.md',
    Buffer.from(
      (await readFile(path.join(source, 'requirements/security/SEC-002.md'), 'utf8'))
        .replace('id: SEC-002', 'id: SEC-077')
        .replace(/title: .*/, 'title: "İSTANBUL ıiIİ ǅ ß Σ ς"'),
    ),
  ]);
  if (order === 'reverse') contents.reverse();
  for (const [f, bytes] of contents) {
    await mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await writeFile(path.join(root, f), bytes);
  }
  return root;
}

/** Every file of every pack under `out`, by relative path. */
async function packFiles(out: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const e of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      files.set(path.relative(out, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name)));
  }
  return files;
}

/**
 * The packs of the bundled CLI with its manifests' `tool.build` emptied, as the sources (run in this process) leave
 * it: the hash of the bundle names the code, not anything the clock or the machine could change.
 */
function asFromSource(files: Map<string, Buffer>): Map<string, Buffer> {
  return new Map(
    [...files].map(([name, bytes]) => [
      name,
      name.endsWith('manifest.json')
        ? Buffer.from(bytes.toString('utf8').replace(/("build": )"[0-9a-f]*"/, '$1""'))
        : bytes,
    ]),
  );
}

function expectSameBytes(actual: Map<string, Buffer>, expected: Map<string, Buffer>, what: string): void {
  expect([...actual.keys()].sort(), what).toEqual([...expected.keys()].sort());
  for (const [name, bytes] of expected) expect(actual.get(name)!.equals(bytes), `${what}: ${name} differs`).toBe(true);
}

/** the CLI compiled once for the e2e run (test/support/compiled-cli-setup.ts) */
const cli = { bin: inject('compiledCli') };
let forward: string;
let reverse: string;
let reference: Map<string, Buffer>;
let specs: string[];

beforeAll(async () => {
  forward = await makeWorkspace('forward');
  reverse = await makeWorkspace('reverse');
  const run = await runNode(
    [cli.bin, 'build', '--root', forward, '--out', path.join(forward, 'ref'), '--format', FORMAT_IDS],
    {
      env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      timeoutMs: 300_000,
    },
  );
  expect(run.code, run.stderr).toBe(0);
  reference = await packFiles(path.join(forward, 'ref'));
  specs = (await readdir(path.join(forward, 'ref'))).sort();
});
afterAll(async () => {
  for (const dir of [forward, reverse]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reproducible packs', () => {
  it('hold every format there is, for every spec', () => {
    expect(specs).toEqual(['be', 'benelux', 'eu-baseline', 'legit-spec-bom-crlf']);
    const names = new Set([...reference.keys()].map((k) => path.basename(k)));
    for (const f of ['manifest.json', 'tender-specification.md', 'compliance-matrix.csv']) expect(names).toContain(f);
    expect(names.size).toBeGreaterThanOrEqual(FORMATS.length + 1);
  });

  const SETTINGS = [
    {
      name: 'in UTC+14 with a Turkish locale, one worker',
      env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      args: ['--jobs', '1'],
    },
    {
      name: 'in UTC-3:30 with an Arabic locale, on two worker threads',
      env: { TZ: 'America/St_Johns', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
      args: ['--jobs', '2'],
    },
    {
      name: 'in UTC+5:45 with a Thai locale (Buddhist calendar)',
      env: { TZ: 'Asia/Kathmandu', LANG: 'th_TH.UTF-8', LC_ALL: 'th_TH.UTF-8' },
      args: [],
    },
  ];
  it.each(SETTINGS.map((s) => [s.name, s] as const))(
    'are the same bytes %s, from a copy made in reverse order',
    async (_name, s) => {
      const out = path.join(reverse, `out-${s.env.TZ.replace('/', '-')}`);
      const run = await runNode([cli.bin, 'build', '--out', out, '--format', FORMAT_IDS, ...s.args], {
        env: s.env,
        cwd: reverse,
        timeoutMs: 300_000,
      });
      expect(run.code, run.stderr).toBe(0);
      expectSameBytes(await packFiles(out), reference, s.name);
    },
  );

  it('are the same bytes when each spec is built alone, in its own process', async () => {
    const out = path.join(forward, 'alone');
    for (const spec of specs) {
      const run = await runNode([cli.bin, 'build', spec, '--root', forward, '--out', out, '--format', FORMAT_IDS], {
        env: { TZ: 'Europe/Brussels', LANG: 'nl_BE.UTF-8' },
        timeoutMs: 300_000,
      });
      expect(run.code, run.stderr).toBe(0);
    }
    expectSameBytes(await packFiles(out), reference, 'one spec a process');
  });

  it('are the same bytes whatever the clock says', async () => {
    const outs: string[] = [];
    try {
      for (const now of [Date.UTC(1999, 11, 31, 23, 59, 59), Date.UTC(2038, 0, 19, 3, 14, 8)]) {
        vi.useFakeTimers({ toFake: ['Date'], now });
        const out = path.join(forward, `clock-${now}`);
        outs.push(out);
        const run = await runCli(['build', '--root', forward, '--out', out, '--format', FORMAT_IDS]);
        vi.useRealTimers();
        expect(run.code, run.stderr).toBe(0);
      }
      expectSameBytes(await packFiles(outs[0]!), asFromSource(reference), 'clock in 1999');
      expectSameBytes(await packFiles(outs[1]!), asFromSource(reference), 'clock in 2038');
    } finally {
      vi.useRealTimers();
    }
  });

  it('are the same bytes for the same SOURCE_DATE_EPOCH in different time zones, and record it', async () => {
    const builds: Array<Map<string, Buffer>> = [];
    for (const TZ of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const out = path.join(forward, `epoch-${TZ.replace('/', '-')}`);
      const run = await runNode([cli.bin, 'build', '--root', forward, '--out', out, '--format', FORMAT_IDS], {
        env: { TZ, SOURCE_DATE_EPOCH: '1767225600' },
        timeoutMs: 300_000,
      });
      expect(run.code, run.stderr).toBe(0);
      builds.push(await packFiles(out));
    }
    expectSameBytes(builds[1]!, builds[0]!, 'SOURCE_DATE_EPOCH across time zones');
    const manifest = JSON.parse(builds[0]!.get('be/manifest.json')!.toString('utf8')) as { sourceDateEpoch: number };
    expect(manifest.sourceDateEpoch).toBe(1767225600);
  });
});
