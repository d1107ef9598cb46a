import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { canUse, REPO_ROOT, SHARED } from '../support/outside-tools.js';
import { FIXTURES } from '../support/workspace.js';

/**
 * Every kind of Office file tenderkit writes, checked part by part against the ISO/IEC 29500 transitional schemas
 * with the run-property order Word enforces (../shared/ooxml/validate-ooxml.sh: xmllint and python3).
 */
const CHECKER = path.join(SHARED, 'ooxml', 'validate-ooxml.sh');
const READY =
  canUse('shared', 'the Office schema checks') &&
  canUse('xmllint', 'the Office schema checks') &&
  canUse('python3', 'the Office schema checks');

/** A requirement whose text uses every Markdown construct the catalogue may hold (the CommonMark examples' kinds). */
const EVERY_CONSTRUCT = `---
id: INT-002
title: Every construct of the text
domain: interconnection
obligation: recommended
verification: [test]
status: approved
parameters:
  languages: { type: integer, default: 2, min: 1, max: 24, stricter: higher }
---
The system should issue *public* warnings as **CAP 1.2** messages in at least {{languages}} languages, with \`code\`,
a [link](https://www.oasis-open.org/), ***both*** and ~~struck~~ text\\
after a hard break.

## Guidance

### A heading inside a section

> A quotation
> > nested in another, with *emphasis*.

1. an ordered list
   - with a nested bullet
     1. and a third level
2. a second item with \`inline code\` and a [reference link][cap]

- [ ] a task not done
- [x] a task done

| Left | Centre | Right |
| :--- | :----: | ----: |
| a | **b** | \`c\` |
| 1 | 2 | 3 |

\`\`\`json
{ "fenced": "code" }
\`\`\`

    indented code

---

Text with <b>raw inline HTML</b> & an entity &amp; a character \\* escaped, and an image ![alt text](https://example.org/x.png).

<div>a raw HTML block</div>

[cap]: https://docs.oasis-open.org/emergency/cap/v1.2/ "CAP 1.2"

## Acceptance criteria
- A warning issued in a test validates against the CAP 1.2 schema and carries {{languages}} \`info\` blocks.
`;

let dir: string;
const files: string[] = [];

describe.runIf(READY)('Office files against the Office Open XML schemas', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-ooxml-'));
    const shipped = path.join(dir, 'shipped');
    for (const part of ['requirements', 'specs', 'tenderkit.yaml', 'labels', 'annexes', 'glossary', 'templates'])
      if (existsSync(path.join(REPO_ROOT, part)))
        cpSync(path.join(REPO_ROOT, part), path.join(shipped, part), { recursive: true });
    const built = await runCli(['build', 'eu-baseline', 'lu', 'at', 'be', '--root', shipped]);
    expect(built.code, built.stderr).toBe(0);
    const redline = path.join(dir, 'be-against-root.docx');
    const diff = await runCli(['diff', 'be', '--root', shipped, '--format', 'docx', '--out', redline]);
    expect(diff.code, diff.stderr).toBe(0);

    const constructs = path.join(dir, 'constructs');
    cpSync(path.join(FIXTURES, 'basic'), constructs, { recursive: true });
    writeFileSync(path.join(constructs, 'requirements/interconnection/INT-002.md'), EVERY_CONSTRUCT);
    const made = await runCli(['build', 'eu-baseline', '--root', constructs, '--format', 'docx']);
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(path.join(constructs, 'out/eu-baseline/tender-specification.docx')).length).toBeGreaterThan(0);

    files.push(
      path.join(shipped, 'out/eu-baseline/tender-specification.docx'),
      path.join(shipped, 'out/lu/tender-specification.docx'),
      path.join(shipped, 'out/at/tender-specification.docx'),
      // be's main language is Dutch; its further languages come as <name>.<lang>.<ext>
      path.join(shipped, 'out/be/tender-specification.docx'),
      path.join(shipped, 'out/be/deviations.docx'),
      path.join(shipped, 'out/be/tender-specification.fr.docx'),
      path.join(shipped, 'out/be/deviations.de.docx'),
      path.join(shipped, 'out/be/compliance-matrix.de.xlsx'),
      path.join(shipped, 'out/lu/deviations.docx'),
      path.join(shipped, 'out/lu/annexes/interface-control-document.docx'),
      path.join(shipped, 'out/be/compliance-matrix.xlsx'),
      path.join(shipped, 'out/lu/compliance-matrix.xlsx'),
      redline,
      path.join(constructs, 'out/eu-baseline/tender-specification.docx'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every part of every kind of file valid, in the order Word wants', () => {
    const run = spawnSync('bash', [CHECKER, ...files], { encoding: 'utf8' });
    const problems = run.stdout
      .split('\n')
      .filter((line) => !/^(ok|skip)\b/.test(line) && !line.startsWith('==') && line.trim());
    expect(problems, run.stdout + run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    // every file was read: one header line each, and each had its main part checked
    expect(run.stdout.match(/^== /gm)).toHaveLength(files.length);
    expect(run.stdout.match(/^ok\s+word\/document\.xml/gm)).toHaveLength(files.length - 3);
    expect(run.stdout.match(/^ok\s+xl\/worksheets\/sheet1\.xml/gm)).toHaveLength(3);
  }, 300_000);
});
