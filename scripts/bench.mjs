#!/usr/bin/env node
// The benchmark: generates workspaces of 1,000 / 5,000 / 20,000 requirements with 26 national variants and
// times the CLI on them, with pandoc converting the same Markdown to .docx side by side.
// Usage: npm run bench [-- --sizes 1000,5000 --out scripts/benchmark-results.md]
// Not part of npm test: a full run takes several minutes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '1000,5000,20000').split(',').map(Number);
const resultsFile = opt('--out', path.join(repo, 'scripts', 'benchmark-results.md'));
const variants = Number(opt('--variants', '26'));

if (!existsSync(path.join(repo, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
const work = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-bench-'));
const statsFile = path.join(work, 'stats.txt');
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

/** Runs the CLI; returns wall seconds and peak memory in MiB. */
function cli(argv, { env = {}, allowFailure = false } = {}) {
  writeFileSync(statsFile, '');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(repo, 'scripts', 'run-measured.mjs'), ...argv], {
    env: { ...process.env, BENCH_STATS: statsFile, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && !allowFailure) throw new Error(`tenderkit ${argv.join(' ')} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
  const rss = Number(readFileSync(statsFile, 'utf8').trim().split('\n').pop() || 0) / 1024;
  return { seconds, rss };
}

function timed(command, argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)} s`);
const mb = (x) => `${Math.round(x)} MiB`;

const rows = [];
for (const n of sizes) {
  const ws = path.join(work, `ws-${n}`);
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'generate-workspace.mjs'), ws, '--requirements', String(n), '--variants', String(variants)]);
  process.stderr.write(`${n} requirements: generated\n`);
  const help = median([1, 2, 3, 4, 5].map(() => timed(process.execPath, [path.join(repo, 'bin', 'tenderkit.js'), '--help'])));
  const validate = cli(['validate', '--root', ws]);
  process.stderr.write(`  validate ${s(validate.seconds)}\n`);
  const formats = 'md,docx,csv,xlsx';
  const build = cli(['build', 'eu-baseline', '--root', ws, '--format', formats]);
  process.stderr.write(`  build baseline ${s(build.seconds)}\n`);
  const md = path.join(ws, 'out', 'eu-baseline', 'tender-specification.md');
  const pandoc = hasPandoc ? timed('pandoc', ['-f', 'gfm', '-t', 'docx', md, '-o', path.join(work, 'pandoc.docx')]) : undefined;
  process.stderr.write(`  pandoc ${s(pandoc)}\n`);
  const diff = cli(['diff', 'at', '--root', ws, '--format', 'json', '--out', path.join(work, 'diff.json')]);
  const matrix = cli(['matrix', '--root', ws, '--format', 'json', '--out', path.join(work, 'matrix.json')]);
  process.stderr.write(`  diff ${s(diff.seconds)} matrix ${s(matrix.seconds)}\n`);
  const all = n <= 5000 ? cli(['build', '--root', ws, '--format', formats]) : undefined;
  const again = n <= 5000 ? cli(['build', '--root', ws, '--format', formats]) : undefined;
  if (all) process.stderr.write(`  build all ${s(all.seconds)}, again ${s(again.seconds)}\n`);
  rows.push({ n, help, validate, build, pandoc, diff, matrix, all, again });
  rmSync(ws, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  `Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  `Workspaces from \`scripts/generate-workspace.mjs\` with ${variants} national variants; each figure is one run of the CLI (wall time, including start-up).`,
  '',
  '| requirements | `--help` | validate | build baseline (md, docx, csv, xlsx) | pandoc md -> docx | build / pandoc | diff one variant | matrix, all specs | build all specs | no-change rebuild | peak memory |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) =>
    [
      r.n.toLocaleString('en'),
      `${Math.round(r.help * 1000)} ms`,
      s(r.validate.seconds),
      s(r.build.seconds),
      s(r.pandoc),
      r.pandoc ? (r.build.seconds / r.pandoc).toFixed(2) : 'n/a',
      s(r.diff.seconds),
      s(r.matrix.seconds),
      r.all ? s(r.all.seconds) : 'not run',
      r.again ? `${s(r.again.seconds)} (${Math.round((100 * r.again.seconds) / r.all.seconds)} %)` : 'not run',
      mb(Math.max(r.validate.rss, r.build.rss, r.diff.rss, r.matrix.rss, r.all?.rss ?? 0)),
    ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
  ),
];
if (rows.length >= 2) {
  const [a, b] = [rows[rows.length - 2], rows[rows.length - 1]];
  lines.push('', `Growth from ${a.n.toLocaleString('en')} to ${b.n.toLocaleString('en')} requirements (${(b.n / a.n).toFixed(0)}x): validate ${(b.validate.seconds / a.validate.seconds).toFixed(2)}x, build ${(b.build.seconds / a.build.seconds).toFixed(2)}x.`);
}
writeFileSync(resultsFile, lines.join('\n') + '\n');
process.stdout.write(lines.join('\n') + '\n');
