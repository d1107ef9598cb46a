import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRequirement, type RequirementParts } from '../../../src/load/requirement/split-requirement.js';

/** The split by its definition, line by line over `text.split('\n')`: the oracle for the index scanner. */
function reference(text: string): RequirementParts {
  const lines = text.split('\n');
  const startOf = (i: number): number => lines.slice(0, i).reduce((sum, l) => sum + l.length + 1, 0);
  let bodyLine = 0;
  let frontMatter: string | undefined;
  if (/^---[ \t]*$/.test(lines[0]!)) {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (close < 0)
      return {
        frontMatter: undefined,
        frontMatterLine: 2,
        statement: { text: '', offset: 0, line: 1 },
        sections: [],
        unclosedAt: 1,
      };
    frontMatter = lines.slice(1, close).join('\n');
    bodyLine = close + 1;
  }
  const blocks: Array<{ heading?: string; headingLine?: number; from: number; to: number }> = [
    { from: bodyLine, to: lines.length },
  ];
  let fence: string | undefined;
  for (let i = bodyLine; i < lines.length; i++) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!);
    if (f) {
      if (!fence) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h = /^ {0,3}(#{1,2})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(lines[i]!);
    if (h) {
      blocks[blocks.length - 1]!.to = i;
      blocks.push({ heading: (h[2] ?? '').trim(), headingLine: i + 1, from: i + 1, to: lines.length });
    }
  }
  const slice = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && lines[a]!.trim() === '') a++;
    while (b > a && lines[b - 1]!.trim() === '') b--;
    const begin = Math.min(startOf(a), text.length);
    const end = b > a ? startOf(b - 1) + lines[b - 1]!.length : begin;
    return { text: text.slice(begin, end), offset: begin, line: a + 1 };
  };
  const [first, ...rest] = blocks;
  return {
    frontMatter,
    frontMatterLine: 2,
    statement: slice(first!.from, first!.to),
    sections: rest.map((b) => ({ heading: b.heading!, headingLine: b.headingLine!, content: slice(b.from, b.to) })),
  };
}

const LINES = [
  '---',
  '--- ',
  '...',
  '----',
  'id: X-1',
  '',
  '   ',
  '\u00a0',
  '\t',
  'The system shall {{p}}.',
  '## Rationale',
  '# Title #',
  '   ## Guidance',
  '    ## code',
  '###',
  '##',
  '```',
  '~~~~',
  '  ```js',
  'text',
  '- item',
  '\u2028',
];

describe('splitRequirement', () => {
  it('finds the front matter, the statement and the sections with their lines and offsets', () => {
    const text =
      '---\nid: INT-1\n---\n\nThe system shall route calls.\n\n## Rationale\n\nBecause.\n\n```\n## not a heading\n```\n';
    const parts = splitRequirement(text);
    expect(parts.frontMatter).toBe('id: INT-1');
    expect(parts.statement).toEqual({ text: 'The system shall route calls.', offset: 19, line: 5 });
    expect(parts.sections).toEqual([
      {
        heading: 'Rationale',
        headingLine: 7,
        content: { text: 'Because.\n\n```\n## not a heading\n```', offset: 64, line: 9 },
      },
    ]);
  });

  it('reports a front matter that is never closed', () => {
    expect(splitRequirement('---\nid: X\nbody').unclosedAt).toBe(1);
  });

  it('agrees with a line-by-line split on any arrangement of lines', () => {
    const text = fc
      .array(fc.constantFrom(...LINES), { maxLength: 14 })
      .chain((lines) => fc.constantFrom(lines.join('\n'), `${lines.join('\n')}\n`));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitRequirement(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
