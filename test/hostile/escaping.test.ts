import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { canUse } from '../support/outside-tools.js';
import { workspaceFrom } from '../support/workspace.js';
import { readCsv } from '../render/rfc4180.js';
import { htmlNodes, parseGfm, tables } from './support/read-outputs.js';

/** Titles that are text, whatever they look like to Markdown, HTML, XML or a spreadsheet. */
const TITLES: Record<string, string> = {
  'INT-081': 'Pipes | and <script>alert(1)</script> and **bold** & [link](http://evil.example) `code` \\|',
  'INT-082': '=HYPERLINK("http://evil.example","click")',
  'INT-083': '+1 and @SUM(A1) and -2',
  'INT-084': '-1+1 & <tag attr="x"> &amp; &#x41; ]]> <!-- comment -->',
  'INT-085': "@cmd|' /C calc'!A0",
};
/** What a spreadsheet must show: formula-like cells keep their text behind a leading apostrophe. */
const CSV_CELL: Record<string, string> = {
  'INT-081': TITLES['INT-081']!,
  'INT-082': `'${TITLES['INT-082']}`,
  'INT-083': `'${TITLES['INT-083']}`,
  'INT-084': `'${TITLES['INT-084']}`,
  'INT-085': `'${TITLES['INT-085']}`,
};

const requirement = (id: string, title: string) =>
  `---\nid: ${id}\ntitle: ${JSON.stringify(title)}\ndomain: interconnection\nobligation: mandatory\nverification: [test]\nstatus: approved\n---\n` +
  `The system shall keep the text <em>as text</em> | even | with pipes.\n\n## Acceptance criteria\n- A test shows it.\n`;

const SPEC = [
  'id: nasty',
  'title: "Nasty | <b>title</b> & **co**"',
  'extends: eu-baseline',
  'authority: { name: "Police | <script>x</script> & co", country: BE }',
  'procurement:',
  '  title: "**Proc** | <i>title</i>"',
  '  reference: "=REF(1)"',
  '',
].join('\n');

let ws: { root: string; dispose: () => Promise<void> };
let pack: string;
beforeAll(async () => {
  const files: Record<string, string> = { 'specs/nasty.yaml': SPEC };
  for (const [id, title] of Object.entries(TITLES))
    files[`requirements/interconnection/${id}.md`] = requirement(id, title);
  ws = await workspaceFrom('basic', files);
  const run = await runCli(['build', 'nasty', '--root', ws.root]);
  expect(run.code, run.stderr).toBe(0);
  pack = path.join(ws.root, 'out/nasty');
});
afterAll(async () => {
  await ws?.dispose();
});

describe('text that looks like markup stays text', () => {
  it('in the Markdown: the compliance table keeps its shape and no HTML is injected', async () => {
    const tree = parseGfm(await readFile(path.join(pack, 'tender-specification.md'), 'utf8'));
    const matrix = tables(tree).at(-1)!;
    for (const row of matrix.children) expect(row.children).toHaveLength(6);
    const titles = new Map(matrix.children.slice(1).map((r) => [toString(r.children[0]!), toString(r.children[1]!)]));
    for (const [id, title] of Object.entries(TITLES)) expect(titles.get(id), id).toBe(title);
    // the only raw HTML is the renderer's own anchors
    for (const html of htmlNodes(tree)) expect(html).toMatch(/^(<a id="[A-Za-z0-9-]+">|<\/a>)$/);
    const headings = tree.children.filter((n) => n.type === 'heading').map((h) => toString(h));
    for (const [id, title] of Object.entries(TITLES))
      expect(
        headings.some((h) => h.endsWith(`${id} ${title}`)),
        id,
      ).toBe(true);
    const text = tree.children.map((n) => toString(n)).join('\n');
    expect(text).toContain('Police | <script>x</script> & co (BE)');
    expect(text).toContain('Nasty | <b>title</b> & **co**');
  });

  it('in the CSV: quoted as RFC 4180 wants, and no cell starts a formula', async () => {
    const rows = readCsv(await readFile(path.join(pack, 'compliance-matrix.csv'), 'utf8'));
    for (const row of rows) expect(row).toHaveLength(6);
    const byId = new Map(rows.map((r) => [r[0]!, r]));
    for (const [id, cell] of Object.entries(CSV_CELL)) expect(byId.get(id)?.[1], id).toBe(cell);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.runIf(canUse('pandoc', 'reading the Word document back'))(
    'in the Word document: pandoc reads it and finds every title',
    async () => {
      const docx = path.join(pack, 'tender-specification.docx');
      const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx], { encoding: 'utf8' });
      for (const title of Object.values(TITLES)) expect(text).toContain(title);
      expect(text).toContain('Police | <script>x</script> & co');
    },
  );

  it.runIf(canUse('openpyxl', 'reading the workbook back'))(
    'in the workbook: every title is a text cell, never a formula',
    async () => {
      const xlsx = path.join(pack, 'compliance-matrix.xlsx');
      const script =
        'import json,sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps([[c.value,c.data_type] for ws in wb.worksheets for r in ws.iter_rows() for c in r if isinstance(c.value,str)]))';
      const cells = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, xlsx], { encoding: 'utf8' })) as Array<
        [string, string]
      >;
      for (const title of Object.values(TITLES)) expect(cells).toContainEqual([title, 's']);
      for (const [, type] of cells) expect(type).not.toBe('f');
    },
  );
});

describe('control characters', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-control-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are refused where a YAML escape writes them, at the position of the text', async () => {
    const w = await workspaceFrom('basic', {
      'specs/bell.yaml': 'id: bell\ntitle: Bell\nauthority: { name: "Police \\e[31m red", country: BE }\n',
    });
    try {
      const run = await runCli(['validate', '--root', w.root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'specs/bell.yaml:3:20: error the text contains the control character U+001B (written as an escape); remove it [yaml]',
      );
    } finally {
      await w.dispose();
    }
  });

  it('are refused where they stand in a file, at their line and column', async () => {
    const w = await workspaceFrom('basic');
    try {
      await writeFile(
        path.join(w.root, 'requirements/security/SEC-098.md'),
        requirement('SEC-098', 'Bell').replace('keep the text', 'keep\u0007 the text'),
      );
      const run = await runCli(['validate', '--root', w.root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'requirements/security/SEC-098.md:9:22: error the file contains the control character U+0007; remove it (tabs and line ends are the only ones allowed) [encoding]',
      );
    } finally {
      await w.dispose();
    }
  });

  it.runIf(canUse('pandoc', 'reading the Word document back'))(
    'never reach the Word XML even when a document tree holds them',
    async () => {
      const { renderDocx } = await import('../../src/render/docx/render-docx.js');
      const nasty = 'Bell \u0007 escape \u001b vtab \u000b nul \u0000 & <x> ]]>';
      const bytes = await renderDocx({
        tree: {
          type: 'root',
          children: [
            { type: 'heading', depth: 1, children: [{ type: 'text', value: nasty }] },
            { type: 'paragraph', children: [{ type: 'text', value: nasty }] },
          ],
        },
        properties: {
          title: nasty,
          subject: nasty,
          creator: nasty,
          keywords: [nasty],
          description: nasty,
          language: 'en',
          footer: nasty,
          date: new Date(Date.UTC(2000, 0, 1)),
        },
      });
      const file = path.join(dir, 'control.docx');
      await writeFile(file, bytes);
      const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
      expect(text).toContain('& <x> ]]>');
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    },
  );
});
