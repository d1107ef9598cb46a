import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanText } from './xml.js';

const MAX_BOOKMARK_LENGTH = 40;

/**
 * Word accepts bookmark names of letters, digits and underscores that start with a letter, up to 40 characters.
 * Every other character becomes "_", so "INT-001" is "INT_001".
 */
export function wordBookmarkName(anchor: string): string {
  let name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(name)) name = `B_${name}`;
  return name.slice(0, MAX_BOOKMARK_LENGTH);
}

/**
 * The anchor of a heading, as the Markdown rendering names it: its bookmark (a requirement id), or `chapter-N` for a
 * numbered chapter, so that links written for the Markdown work in Word too.
 */
export function anchorOf(heading: Heading): string | undefined {
  const data = heading.data;
  if (data?.bookmark) return data.bookmark;
  if (data?.number && !data.number.includes('.') && !data.cover) return `chapter-${data.number}`;
  return undefined;
}

/** The Word heading level of an mdast heading: 1 to 3 (deeper ones are set as level 3). */
export function headingLevel(heading: Heading): 1 | 2 | 3 {
  return Math.min(heading.depth, 3) as 1 | 2 | 3;
}

export interface ContentsEntry {
  level: number;
  text: string;
  bookmark: string;
}

/**
 * What the renderer must know about the headings before it writes the first block: the Word bookmark of every
 * anchor (links may point forward) and the entries of the contents. Bookmark names are given in document order, so
 * anchors that map to the same name ("A-1", "A_1") stay apart: the later one gets a numbered suffix. A heading the
 * contents list that has no anchor gets a hidden `_Toc` bookmark, as Word gives its own.
 */
export class DocumentOutline {
  private readonly byAnchor = new Map<string, string>();
  private readonly byHeading = new Map<Heading, string>();
  private readonly taken = new Set<string>();
  readonly entries: ContentsEntry[] = [];

  constructor(nodes: readonly RootContent[]) {
    const depth = nodes.reduce((d, n) => (n.type === 'tableOfContents' ? Math.max(d, n.depth) : d), 0);
    for (const node of nodes) {
      if (node.type !== 'heading') continue;
      const anchor = anchorOf(node);
      let bookmark = anchor === undefined ? undefined : this.name(anchor);
      const listed = !node.data?.cover && headingLevel(node) <= depth;
      if (listed) {
        bookmark ??= `_Toc${this.entries.length + 1}`;
        const number = node.data?.number ? `${node.data.number} ` : '';
        this.entries.push({ level: headingLevel(node), text: cleanText(number + toString(node)), bookmark });
      }
      if (bookmark !== undefined) this.byHeading.set(node, bookmark);
    }
  }

  private name(anchor: string): string {
    const known = this.byAnchor.get(anchor);
    if (known !== undefined) return known;
    const base = wordBookmarkName(anchor);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_BOOKMARK_LENGTH - suffix.length) + suffix;
    }
    this.taken.add(name);
    this.byAnchor.set(anchor, name);
    return name;
  }

  /** The bookmark of an anchor, or undefined when no heading carries it (a dangling link). */
  anchor(anchor: string): string | undefined {
    return this.byAnchor.get(anchor);
  }

  /** The bookmark a heading carries, if any. */
  bookmarkOf(heading: Heading): string | undefined {
    return this.byHeading.get(heading);
  }
}
