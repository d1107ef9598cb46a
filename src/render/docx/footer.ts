import { Footer, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { TEXT_WIDTH } from './page-setup.js';
import type { DocxLabels } from './render-context.js';
import { STYLE } from './styles.js';

/** The footer of every page: the document's footer text on the left, "Page X of Y" (PAGE and NUMPAGES fields) on the right. */
export function renderFooter(text: string, labels: DocxLabels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun(text),
          new TextRun({
            children: [new Tab(), `${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
