import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { workspaceFrom } from '../support/workspace.js';
import { runNode } from './support/built-cli.js';

/**
 * Inputs too big to keep in the repository, generated here, each run by the compiled CLI in a child process with
 * a small heap: exit 1 with a positioned diagnostic, no stack, no crash, within a time limit.
 */
const HEAP_MB = 192;
const TIME_LIMIT_MS = 90_000;

/** the CLI compiled once for the e2e run (test/support/compiled-cli-setup.ts) */
const cli = { bin: inject('compiledCli') };

const FRONT = (id: string) =>
  `---\nid: ${id}\ntitle: Generated\ndomain: security\nobligation: mandatory\nverification: [test]\nstatus: approved\n---\n`;

interface Generated {
  name: string;
  files: Record<string, string>;
  command?: 'validate' | 'build';
  /** the first line of stderr that must be there */
  expect: RegExp;
}

const GENERATED: Generated[] = [
  {
    name: 'a file one byte over the 4 MB default limit',
    files: {
      'requirements/security/SEC-060.md': FRONT('SEC-060') + 'x'.repeat(4 * 1024 * 1024 + 1 - FRONT('SEC-060').length),
    },
    expect:
      /^requirements\/security\/SEC-060\.md:1:1: error the file has 4194305 bytes, more than the limit of 4194304 .*\[file-too-large\]$/m,
  },
  {
    name: 'a file over a limit set in tenderkit.yaml in flow style',
    files: {
      'tenderkit.yaml': 'limits: { maxFileBytes: 2048 }\n',
      'requirements/security/SEC-061.md': FRONT('SEC-061') + 'The system shall work. '.repeat(200),
    },
    expect:
      /^requirements\/security\/SEC-061\.md:1:1: error the file has \d+ bytes, more than the limit of 2048 .*\[file-too-large\]$/m,
  },
  {
    name: 'YAML nested two million levels deep (flow brackets, 4 MB)',
    files: { 'specs/deep.yaml': `id: deep\ntitle: x\nz: ${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}\n` },
    expect: /^specs\/deep\.yaml:3:67: error the YAML is nested more than 64 levels deep here.*\[yaml\]$/m,
  },
  {
    name: 'YAML with a million nested flow maps',
    files: { 'specs/deep.yaml': `id: deep\ntitle: x\nz: ${'{a: '.repeat(1_000_000)}\n` },
    expect: /^specs\/deep\.yaml:3:256: error the YAML is nested more than 64 levels deep here.*\[yaml\]$/m,
  },
  {
    name: 'a YAML map with 200,000 keys (the yaml library checks duplicates in quadratic time)',
    files: {
      'specs/many.yaml': `id: many\ntitle: x\n${Array.from({ length: 200_000 }, (_, i) => `k${i}: v`).join('\n')}\n`,
    },
    expect: /^specs\/many\.yaml:\d+:\d+: error the YAML has more than 100000 tokens .*\[yaml\]$/m,
  },
  {
    name: 'a billion-laughs alias bomb in front matter',
    files: {
      'requirements/security/SEC-062.md':
        '---\nid: SEC-062\ntitle: &a [x, x, x, x, x, x, x, x, x, x]\n' +
        Array.from(
          { length: 9 },
          (_, i) =>
            `k${i}: &a${i} [${Array(10)
              .fill(i === 0 ? '*a' : `*a${i - 1}`)
              .join(', ')}]`,
        ).join('\n') +
        '\n---\nThe system shall work.\n',
    },
    expect:
      /^requirements\/security\/SEC-062\.md:7:45: error the alias \*a2 expands the data past 100000 values.*\[yaml\]$/m,
  },
  {
    name: 'a list nested 10,000 levels deep in a Markdown body',
    files: {
      'requirements/security/SEC-063.md': `${FRONT('SEC-063')}The system shall work.\n\n${'- '.repeat(10_000)}x\n`,
    },
    expect:
      /^requirements\/security\/SEC-063\.md:11:21: error lists and block quotes nest too deeply.*\[markdown-nesting\]$/m,
  },
  {
    name: 'block quotes nested 10,000 levels deep',
    files: {
      'requirements/security/SEC-064.md': `${FRONT('SEC-064')}The system shall work.\n\n${'>'.repeat(10_000)} x\n`,
    },
    expect:
      /^requirements\/security\/SEC-064\.md:11:21: error lists and block quotes nest too deeply.*\[markdown-nesting\]$/m,
  },
];

describe('generated hostile inputs', () => {
  it.each(GENERATED.map((g) => [g.name, g] as const))('refuses %s, in bounded time and memory', async (_name, g) => {
    const ws = await workspaceFrom('basic');
    try {
      for (const [file, text] of Object.entries(g.files)) {
        await mkdir(path.dirname(path.join(ws.root, file)), { recursive: true });
        await writeFile(path.join(ws.root, file), text);
      }
      const run = await runNode([cli.bin, g.command ?? 'validate', '--root', ws.root], {
        timeoutMs: TIME_LIMIT_MS,
        maxOldSpaceMb: HEAP_MB,
      });
      expect(run.signal, `killed after ${run.ms} ms`).toBeNull();
      expect(run.code, run.stderr.slice(0, 2000)).toBe(1);
      expect(run.stderr).toMatch(g.expect);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).not.toContain('internal error');
    } finally {
      await ws.dispose();
    }
  });

  it('builds very long lines (a 1 MB statement line, a 64 kB title) within the limits', async () => {
    const title = 'Long title '.repeat(6_000).trim();
    const statement = 'The system shall keep the log of every message. '.repeat(20_000).trim();
    const ws = await workspaceFrom('basic', {
      'requirements/security/SEC-065.md': `---\nid: SEC-065\ntitle: ${title}\ndomain: security\nobligation: mandatory\nverification: [test]\nstatus: approved\n---\n${statement}\n\n## Acceptance criteria\n- A test shows the log.\n`,
    });
    try {
      const run = await runNode([cli.bin, 'build', 'eu-baseline', '--root', ws.root, '--format', 'md,csv'], {
        timeoutMs: TIME_LIMIT_MS,
        maxOldSpaceMb: 512,
      });
      expect(run.signal, `killed after ${run.ms} ms`).toBeNull();
      expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
      const md = await readFile(path.join(ws.root, 'out/eu-baseline/tender-specification.md'), 'utf8');
      expect(md).toContain(statement);
      expect(md).toContain(title);
    } finally {
      await ws.dispose();
    }
  });
});
