import { xmlAttribute, xmlText } from '../../lib/xml/escape.js';

/** The character formatting of a run. */
export interface RunFormat {
  readonly style?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly superScript?: boolean;
  /** Word's language of the text (e.g. en-GB), when it differs from the document's: spell-checking follows it */
  readonly lang?: string;
}

/** Run properties in the order the schema wants them (rStyle, b, i, strike, vertAlign, lang). */
function runProperties(f: RunFormat): string {
  let p = '';
  if (f.style) p += `<w:rStyle w:val="${xmlAttribute(f.style)}"/>`;
  if (f.bold) p += '<w:b/><w:bCs/>';
  if (f.italics) p += '<w:i/><w:iCs/>';
  if (f.strike) p += '<w:strike/>';
  if (f.superScript) p += '<w:vertAlign w:val="superscript"/>';
  if (f.lang) p += `<w:lang w:val="${xmlAttribute(f.lang)}"/>`;
  return p === '' ? '' : `<w:rPr>${p}</w:rPr>`;
}

/** A run of text (already cleaned of characters XML forbids). */
export function textRun(text: string, format: RunFormat = {}): string {
  return `<w:r>${runProperties(format)}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

export const LINE_BREAK_RUN = '<w:r><w:br/></w:r>';
export const TAB_RUN = '<w:r><w:tab/></w:r>';
export const PAGE_BREAK_RUN = '<w:r><w:br w:type="page"/></w:r>';

/** The runs of a complex field: begin, instruction, separate, result, end. `dirty` asks Word to update it on opening. */
export function fieldRuns(instruction: string, result: string, dirty = false): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ''}/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> ${xmlText(instruction)} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    result +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}
