import type { TenderDocument } from '../../document/tender-document.js';
import type { DocumentIdentity } from './document-identity.js';
import { assemblePackage, writeDocument } from './assemble-package.js';
import { blocksXml } from './blocks.js';
import { ListNumbering } from './numbering.js';
import { DocumentOutline } from './outline.js';
import { packageParts } from './package-parts.js';
import { DOCX_EN, ExternalLinks, type DocxLabels, type RenderContext } from './render-context.js';
import { reproducibleZip } from '../../lib/zip/reproducible-zip.js';
import { packageEntries } from './package-order.js';

export interface DocxOptions {
  /** the words the rendering adds (contents title, "Page X of Y"); English by default */
  labels?: DocxLabels;
  /** where the document comes from, as custom properties that `import docx` checks */
  identity?: DocumentIdentity;
}

/** The tender document as a Word file. The same document gives the same bytes, in any process. */
export async function renderDocx(document: TenderDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { tree, properties } = document;
  const labels = options.labels ?? DOCX_EN;
  const parts = await packageParts(properties, labels, options.identity);
  const context: RenderContext = {
    outline: new DocumentOutline(tree.children),
    lists: new ListNumbering(),
    links: new ExternalLinks(),
    labels,
    nextBookmarkId: 1,
    pageBreakPending: false,
  };
  // the body first: writing it numbers the lists and collects the hyperlinks
  const written = writeDocument(parts, blocksXml(tree.children, context));
  const assembled = assemblePackage(parts, {
    document: written,
    numbering: context.lists.toXml(),
    links: context.links.entries(),
    date: properties.date,
  });
  return reproducibleZip(packageEntries(assembled), properties.date);
}
