import { Document, Packer } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { TenderDocument } from '../../document/tender-document.js';
import { renderBlocks } from './blocks.js';
import { BookmarkNames } from './bookmark-names.js';
import { renderFooter } from './footer.js';
import { normaliseDocx } from './normalise-zip.js';
import { ListNumbering } from './numbering.js';
import { PAGE } from './page-setup.js';
import { DOCX_EN, type DocxLabels, type RenderContext } from './render-context.js';
import { documentStyles } from './styles.js';
import { wordLanguage } from './word-language.js';

export interface DocxOptions {
  /** the words the rendering adds (contents title, "Page X of Y"); English by default */
  labels?: DocxLabels;
}

/** The tender document as a Word file: the same document gives the same bytes. */
export async function renderDocx(document: TenderDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { tree, properties } = document;
  const labels = options.labels ?? DOCX_EN;
  const context: RenderContext = {
    bookmarks: BookmarkNames.of(tree.children),
    lists: new ListNumbering(),
    labels,
    pageBreakPending: false,
  };
  const children = renderBlocks(tree.children, context);
  const word = new Document({
    title: properties.title,
    subject: properties.subject,
    creator: properties.creator,
    keywords: properties.keywords.join(', '),
    description: properties.description,
    lastModifiedBy: properties.creator,
    revision: 1,
    features: { updateFields: true },
    ...(process.env.DOCX_PAGES ? { pageNumbers: estimatePageNumbers } : {}),
    styles: documentStyles(wordLanguage(properties.language)),
    numbering: context.lists.definitions(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        footers: { default: renderFooter(properties.footer, labels) },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(word);
  return normaliseDocx(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), properties.date);
}
