import { TEXT_WIDTH } from './page-setup.js';
import { paragraph } from './paragraphs.js';
import type { RenderContext } from './render-context.js';
import { fieldRuns, TAB_RUN, textRun } from './runs.js';
import { STYLE } from './styles.js';

/**
 * The contents on a page of their own: a title, then a TOC field (in the content control Word gives its own tables of
 * contents) whose result is already the list of headings, each a hyperlink to its bookmark with a PAGEREF field for
 * the page. The field is marked dirty and the settings ask to update fields, so Word fills in the page numbers on
 * opening. A document without any heading to list gets an instruction instead, so the field result is never empty.
 */
export function renderContents(depth: number, context: RenderContext): string {
  const levels = Math.min(Math.max(depth, 1), 9);
  const title = paragraph({ style: STYLE.tocHeading, pageBreakBefore: true }, textRun(context.labels.contents));
  const begin = fieldBegin(`TOC \\o "1-${levels}" \\h \\z \\u`);
  const entries = context.outline.entries.filter((e) => e.level <= levels);
  const tab = { position: TEXT_WIDTH, leader: 'dot' } as const;
  const body: string[] = [];
  if (entries.length === 0) {
    body.push(paragraph({ style: STYLE.note }, begin + textRun(context.labels.updateContents)));
  } else {
    entries.forEach((entry, i) => {
      const link = `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">${textRun(entry.text)}${TAB_RUN}${fieldRuns(`PAGEREF ${entry.bookmark} \\h`, '')}</w:hyperlink>`;
      body.push(paragraph({ style: `TOC${entry.level}`, rightTab: tab }, (i === 0 ? begin : '') + link));
    });
  }
  body.push(paragraph({}, '<w:r><w:fldChar w:fldCharType="end"/></w:r>'));
  return (
    title +
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
    `<w:sdtContent>${body.join('')}</w:sdtContent></w:sdt>`
  );
}

/** The opening of the TOC field, up to its result; it ends in the last paragraph of the contents. */
function fieldBegin(instruction: string): string {
  return (
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
  );
}
