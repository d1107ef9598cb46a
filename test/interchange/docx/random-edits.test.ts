import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../src/interchange/docx/import-docx.js';
import { runCli } from '../../support/cli.js';
import { catalogueCopy, documentXml, readBytes, repack, track, writeDocx } from './word-edits.js';

let root: string;
let out: string;
let built: Uint8Array;

/** A small deterministic generator (mulberry32), so that a failing seed can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const squeeze = (t: string) => t.replace(/[\s\u00a0]+/g, ' ').trim();
const unesc = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface Candidate {
  id: string;
  source: string;
  shown: string;
}

/** Requirements whose statement is one plain paragraph in the source (no Markdown marks) and one run in Word. */
function candidates(xml: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of xml.matchAll(/w:name="([A-Z][A-Z0-9_]*_\d{3,4})"/g)) {
    const id = m[1]!.replace(/_/g, '-');
    const file = ['interconnection', 'security', 'eu-sourcing', 'resilience']
      .map((d) => path.join(root, 'requirements', d, `${id}.md`))
      .find((f) => {
        try {
          readFileSync(f);
          return true;
        } catch {
          return false;
        }
      });
    if (!file) continue;
    const source = readFileSync(file, 'utf8')
      .split(/\n---\n/)[1]!
      .split('\n## ')[0]!
      .trim();
    if (/[*_`[\]<>\\]|\n\n|^\s*[-\d]/m.test(source)) continue;
    const after = xml.slice(m.index);
    const p =
      /<w:pStyle w:val="Label"\/><\/w:pPr>.*?<\/w:p><w:p><w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><\/w:p>/.exec(
        after,
      );
    if (!p) continue;
    out.push({ id, source, shown: unesc(p[1]!) });
  }
  return out;
}

beforeAll(async () => {
  root = catalogueCopy();
  out = mkdtempSync(path.join(os.tmpdir(), 'docx-random-'));
  const run = await runCli(['build', 'eu-baseline', '--format', 'docx', '--out', out, '--root', root]);
  expect(run.code, run.stderr).toBe(0);
  built = readBytes(path.join(out, 'eu-baseline', 'tender-specification.docx'));
}, 300_000);

describe('random word edits applied as tracked changes', () => {
  it('come back as exactly those proposals, with the placeholders kept', async () => {
    const pool = candidates(documentXml(built));
    expect(pool.length).toBeGreaterThan(10);
    for (let seed = 1; seed <= 6; seed++) {
      const next = random(seed);
      let xml = documentXml(built);
      const expected = new Map<string, string>();
      const picked = new Set<number>();
      while (picked.size < 4) picked.add(Math.floor(next() * pool.length));
      for (const i of picked) {
        const c = pool[i]!;
        const words = [...new Set(c.shown.match(/\b[A-Za-z]{4,}\b/g) ?? [])].filter(
          (w) =>
            c.shown.split(new RegExp(`\\b${w}\\b`)).length === 2 &&
            c.source.split(new RegExp(`\\b${w}\\b`)).length === 2,
        );
        if (words.length === 0) continue;
        const word = words[Math.floor(next() * words.length)]!;
        const at = c.shown.search(new RegExp(`\\b${word}\\b`));
        const before = c.shown.slice(Math.max(0, at - 12), at);
        const after = c.shown.slice(at + word.length, at + word.length + 12);
        const op = Math.floor(next() * 3);
        const edit =
          op === 0
            ? {
                shown: [before, { del: word, ins: 'zebra' }, after],
                source: (s: string) => s.replace(new RegExp(`\\b${word}\\b`), 'zebra'),
              }
            : op === 1
              ? {
                  shown: [before, { ins: 'quickly ' }, word + after],
                  source: (s: string) => s.replace(new RegExp(`\\b${word}\\b`), `quickly ${word}`),
                }
              : {
                  shown: [before, { del: `${word} ` }, after.slice(1)],
                  source: (s: string) => s.replace(new RegExp(`\\b${word}\\s`), ''),
                };
        if (op === 2 && !/^\s/.test(after)) continue;
        xml = track(xml, edit.shown);
        expected.set(c.id, edit.source(c.source));
      }
      const file = writeDocx(out, `random-${seed}.docx`, repack(built, xml));
      const outcome = await importDocx({ file, root });
      expect(outcome.kind).toBe('ok');
      if (outcome.kind !== 'ok') return;
      const got = new Map(outcome.report.proposals.map((p) => [`${p.requirement} ${p.field}`, String(p.to)]));
      expect([...got.keys()].sort(), `seed ${seed}`).toEqual(
        [...expected.keys()].map((id) => `${id} statement`).sort(),
      );
      for (const [id, text] of expected)
        expect(squeeze(got.get(`${id} statement`)!), `seed ${seed} ${id}`).toBe(squeeze(text));
      expect(outcome.report.unmapped).toEqual([]);
    }
  }, 300_000);
});
