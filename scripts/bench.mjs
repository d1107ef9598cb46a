#!/usr/bin/env node
// The benchmark: generates workspaces of 1,000 / 5,000 / 20,000 requirements with 26 national variants and
// times the CLI on them, with pandoc converting the same Markdown to .docx side by side.
// Usage: npm run bench [-- --sizes 1000,5000 --out scripts/benchmark-results.md]
//        npm run bench:smoke   (1,000 requirements, generous limits, exit 1 over a limit; CI runs it)
// Not part of npm test: a full run takes several minutes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
/** --smoke: 1,000 requirements, every figure checked against a generous limit; exit 1 when one is over. */
const smoke = args.includes('--smoke');
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = (smoke ? '1000' : opt('--sizes', '1000,5000,20000')).split(',').map(Number);
const resultsFile = smoke ? '-' : opt('--out', path.join(repo, 'scripts', 'benchmark-results.md'));
const variants = Number(opt('--variants', '26'));
const limits = smoke
  ? {
      help: 1.5,
      validate: 15,
      build: 30,
      diff: 10,
      diffKept: 2,
      matrix: 15,
      buildAll: 180,
      rebuild: 20,
      changes: 10,
      acceptance: 5,
    }
  : undefined;

if (!existsSync(path.join(repo, 'dist', 'main.js')))
  execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
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
  if (r.status !== 0 && !allowFailure)
    throw new Error(`tenderkit ${argv.join(' ')} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
  const rss = Number(readFileSync(statsFile, 'utf8').trim().split('\n').pop() || 0) / 1024;
  return { seconds, rss };
}

function timed(command, argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Commits the workspace as r1, edits 50 requirements (a title, a parameter default or a word of the statement) and
 * commits them as r2, then packs the repository; false when git is not there.
 */
function gitRevisions(ws) {
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', ...args], {
      cwd: ws,
      stdio: 'pipe',
    });
  try {
    git('init', '-q');
  } catch {
    return false;
  }
  writeFileSync(path.join(ws, '.gitignore'), 'out/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'r1');
  git('tag', 'r1');
  const files = git('ls-files', 'requirements')
    .toString()
    .trim()
    .split('\n')
    .filter((f) => /\/[A-Z]+-\d+\.md$/.test(f));
  const step = Math.floor(files.length / 50);
  for (let i = 0; i < 50; i++) {
    const file = path.join(ws, files[i * step]);
    const text = readFileSync(file, 'utf8');
    const edited =
      i % 3 === 0
        ? text.replace(/^title: (.*)$/m, 'title: $1 (revised)')
        : i % 3 === 1 && /^ {4}default: \d+/m.test(text)
          ? text.replace(/^( {4}default: )(\d+)/m, (_, key, n) => `${key}${Number(n) + 1}`)
          : text.replace(/\bshall\b/, 'shall always');
    writeFileSync(file, edited);
  }
  git('commit', '-q', '-a', '-m', 'r2');
  git('tag', 'r2');
  git('gc', '-q');
  return true;
}

/**
 * The acceptance case: a workspace of N interconnection requirements that each have a case in all four phases
 * (`generate-workspace.mjs --acceptance`), its plan, and a test runner's JUnit XML with one result for every case
 * (4N results, one in a hundred failed, each with an attachment); times `acceptance report` on the plan's results
 * workbook (4N rows) and the JUnit file (median of three runs).
 */
function acceptanceCase(n) {
  const ws = path.join(work, `acceptance-${n}`);
  execFileSync(process.execPath, [
    path.join(repo, 'scripts', 'generate-workspace.mjs'),
    ws,
    '--requirements',
    String(n),
    '--variants',
    '0',
    '--acceptance',
  ]);
  const planDir = path.join(ws, 'plan');
  const plan = cli(['acceptance', 'plan', 'eu-baseline', '--root', ws, '--out-dir', planDir]);
  const { cases } = JSON.parse(readFileSync(path.join(planDir, 'plan.json'), 'utf8'));
  const junit = path.join(ws, 'run.xml');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="acceptance run"><testsuite name="run" tests="${cases.length}" timestamp="2027-03-05T09:00:00Z">`,
  ];
  cases.forEach((c, i) =>
    lines.push(
      `<testcase classname="acceptance" name="${c.id}" time="0.01"><properties><property name="requirement" value="${c.requirement}"/><property name="phase" value="${c.phase}"/></properties>${i % 100 === 0 ? '<failure message="timing oracle missed">expected within the limit</failure>' : ''}<system-out>[[ATTACHMENT|evidence/${c.id}.log]]</system-out></testcase>`,
    ),
  );
  lines.push('</testsuite></testsuites>');
  writeFileSync(junit, lines.join('\n'));
  spawnSync('sync');
  const reportArgs = [
    'acceptance',
    'report',
    'eu-baseline',
    '--root',
    ws,
    '--plan',
    planDir,
    '--results',
    path.join(planDir, 'test-results.xlsx'),
    '--junit',
    junit,
    '--format',
    'json',
    '--out',
    path.join(work, 'acceptance.json'),
  ];
  cli(reportArgs);
  const report = medianRun(() => cli(reportArgs));
  rmSync(ws, { recursive: true, force: true });
  return { cases: cases.length, plan, report };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The run of median time among three. */
