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
function mayOpenBlock(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && k - start < 3 && text.charCodeAt(k) === 32) k++;
  if (k >= end) return false;
  const c = text.charCodeAt(k);
  return c === 35 || c === 96 || c === 126;
}

/** Whether text[start, end) is empty or white space only, as String.prototype.trim sees it. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !WHITE_SPACE.test(text.charAt(k))) return false;
  }
  return true;
}

const WHITE_SPACE = /^\s$/;

/** A front matter delimiter: `---` (opening) or `---` / `...` (closing), trailing blanks allowed. */
function isDelimiter(text: string, start: number, end: number, closing: boolean): boolean {
  if (end - start < 3) return false;
  const c = text.charCodeAt(start);
  if (!(c === 45 || (closing && c === 46)) || text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c)
    return false;
  for (let k = start + 3; k < end; k++) {
    const d = text.charCodeAt(k);
    if (d !== 32 && d !== 9) return false;
  }
  return true;
}

/** A part of the body in lines: `from` and `to` are line indexes, `fromStart` and `toStart` the offsets where those lines start. */
interface Block {
  heading?: string;
  headingLine?: number;
  from: number;
  fromStart: number;
  to: number;
  toStart: number;
}

/**
 * Finds the front matter, the statement and the `#`/`##` sections by walking the text line by line with indexes:
 * no line is copied unless it may open a heading or a fence, which keeps thousands of files cheap.
 */
export function splitRequirement(text: string): RequirementParts {
  const lineEnd = (start: number): number => {
    const i = text.indexOf('\n', start);
    return i < 0 ? text.length : i;
  };
  // the offset after the last line's end: where a line past the last would start
  const past = text.length + 1;

  let bodyLine = 0;
  let bodyStart = 0;
  let frontMatter: string | undefined;
  const firstEnd = lineEnd(0);
  if (isDelimiter(text, 0, firstEnd, false)) {
    let line = 1;
    let start = firstEnd + 1;
    let closeStart = -1;
    while (start < past) {
      const end = lineEnd(start);
      if (isDelimiter(text, start, end, true)) {
        closeStart = start;
        break;
      }
      start = end + 1;
      line++;
    }
    if (closeStart < 0) {
      return {
        frontMatter: undefined,
        frontMatterLine: 2,
        statement: { text: '', offset: 0, line: 1 },
        sections: [],
        unclosedAt: 1,
      };
    }
    frontMatter = text.slice(firstEnd + 1, Math.max(firstEnd + 1, closeStart - 1));
    bodyLine = line + 1;
    bodyStart = lineEnd(closeStart) + 1;
  }

  const blocks: Block[] = [{ from: bodyLine, fromStart: bodyStart, to: -1, toStart: past }];
  let fence: string | undefined;
  let line = bodyLine;
  for (let start = bodyStart; start < past; line++) {
    const end = lineEnd(start);
    if (mayOpenBlock(text, start, end)) {
      const content = text.slice(start, end);
      const f = FENCE.exec(content);
      if (f) {
        if (!fence) fence = f[1]!;
        else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
      } else if (!fence) {
        const h = SECTION_HEADING.exec(content);
        if (h) {
          const last = blocks[blocks.length - 1]!;
          last.to = line;
          last.toStart = start;
          blocks.push({
            heading: (h[2] ?? '').trim(),
            headingLine: line + 1,
            from: line + 1,
            fromStart: end + 1,
            to: -1,
            toStart: past,
          });
        }
      }
    }
    start = end + 1;
  }
  // `line` is now the number of lines: the end of the last block
  const lineCount = Math.max(line, bodyLine);
  blocks[blocks.length - 1]!.to = lineCount;

  const slice = (block: Block): Slice => {
    let a = block.from;
    let aStart = block.fromStart;
    let b = block.to;
    let bStart = block.toStart;
    while (a < b && isBlank(text, aStart, lineEnd(aStart))) {
      aStart = lineEnd(aStart) + 1;
      a++;
    }
    while (b > a) {
      const previousEnd = bStart - 1;
      const previousStart = previousEnd === 0 ? 0 : text.lastIndexOf('\n', previousEnd - 1) + 1;
      if (!isBlank(text, previousStart, previousEnd)) break;
      b--;
      bStart = previousStart;
    }
    const begin = Math.min(aStart, text.length);
    const end = b > a ? bStart - 1 : begin;
    return { text: text.slice(begin, end), offset: begin, line: a + 1 };
  };
  const [first, ...rest] = blocks;
  return {
    frontMatter,
    frontMatterLine: 2,
    statement: slice(first!),
    sections: rest.map((b) => ({ heading: b.heading!, headingLine: b.headingLine!, content: slice(b) })),
  };
}
