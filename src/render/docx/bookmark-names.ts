import type { Heading, RootContent } from 'mdast';

const MAX_LENGTH = 40;

/**
 * Word accepts bookmark names of letters, digits and underscores that start with a letter, up to 40 characters.
 * Every other character becomes "_", so "INT-001" is "INT_001".
 */
export function wordBookmarkName(anchor: string): string {
  let name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(name)) name = `B_${name}`;
  return name.slice(0, MAX_LENGTH);
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

/**
 * The Word bookmark name of every heading anchor of a document. Names are given in document order, so two anchors
 * that map to the same name ("A-1" and "A_1") stay apart deterministically: the later one gets a numbered suffix.
 */
export class BookmarkNames {
  private readonly byAnchor = new Map<string, string>();
  private readonly taken = new Set<string>();

  static of(nodes: readonly RootContent[]): BookmarkNames {
    const names = new BookmarkNames();
    for (const node of nodes) {
      if (node.type !== 'heading') continue;
      const anchor = anchorOf(node);
      if (anchor !== undefined) names.add(anchor);
    }
    return names;
  }

  private add(anchor: string): void {
    if (this.byAnchor.has(anchor)) return;
    const base = wordBookmarkName(anchor);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    }
    this.taken.add(name);
    this.byAnchor.set(anchor, name);
  }

  /** The bookmark name of an anchor, or undefined when no heading carries it (a dangling link). */
  get(anchor: string): string | undefined {
    return this.byAnchor.get(anchor);
  }
}