const medianRun = (run) => [run(), run(), run()].sort((a, b) => a.seconds - b.seconds)[1];
const s = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)} s`);
const mb = (x) => `${Math.round(x)} MiB`;

const rows = [];
for (const n of sizes) {
  const ws = path.join(work, `ws-${n}`);
  execFileSync(process.execPath, [
    path.join(repo, 'scripts', 'generate-workspace.mjs'),
    ws,
    '--requirements',
    String(n),
    '--variants',
    String(variants),
  ]);
  // the generator's writes are flushed before timing starts: the kernel's write-back would otherwise compete with the first runs
  spawnSync('sync');
  process.stderr.write(`${n} requirements: generated\n`);
  // `--help` and Node.js starting with nothing to do (the floor under every figure), alternately, after one
  // untimed run of each; the median of seven
  const helpArgs = [path.join(repo, 'bin', 'tenderkit.js'), '--help'];
  timed(process.execPath, helpArgs);
  timed(process.execPath, ['-e', '0']);
  const pairs = Array.from({ length: 7 }, () => [
    timed(process.execPath, helpArgs),
    timed(process.execPath, ['-e', '0']),
  ]);
  const help = median(pairs.map(([h]) => h));
  const nodeAlone = median(pairs.map(([, n]) => n));
  // the first run parses every file and fills out/.cache; the next ones take unchanged files' YAML from it
  const validateCold = cli(['validate', '--root', ws]);
  const validate = cli(['validate', '--root', ws]);
  const oneFile = path.join(ws, 'requirements', 'interconnection', 'INT-0001.md');
  writeFileSync(oneFile, readFileSync(oneFile, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (revised)'));
  const validateOne = cli(['validate', '--root', ws]);
  process.stderr.write(
    `  validate ${s(validateCold.seconds)} first, ${s(validate.seconds)} warm, ${s(validateOne.seconds)} after one change\n`,
  );
  const formats = 'md,docx,csv,xlsx';
  const build = cli(['build', 'eu-baseline', '--root', ws, '--format', formats]);
  process.stderr.write(`  build baseline ${s(build.seconds)}\n`);
  const md = path.join(ws, 'out', 'eu-baseline', 'tender-specification.md');
  const pandoc = hasPandoc
    ? timed('pandoc', ['-f', 'gfm', '-t', 'docx', md, '-o', path.join(work, 'pandoc.docx')])
    : undefined;
  process.stderr.write(`  pandoc ${s(pandoc)}\n`);
  // diff and matrix: without any cache; the first run for a request (YAML from the parse cache, the report made);
  // then the report kept in the memo of out/.cache, handed back after hashing the inputs (median of three runs)
  const diffArgs = ['diff', 'at', '--root', ws, '--format', 'json', '--out', path.join(work, 'diff.json')];
  const diffMdArgs = ['diff', 'at', '--root', ws, '--format', 'md', '--out', path.join(work, 'diff.md')];
  const diffCold = cli(diffArgs, { env: { TENDERKIT_CACHE: 'off' } });
  const diff = cli(diffArgs);
  // a requirement edited after the last full load: the next diff makes its report again (median of three runs,
  // each after its own edit)
  let edits = 0;
  const afterEdit = (argv) => {
    writeFileSync(oneFile, readFileSync(oneFile, 'utf8').replace(/^title: (.*)$/m, `title: $1 (edit ${++edits})`));
    return cli(argv);
  };
  const diffChanged = medianRun(() => afterEdit(diffArgs));
  const diffMdChanged = medianRun(() => afterEdit(diffMdArgs));
  const diffKept = medianRun(() => cli(diffArgs));
  const matrixArgs = ['matrix', '--root', ws, '--format', 'json', '--out', path.join(work, 'matrix.json')];
  const matrix = cli(matrixArgs);
  const matrixKept = medianRun(() => cli(matrixArgs));
  process.stderr.write(
    `  diff ${s(diff.seconds)} first, ${s(diffChanged.seconds)} / ${s(diffMdChanged.seconds)} md after a change, ${s(diffKept.seconds)} kept (no cache ${s(diffCold.seconds)}) matrix ${s(matrix.seconds)} first, ${s(matrixKept.seconds)} kept\n`,
  );
  // changes between two commits of the catalogue: the generated one, then 50 requirements edited (titles, parameter
  // defaults, statements); packed as a clone or git's automatic gc leaves a repository (median of three runs)
  const changes = gitRevisions(ws)
    ? medianRun(() =>
        cli(['changes', 'r1..r2', '--root', ws, '--format', 'json', '--out', path.join(work, 'changes.json')]),
      )
    : undefined;
  process.stderr.write(`  changes r1..r2 (50 edits) ${s(changes?.seconds)}\n`);
  const all = n <= 5000 ? cli(['build', '--root', ws, '--format', formats]) : undefined;
  const again = n <= 5000 ? cli(['build', '--root', ws, '--format', formats]) : undefined;
  if (all) process.stderr.write(`  build all ${s(all.seconds)}, again ${s(again.seconds)}\n`);
  const acceptance = n <= 5000 ? acceptanceCase(n) : undefined;
  if (acceptance)
    process.stderr.write(
      `  acceptance: plan ${s(acceptance.plan.seconds)}, report on ${acceptance.cases} cases and results ${s(acceptance.report.seconds)}\n`,
    );
  rows.push({
    n,
    acceptance,
    help,
    nodeAlone,
    validateCold,
    validate,
    validateOne,
    build,
    pandoc,
    diffCold,
    diff,
    diffChanged,
    diffMdChanged,
    diffKept,
    matrix,
    matrixKept,
    changes,
    all,
    again,
  });
  rmSync(ws, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const row = (cells) => `| ${cells.join(' | ')} |`;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  `Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  `Workspaces from \`scripts/generate-workspace.mjs\` with ${variants} national variants; each figure is one run of the CLI (wall time, including start-up).`,
  '"First run" parses every file; "warm" runs take the YAML of unchanged files from the store in out/.cache.',
  '"diff, first" and "matrix, first" make the report for the first time (the YAML of specs from the store);',
  '"one file changed" makes it again after a requirement changed, as JSON and as Markdown (median of three runs, each after',
  'its own edit); "kept" hands back the report kept for the same request and inputs in the memo of out/.cache (median of three',
  'runs); "no cache" runs with TENDERKIT_CACHE=off.',
  '',
  row([
    'requirements',
    '`--help` (`node -e 0`)',
    'validate, first run',
    'validate, warm',
    'validate, one file changed',
    'peak memory',
  ]),
  row(['---:', '---:', '---:', '---:', '---:', '---:']),
  ...rows.map((r) =>
    row([
      r.n.toLocaleString('en'),
      `${Math.round(r.help * 1000)} ms (${Math.round(r.nodeAlone * 1000)} ms)`,
      s(r.validateCold.seconds),
      s(r.validate.seconds),
      s(r.validateOne.seconds),
      mb(Math.max(r.validateCold.rss, r.validate.rss, r.validateOne.rss)),
    ]),
  ),
  '',
  row([
    'requirements',
    'diff one variant, no cache',
    'diff, first',
    'diff, one file changed (JSON / Markdown)',
    'diff, kept',
    'matrix, all specs, first',
    'matrix, kept',
    'peak memory',
  ]),
  row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ...rows.map((r) =>
    row([
      r.n.toLocaleString('en'),
      s(r.diffCold.seconds),
      s(r.diff.seconds),
      `${s(r.diffChanged.seconds)} / ${s(r.diffMdChanged.seconds)}`,
      s(r.diffKept.seconds),
      s(r.matrix.seconds),
      s(r.matrixKept.seconds),
      mb(
        Math.max(
          r.diff.rss,
          r.diffCold.rss,
          r.diffChanged.rss,
          r.diffMdChanged.rss,
          r.diffKept.rss,
          r.matrix.rss,
          r.matrixKept.rss,
        ),
      ),
    ]),
  ),
  '',
  row([
    'requirements',
    'changes r1..r2, 50 requirements edited (JSON)',
    'diff one variant, no cache',
    'diff, first',
    'peak memory',
  ]),
  row(['---:', '---:', '---:', '---:', '---:']),
  ...rows.map((r) =>
    row([
      r.n.toLocaleString('en'),
      r.changes ? s(r.changes.seconds) : 'n/a (no git)',
      s(r.diffCold.seconds),
      s(r.diff.seconds),
      r.changes ? mb(r.changes.rss) : 'n/a',
    ]),
  ),
  '',
  row([
    'requirements',
    'build baseline (md, docx, csv, xlsx)',
    'pandoc md -> docx',
    'build / pandoc',
    'peak memory',
    'build all specs',
    'no-change rebuild',
    'peak memory, build all',
  ]),
  row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ...rows.map((r) =>
    row([
      r.n.toLocaleString('en'),
      s(r.build.seconds),
      s(r.pandoc),
      r.pandoc ? (r.build.seconds / r.pandoc).toFixed(2) : 'n/a',
      mb(r.build.rss),
      r.all ? s(r.all.seconds) : 'not run',
      r.again ? `${s(r.again.seconds)} (${Math.round((100 * r.again.seconds) / r.all.seconds)} %)` : 'not run',
      r.all ? mb(Math.max(r.all.rss, r.again.rss)) : 'not run',
    ]),
  ),
  '',
  row([
    'requirements',
    'test cases (4 phases each)',
    'acceptance plan (Word in one language, workbook, plan.json)',
    'acceptance report, one result per case (workbook + JUnit)',
    'peak memory, report',
  ]),
  row(['---:', '---:', '---:', '---:', '---:']),
  ...rows
    .filter((r) => r.acceptance)
    .map((r) =>
      row([
        r.n.toLocaleString('en'),
        r.acceptance.cases.toLocaleString('en'),
        s(r.acceptance.plan.seconds),
        s(r.acceptance.report.seconds),
        mb(r.acceptance.report.rss),
      ]),
    ),
];
if (rows.length >= 2) {
  const [a, b] = [rows[rows.length - 2], rows[rows.length - 1]];
  const growth = (key) => (b[key].seconds / a[key].seconds).toFixed(2);
  lines.push(
    '',
    `Growth from ${a.n.toLocaleString('en')} to ${b.n.toLocaleString('en')} requirements (${(b.n / a.n).toFixed(0)}x): validate ${growth('validateCold')}x first run, ${growth('validate')}x warm; build ${growth('build')}x; diff ${growth('diff')}x first, ${growth('diffChanged')}x after a change, ${growth('diffKept')}x kept; matrix ${growth('matrix')}x.`,
  );
}
const table = `${lines.join('\n')}\n`;
if (resultsFile !== '-') writeFileSync(resultsFile, table);
process.stdout.write(table);

