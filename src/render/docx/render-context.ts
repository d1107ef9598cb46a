import { EN, type Labels } from '../../load/frame/labels.js';
import type { ListNumbering } from './numbering.js';
import type { DocumentOutline } from './outline.js';

/** The frame words the Word rendering adds itself (the contents title, the footer's page numbers). */
export type DocxLabels = Pick<Labels, 'contents' | 'page' | 'of'> & {
  /** shown in place of the contents when no heading is listed yet */
  updateContents: string;
};

export const DOCX_EN: DocxLabels = {
  contents: EN.contents,
  page: EN.page,
  of: EN.of,
  updateContents: 'Update this field to list the contents (in Word: right-click, Update Field).',
};

/** The external hyperlink targets of a document, each with its relationship id (one per distinct address). */
export class ExternalLinks {
  private readonly ids = new Map<string, string>();

  idOf(url: string): string {
    let id = this.ids.get(url);
    if (id === undefined) this.ids.set(url, (id = `rIdLink${this.ids.size + 1}`));
    return id;
  }

  entries(): Array<[url: string, id: string]> {
    return [...this.ids];
  }
}

/** What the block and inline writers share while one document is rendered. */
export interface RenderContext {
  readonly outline: DocumentOutline;
  readonly lists: ListNumbering;
  readonly links: ExternalLinks;
  readonly labels: DocxLabels;
  /** the next w:id for a bookmark */
  nextBookmarkId: number;
  /** Word's language of the block being written, when a node of the tree says its text is in another language */
  lang?: string | undefined;
  /** set by a pageBreak node: the next block starts a new page */
  pageBreakPending: boolean;
}

/** What a container (a block quote, a list item) passes on to the blocks inside it. */
export interface BlockSettings {
  /** paragraph style for plain paragraphs */
  readonly style?: string;
  /** left indent in twips, for the paragraphs after the first in a list item */
  readonly indent?: number;
}
