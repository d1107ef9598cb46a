import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import type { DocumentProperties } from '../../document/tender-document.js';
import { renderFooter } from './footer.js';
import { PAGE } from './page-setup.js';
import { type DocumentIdentity, identityProperties } from './document-identity.js';
import type { DocxLabels } from './render-context.js';
import { documentStyles } from './styles.js';
import { wordLanguage } from './word-language.js';

/** Stands in the body docx writes, for the body the renderer writes itself. */
export const BODY_PLACEHOLDER = 'TENDERKIT-BODY-PLACEHOLDER';

/**
 * The parts of the package that docx writes: content types, relationships, styles, settings (updateFields), the
 * footer, core properties, theme and fonts, around a body that is only a placeholder. The body is written as
 * WordprocessingML directly: through docx's object model a 5,000-requirement document takes many times longer.
 */
export async function packageParts(
  properties: DocumentProperties,
  labels: DocxLabels,
  identity?: DocumentIdentity,
): Promise<Map<string, Uint8Array>> {
  const word = new Document({
    title: properties.title,
    subject: properties.subject,
    creator: properties.creator,
    keywords: properties.keywords.join(', '),
    description: properties.description,
    lastModifiedBy: properties.creator,
    revision: 1,
    customProperties: identityProperties(identity),
    features: { updateFields: true },
    styles: documentStyles(wordLanguage(properties.language)),
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
        children: [new Paragraph({ children: [new TextRun(BODY_PLACEHOLDER)] })],
      },
    ],
  });
  const packed = await Packer.toBuffer(word);
  const parts = unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
  return new Map(Object.entries(parts));
}
