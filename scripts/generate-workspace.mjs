#!/usr/bin/env node
// Writes a synthetic workspace for benchmarks: N requirements with realistic bodies over the four
// default domains, a baseline and M national variants with deviations of every kind.
// Usage: node scripts/generate-workspace.mjs DIR [--requirements N] [--variants M] [--seed S] [--acceptance]
// --acceptance: every requirement is an interconnection requirement verified by inspection, demonstration and test
// that supports a scenario, and the baseline plans all four acceptance phases: N requirements give 4N test cases.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function parseArgs(argv) {
  const args = { dir: undefined, requirements: 1000, variants: 26, seed: 1, acceptance: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--requirements') args.requirements = Number(argv[++i]);
    else if (a === '--variants') args.variants = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--acceptance') args.acceptance = true;
    else args.dir = a;
  }
  if (!args.dir || !Number.isInteger(args.requirements) || args.requirements < 4) {
    process.stderr.write('usage: generate-workspace.mjs DIR [--requirements N>=4] [--variants M] [--seed S]\n');
    process.exit(2);
  }
  return args;
}

/** A small deterministic PRNG (mulberry32), so the same seed gives the same workspace. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = [
  { id: 'interconnection', prefix: 'INT', title: 'Interconnection of operational centres' },
  { id: 'security', prefix: 'SEC', title: 'Security' },
  { id: 'eu-sourcing', prefix: 'EUS', title: 'EU sourcing and supply-chain sovereignty' },
  { id: 'resilience', prefix: 'RES', title: 'Resilience and crisis operation' },
];
const SUBJECTS = [
  'The system',
  'The interconnection gateway',
  'The operator console',
  'The message broker',
  'The directory service',
  'The logging service',
];
const ACTIONS = [
  'deliver incident messages to every connected peer operational centre',
  'record every consultation of personal data with the identity of the operator',
  'restore the operational picture after a failover',
  'encrypt every message exchanged between operational centres',
  'acknowledge each received situation report to its sender',
  'synchronise its clock with the reference time source',
  'keep the directory of peer centres up to date',
];
const WORDS =
  'operational centre peer message exchange incident alert report resource unit map position status acknowledgement directory interface gateway operator cluster network radio language code list priority event response coordination'.split(
    ' ',
  );
const STANDARDS = [
  'ISO/TR 22351:2015',
  'OASIS CAP 1.2',
  'OASIS EDXL-DE 2.0',
  'ETSI TS 103 479 V1.2.1',
  'ISO/IEC 27001:2022',
  '3GPP TS 22.280 V18',
];

function sentence(rnd, n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (n > 6) words[3] = `*${words[3]}*`;
  if (n > 9) words[7] = `**${words[7]}**`;
  return `${words.join(' ')}.`;
}

function requirement(rnd, domain, number, scenarios, acceptance) {
  const id = `${domain.prefix}-${String(number).padStart(4, '0')}`;
  const subject = SUBJECTS[Math.floor(rnd() * SUBJECTS.length)];
  const action = ACTIONS[Math.floor(rnd() * ACTIONS.length)];
  const r = rnd();
  const obligation = r < 0.75 ? 'mandatory' : r < 0.92 ? 'recommended' : 'optional';
  const modal = { mandatory: 'shall', recommended: 'should', optional: 'may' }[obligation];
  const seconds = 1 + Math.floor(rnd() * 30);
  const copies = 1 + Math.floor(rnd() * 5);
  const reference = STANDARDS[Math.floor(rnd() * STANDARDS.length)];
  const legal = domain.id === 'eu-sourcing' ? 'legal_basis:\n  - "Directive 2009/81/EC, Article 23"\n' : '';
  const scenario = rnd() < 0.4 || acceptance ? `scenarios: [${scenarios[Math.floor(rnd() * scenarios.length)]}]\n` : '';
  const verification = acceptance
    ? 'inspection, demonstration, test'
    : rnd() < 0.5
      ? 'test, demonstration'
      : 'inspection, analysis';
  return {
    id,
    domain: domain.id,
    obligation,
    text: `---
id: ${id}
title: ${action[0].toUpperCase()}${action.slice(1, 60)} (${number})
domain: ${domain.id}
obligation: ${obligation}
verification: [${verification}]
status: approved
references:
  - id: "${reference}"
    title: Reference document ${number}
    equivalent: true
${legal}${scenario}parameters:
  max_seconds: { type: number, default: ${seconds}, unit: s, min: 0.1, max: 600, stricter: lower }
  copies: { type: integer, default: ${copies}, min: 1, max: 20, stricter: higher }
  mode: { type: enum, values: [basic, extended, full], default: extended, stricter: higher }
tags: [synthetic, ${domain.id}]
---
${subject} ${modal} ${action} within {{max_seconds}}, keeping {{copies}} copies in {{mode}} mode.

## Rationale
${sentence(rnd, 14)} ${sentence(rnd, 10)}

${sentence(rnd, 18)}

## Acceptance criteria
- ${sentence(rnd, 9)}
- ${sentence(rnd, 11)} Within {{max_seconds}}.
- ${sentence(rnd, 7)}

## Guidance
1. ${sentence(rnd, 8)}
2. ${sentence(rnd, 12)}
`,
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const rnd = random(args.seed);
  const root = path.resolve(args.dir);
  rmSync(root, { recursive: true, force: true });
  const scenarios = ['flood', 'radiological'];
  mkdirSync(path.join(root, 'specs', 'national'), { recursive: true });
  writeFileSync(
    path.join(root, 'tenderkit.yaml'),
    `domains:\n${DOMAINS.map((d) => `  - { id: ${d.id}, prefix: ${d.prefix}, title: ${d.title} }`).join('\n')}\nscenarios:\n  - { id: flood, title: Large-scale cross-border flooding }\n  - { id: radiological, title: Suspected dangerous radioactive substance }\n`,
  );
  const all = [];
  for (let i = 0; i < args.requirements; i++) {
    const domain = args.acceptance ? DOMAINS[0] : DOMAINS[i % DOMAINS.length];
    const number = args.acceptance ? i + 1 : Math.floor(i / DOMAINS.length) + 1;
    const req = requirement(rnd, domain, number, scenarios, args.acceptance);
    mkdirSync(path.join(root, 'requirements', domain.id), { recursive: true });
    writeFileSync(path.join(root, 'requirements', domain.id, `${req.id}.md`), req.text);
    all.push(req);
  }
  writeFileSync(
    path.join(root, 'specs', 'eu-baseline.yaml'),
    `id: eu-baseline
title: Synthetic EU baseline
language: en
authority: { name: Working group }
procurement: { title: Interconnection platform, reference: BENCH-0001, cpv: ["35710000-4"] }
select: { domains: [${DOMAINS.map((d) => d.id).join(', ')}] }
award:
  - { id: quality, title: Technical quality, weight: 60, type: quality }
  - { id: price, title: Price, weight: 40, type: price }
${args.acceptance ? 'acceptance: { phases: [fat, sat, sit, trial] }\n' : ''}`,
  );
  const countries = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
  for (let v = 0; v < args.variants; v++) {
    const code = (countries[v % countries.length] + (v >= countries.length ? String(v) : '')).toLowerCase();
    const lines = [
      `id: ${code}`,
      `title: Synthetic national variant ${code.toUpperCase()}`,
      'extends: eu-baseline',
      'language: en',
      'deviations:',
    ];
    const touched = new Set();
    const pick = () => {
      for (;;) {
        const r = all[Math.floor(rnd() * all.length)];
        if (!touched.has(r.id)) {
          touched.add(r.id);
          return r;
        }
      }
    };
    const count = Math.min(40, Math.floor(all.length / 4));
    for (let k = 0; k < count; k++) {
      const r = pick();
      const kind = k % 5;
      if (kind === 0) lines.push(`  - requirement: ${r.id}`, `    set: { parameters: { max_seconds: 0.5 } }`);
      else if (kind === 1) lines.push(`  - requirement: ${r.id}`, `    set: { parameters: { copies: 20 } }`);
      else if (kind === 2)
        lines.push(
          `  - requirement: ${r.id}`,
          `    set: { obligation: ${r.obligation === 'mandatory' ? 'recommended' : 'mandatory'} }`,
        );
      else if (kind === 3)
        lines.push(
          `  - requirement: ${r.id}`,
          `    set: { statement: "The system ${{ mandatory: 'shall', recommended: 'should', optional: 'may' }[r.obligation]} meet this requirement as amended nationally, within {{max_seconds}}, with {{copies}} copies in {{mode}} mode." }`,
        );
      else lines.push(`  - requirement: ${r.id}`, '    remove: true');
      lines.push(`    justification: National rule ${k + 1} of ${code.toUpperCase()} requires this change.`);
    }
    writeFileSync(path.join(root, 'specs', 'national', `${code}.yaml`), `${lines.join('\n')}\n`);
  }
  process.stdout.write(`${root}: ${args.requirements} requirements, ${args.variants} variants\n`);
}

main();
