import { type XmlElement, childElements, textContent } from '../../lib/xml/safe-xml.js';

/** One paragraph of the body, with every tracked change rejected (`from`) and accepted (`to`). */
export interface TrackedParagraph {
  /** the requirement whose heading opened the part of the document this paragraph is in */
  requirement: string | undefined;
  /** the paragraph style id ("Heading2", "Label", "ListParagraph"), empty when none */
  style: string;
  from: string;
  to: string;
  /** whether the paragraph mark exists with changes rejected (false: an inserted mark) and accepted (false: deleted) */
  markFrom: boolean;
  markTo: boolean;
  /** whether a tracked change touches the paragraph, and whose */
  changed: boolean;
  authors: Set<string>;
  /** ids of the comments whose range starts in this paragraph */
  comments: string[];
}

/** A tracked change outside every requirement. */
export interface LooseChange {
  kind: 'insertion' | 'deletion';
  text: string;
  author: string;
}

export interface WalkedBody {
  paragraphs: TrackedParagraph[];
  unmapped: LooseChange[];
  /** requirement ids whose bookmark was found on a heading */
  bookmarked: Set<string>;
}

export interface WalkOptions {
  /** Word bookmark name -> requirement id */
  bookmarks: ReadonlyMap<string, string>;
  /**
   * Revisions that belong to the document as tenderkit wrote it (those of a redline): their insertions count as
   * text and their deletions as gone, in both readings.
   */
  isOwnRevision?: (author: string, date: string) => boolean;
}

/** which readings a piece of text is in: both, only with changes rejected, only accepted, or neither */
type Mode = 'both' | 'from' | 'to' | 'none';

const HEADING_STYLE = /^(heading\s?\d|title)$/i;

/**
 * Walks word/document.xml in reading order and collects every paragraph's text with the tracked changes rejected
 * and accepted. A requirement starts at a heading that carries one of its bookmarks and ends at the next heading.
 * Run splits, rsid attributes, proofing marks, fields and other bookmarks (`_GoBack`, `_Toc…`) do not matter; a
 * bookmark that an editor moved just before its heading still counts.
 */
export function walkTrackedBody(document: XmlElement, options: WalkOptions): WalkedBody {
  const paragraphs: TrackedParagraph[] = [];
  const unmapped: LooseChange[] = [];
  const bookmarked = new Set<string>();
  const own = options.isOwnRevision ?? (() => false);
  let requirement: string | undefined;
  let pendingBookmark: string | undefined;
  let pendingComments: string[] = [];
  let current: TrackedParagraph | undefined;

  const loose = (text: string, mode: Mode, author: string): void => {
    if (mode === 'both' || text.trim() === '') return;
    const kind = mode === 'to' ? 'insertion' : 'deletion';
    const last = unmapped.at(-1);
    if (last && last.kind === kind && last.author === author) last.text += text;
    else unmapped.push({ kind, text, author });
  };

  const append = (text: string, mode: Mode, author: string): void => {
    if (!current || mode === 'none') return;
    if (mode !== 'to') current.from += text;
    if (mode !== 'from') current.to += text;
    if (mode !== 'both') {
      current.changed = true;
      if (author) current.authors.add(author);
      if (current.requirement === undefined) loose(text, mode, author);
    }
  };

  const revision = (e: XmlElement, mode: Mode, kind: 'ins' | 'del', author: string): { mode: Mode; author: string } => {
    const by = e.attributes['w:author'] ?? '';
    if (own(by, e.attributes['w:date'] ?? '')) return kind === 'ins' ? { mode, author } : { mode: 'none', author };
    if (mode === 'both') return { mode: kind === 'ins' ? 'to' : 'from', author: by };
    // a deletion inside an insertion (or the other way round) is in neither reading
    return { mode: (mode === 'to') === (kind === 'ins') ? mode : 'none', author: by };
  };

  const visit = (e: XmlElement, mode: Mode, author: string): void => {
    if (mode === 'none') return;
    switch (e.name) {
      case 'p':
        paragraph(e, mode, author);
        return;
      case 'ins':
      case 'moveTo': {
        const r = revision(e, mode, 'ins', author);
        for (const k of childElements(e)) visit(k, r.mode, r.author);
        return;
      }
      case 'del':
      case 'moveFrom': {
        const r = revision(e, mode, 'del', author);
        for (const k of childElements(e)) visit(k, r.mode, r.author);
        return;
      }
      case 't':
      case 'delText':
        append(textContent(e), mode, author);
        return;
      case 'tab':
      case 'ptab':
        append('\t', mode, author);
        return;
      case 'br':
      case 'cr':
        append(e.attributes['w:type'] === 'page' ? '' : '\n', mode, author);
        return;
      case 'noBreakHyphen':
        append('\u2011', mode, author);
        return;
      case 'bookmarkStart': {
        const id = options.bookmarks.get(e.attributes['w:name'] ?? '');
        if (id !== undefined && !current) pendingBookmark = id;
        return;
      }
      case 'commentRangeStart':
      case 'commentReference': {
        const id = e.attributes['w:id'];
        if (id === undefined) return;
        if (current) current.comments.push(id);
        else pendingComments.push(id);
        return;
      }
      case 'pPr':
      case 'rPr':
      case 'sectPr':
      case 'sdtPr':
      case 'instrText':
      case 'delInstrText':
      case 'footnoteReference':
      case 'endnoteReference':
        return;
      default:
        for (const k of childElements(e)) visit(k, mode, author);
    }
  };

  const paragraph = (p: XmlElement, mode: Mode, author: string): void => {
    const pPr = childElements(p, 'pPr')[0];
    const style = (pPr ? childElements(pPr, 'pStyle')[0]?.attributes['w:val'] : undefined) ?? '';
    const markRevision = (pPr ? childElements(pPr, 'rPr') : [])
      .flatMap((r) => childElements(r))
      .find((k) => k.name === 'ins' || k.name === 'del');
    let markFrom = mode !== 'to';
    let markTo = mode !== 'from';
    if (markRevision && !own(markRevision.attributes['w:author'] ?? '', markRevision.attributes['w:date'] ?? '')) {
      if (markRevision.name === 'ins') markFrom = false;
      else markTo = false;
    } else if (markRevision?.name === 'del') {
      markFrom = false;
      markTo = false;
    }
    if (HEADING_STYLE.test(style)) {
      const names = collect(p, 'bookmarkStart').map((b) => options.bookmarks.get(b.attributes['w:name'] ?? ''));
      requirement = names.find((n) => n !== undefined) ?? pendingBookmark;
      if (requirement !== undefined) bookmarked.add(requirement);
    }
    pendingBookmark = undefined;
    current = {
      requirement,
      style,
      from: '',
      to: '',
      markFrom,
      markTo,
      changed: false,
      authors: new Set(),
      comments: pendingComments,
    };
    pendingComments = [];
    if (markRevision && (!markFrom || !markTo) && current.requirement !== undefined) {
      current.changed = true;
      const by = markRevision.attributes['w:author'];
      if (by) current.authors.add(by);
    }
    paragraphs.push(current);
    for (const k of childElements(p)) visit(k, mode, author);
    current = undefined;
  };

  const body = childElements(document, 'body')[0] ?? document;
  for (const k of childElements(body)) visit(k, 'both', '');
  return { paragraphs, unmapped, bookmarked };
}

function collect(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const k of childElements(e)) {
    if (k.name === name) out.push(k);
    collect(k, name, out);
  }
  return out;
}
