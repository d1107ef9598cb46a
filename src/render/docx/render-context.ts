import { EN, type Labels } from '../../document/labels.js';
import type { BookmarkNames } from './bookmark-names.js';
import type { ListNumbering } from './numbering.js';

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

/** What the block and inline renderers share while one document is rendered. */
export interface RenderContext {
  readonly bookmarks: BookmarkNames;
  readonly lists: ListNumbering;
  readonly labels: DocxLabels;
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