if (limits) {
  // the smoke run: limits an order of magnitude above the measured figures, to catch a regression of that size
  const r = rows[0];
  const checks = [
    ['--help', r.help, limits.help],
    ['validate, first run', r.validateCold.seconds, limits.validate],
    ['validate, warm', r.validate.seconds, limits.validate],
    ['build baseline', r.build.seconds, limits.build],
    ['diff one variant, first', r.diff.seconds, limits.diff],
    ['diff one variant, one file changed', r.diffChanged.seconds, limits.diff],
    ['diff one variant as Markdown, one file changed', r.diffMdChanged.seconds, limits.diff],
    ['diff one variant, kept', r.diffKept.seconds, limits.diffKept],
    ['matrix', r.matrix.seconds, limits.matrix],
    ...(r.changes ? [['changes between two commits, 50 edits', r.changes.seconds, limits.changes]] : []),
    ['build all specs', r.all.seconds, limits.buildAll],
    ['no-change rebuild', r.again.seconds, limits.rebuild],
    ...(r.acceptance
      ? [['acceptance report, one result per case', r.acceptance.report.seconds, limits.acceptance]]
      : []),
  ];
  const over = checks.filter(([, took, limit]) => took > limit);
  for (const [what, took, limit] of checks)
    process.stdout.write(`${took > limit ? 'OVER ' : 'ok   '} ${what}: ${took.toFixed(2)} s (limit ${limit} s)\n`);
  if (over.length > 0) {
    process.stdout.write(`benchmark smoke: ${over.length} figure(s) over their limit\n`);
    process.exitCode = 1;
  }
}
