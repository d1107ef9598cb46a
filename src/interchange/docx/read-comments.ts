import { type XmlElement, childElements, descendants, textContent } from '../../lib/xml/safe-xml.js';

export interface DocxComment {
  id: string;
  author: string;
  date: string;
  text: string;
  resolved: boolean;
  /** the id of the comment this one answers */
  replyTo?: string | undefined;
}

/**
 * The comments of word/comments.xml, with replies and resolved state from word/commentsExtended.xml (matched by
 * the paraId of each comment's last paragraph, as Word writes it).
 */
export function readComments(comments: XmlElement | undefined, extended: XmlElement | undefined): DocxComment[] {
  if (!comments) return [];
  const byPara = new Map<string, { parent: string | undefined; done: boolean }>();
  for (const ex of extended ? descendants(extended, 'commentEx') : []) {
    const para = ex.attributes['w15:paraId'];
    if (para) byPara.set(para, { parent: ex.attributes['w15:paraIdParent'], done: ex.attributes['w15:done'] === '1' });
  }
  const idOfPara = new Map<string, string>();
  const out: DocxComment[] = [];
  const lastPara = new Map<string, string>();
  for (const c of childElements(comments, 'comment')) {
    const id = c.attributes['w:id'] ?? '';
    const paragraphs = descendants(c, 'p');
    const text = paragraphs
      .map((p) => descendants(p, 't').map(textContent).join(''))
      .join('\n')
      .trim();
    const last = paragraphs.at(-1)?.attributes['w14:paraId'];
    if (last) {
      idOfPara.set(last, id);
      lastPara.set(id, last);
    }
    out.push({ id, author: c.attributes['w:author'] ?? '', date: c.attributes['w:date'] ?? '', text, resolved: false });
  }
  for (const c of out) {
    const ex = byPara.get(lastPara.get(c.id) ?? '');
    if (!ex) continue;
    c.resolved = ex.done;
    if (ex.parent) c.replyTo = idOfPara.get(ex.parent);
  }
  return out;
}
