/** The parts of a requirement file, found by a line scanner: cheap enough for catalogues of thousands of files. */
export interface RequirementParts {
  /** the YAML between the `---` lines, or undefined when the file has no front matter */
  frontMatter: string | undefined;
  /** 1-based line of the first YAML line */
  frontMatterLine: number;
  statement: Slice;
  sections: Array<{ heading: string; headingLine: number; content: Slice }>;
  /** where a front matter that is never closed starts */
  unclosedAt?: number;
}

export interface Slice {
  text: string;
  /** offset of `text` in the file */
  offset: number;
  /** 1-based line of `offset` */
  line: number;
}

const SECTION_HEADING = /^ {0,3}(#{1,2})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Headings and fences start with `#`, a backtick or `~` after at most three spaces; most lines are neither. */
function mayOpenBlock(line: string): boolean {
  let k = 0;
  while (k < 3 && line.charCodeAt(k) === 32) k++;
  const c = line.charCodeAt(k);
  return c === 35 || c === 96 || c === 126;
}

export function splitRequirement(text: string): RequirementParts {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.length + 1;
  }
  const startOf = (i: number) => (i < starts.length ? starts[i]! : text.length);

  let bodyLine = 0;
  let frontMatter: string | undefined;
  if (lines[0]?.replace(/[ \t]+$/, '') === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (close < 0) {
      return { frontMatter: undefined, frontMatterLine: 2, statement: { text: '', offset: 0, line: 1 }, sections: [], unclosedAt: 1 };
    }
    frontMatter = lines.slice(1, close).join('\n');
    bodyLine = close + 1;
  }

  const blocks: Array<{ heading?: string; headingLine?: number; from: number; to: number }> = [{ from: bodyLine, to: lines.length }];
  let fence: string | undefined;
  for (let i = bodyLine; i < lines.length; i++) {
    const line = lines[i]!;
    if (!mayOpenBlock(line)) continue;
    const f = FENCE.exec(line);
    if (f) {
      if (!fence) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h = SECTION_HEADING.exec(line);
    if (h) {
      blocks[blocks.length - 1]!.to = i;
      blocks.push({ heading: (h[2] ?? '').trim(), headingLine: i + 1, from: i + 1, to: lines.length });
    }
  }
  const slice = (from: number, to: number): Slice => {
    let a = from;
    let b = to;
    while (a < b && lines[a]!.trim() === '') a++;
    while (b > a && lines[b - 1]!.trim() === '') b--;
    const begin = startOf(a);
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
