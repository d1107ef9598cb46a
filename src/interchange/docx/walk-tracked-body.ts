import { type XmlElement, childElements, textContent } from '../../lib/xml/safe-xml.js';

/** The text of one field of one requirement in the edited document, before and after its tracked changes. */
export interface FieldText {
  requirement: string;
  field: string;
  from: string;
  to: string;
  authors: Set<string>;
  changed: boolean;
}

/** A tracked change outside every requirement. */
export interface LooseChange {
  kind: 'insertion' | 'deletion';
  text: string;
  author: string;
}

export interface WalkedBody {
  fields: FieldText[];
  unmapped: LooseChange[];
  /** where each comment starts: the requirement and field it is anchored in, if any */
  commentAnchors: Map<string, { requirement: string; field: string } | undefined>;
  /** requirement bookmarks found in the document */
  bookmarks: Set<string>;
}

type Mode = 'both' | 'from' | 'to';

/**
 * Walks word/document.xml in reading order and collects, per requirement and field, the text with every tracked
 * change rejected (`from`) and accepted (`to`). A requirement starts at a heading that carries one of the
 * requirement bookmarks (`bookmarkToId`) and ends at the next heading; fields follow the layout the renderer
 * writes: the heading is the title, the label line holds obligation and verification, a "Label" paragraph opens a
 * section, the other paragraphs before the first section are the statement. Run splits, rsid attributes, proofing
 * marks and other bookmarks (`_GoBack`, `_Toc…`) do not matter.
 */
export function walkTrackedBody(document: XmlElement, bookmarkToId: Map<string, string>): WalkedBody {
  const fields = new Map<string, FieldText>();
  const unmapped: LooseChange[] = [];
  const commentAnchors = new Map<string, { requirement: string; field: string } | undefined>();
  const bookmarks = new Set<string>();
  let requirement: string | undefined;
  let field = 'statement';
  let paragraphStarted = false;

  const current = (): FieldText | undefined => {
    if (requirement === undefined) return undefined;
    const key = `${requirement}\u0000${field}`;
    let entry = fields.get(key);
    if (!entry) {
      entry = { requirement, field, from: '', to: '', authors: new Set(), changed: false };
      fields.set(key, entry);
    }
    return entry;
  };
  const append = (text: string, mode: Mode, author?: string): void => {
    const entry = current();
    if (!entry) {
      if (mode !== 'both' && text.trim() !== '') {
        const last = unmapped.at(-1);
        const kind = mode === 'to' ? 'insertion' : 'deletion';
        if (last && last.kind === kind && last.author === (author ?? '')) last.text += text;
        else unmapped.push({ kind, text, author: author ?? '' });
      }
      return;
    }
    if (paragraphStarted) {
      if (entry.from !== '') entry.from += '\n';
      if (entry.to !== '') entry.to += '\n';
      paragraphStarted = false;
    }
    if (mode !== 'to') entry.from += text;
    if (mode !== 'from') entry.to += text;
    if (mode !== 'both') {
      entry.changed = true;
      if (author) entry.authors.add(author);
    }
  };

  const visit = (e: XmlElement, mode: Mode, author?: string): void => {
    switch (e.name) {
      case 'p':
        paragraph(e, mode, author);
        return;
      case 'ins':
      case 'moveTo':
        for (const k of childElements(e)) visit(k, 'to', e.attributes['w:author']);
        return;
      case 'del':
      case 'moveFrom':
        for (const k of childElements(e)) visit(k, 'from', e.attributes['w:author']);
        return;
      case 't':
      case 'delText':
        append(textContent(e), mode, author);
        return;
      case 'tab':
        append('\t', mode, author);
        return;
      case 'br':
      case 'cr':
        append('\n', mode, author);
        return;
      case 'commentRangeStart': {
        const id = e.attributes['w:id'];
        if (id !== undefined) commentAnchors.set(id, requirement === undefined ? undefined : { requirement, field });
        return;
      }
      case 'pPr':
      case 'rPr':
      case 'sectPr':
      case 'instrText':
      case 'delInstrText':
        return;
      default:
        for (const k of childElements(e)) visit(k, mode, author);
    }
  };

  const paragraph = (p: XmlElement, mode: Mode, author?: string): void => {
    const style = childElements(p, 'pPr')
      .flatMap((pPr) => childElements(pPr, 'pStyle'))
      .map((s) => s.attributes['w:val'] ?? '')[0];
    if (style !== undefined && /^(Heading\d|Title)$/i.test(style)) {
      const names = collect(p, 'bookmarkStart').map((b) => b.attributes['w:name'] ?? '');
      for (const n of names) if (bookmarkToId.has(n)) bookmarks.add(n);
      const id = names.map((n) => bookmarkToId.get(n)).find((x) => x !== undefined);
      requirement = id;
      field = 'title';
    } else if (requirement !== undefined && style === 'Label') {
      const label = textContent(p).trim();
      field = /^Obligation:/.test(label) || /:/.test(label) ? 'obligation' : `sections.${label}`;
    } else if (requirement !== undefined && /^References:/.test(textContent(p).trim())) {
      field = 'references';
    } else if (requirement !== undefined && ['title', 'obligation', 'verification'].includes(field)) {
      field = 'statement';
    }
    paragraphStarted = true;
    for (const k of childElements(p)) {
      if (field === 'obligation' && k.name === 'r' && /^Verification:/.test(textContent(k).trim())) {
        field = 'verification';
        paragraphStarted = false;
      }
      visit(k, mode, author);
    }
    // a deleted or inserted paragraph mark joins or splits paragraphs; the text is what counts here
  };

  const body = childElements(document, 'body')[0] ?? document;
  for (const k of childElements(body)) visit(k, 'both');

  const result = [...fields.values()].map((f) => ({ ...f, from: tidy(f.from, f.field), to: tidy(f.to, f.field) }));
  return { fields: result, unmapped, commentAnchors, bookmarks };
}

function collect(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const k of childElements(e)) {
    if (k.name === name) out.push(k);
    collect(k, name, out);
  }
  return out;
}

/** Drops the labels and numbers the renderer adds, so a field reads as the catalogue writes it. */
function tidy(text: string, field: string): string {
  let t = text;
  if (field === 'title') t = t.replace(/^[\d.]+\t/, '').replace(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+ /, '');
  if (field === 'obligation') t = t.replace(/^Obligation:/, '');
  if (field === 'verification') t = t.replace(/^Verification:/, '');
  if (field === 'references') t = t.replace(/^References:/, '');
  if (field.startsWith('sections.')) t = t.replace(/^[^\n]*\n?/, '');
  return t.trim();
}
