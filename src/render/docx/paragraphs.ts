import { COLOR } from './styles.js';
import { xmlAttribute } from '../../lib/xml/escape.js';

export type Alignment = 'left' | 'center' | 'right';

/** The paragraph properties the renderer sets directly; the rest comes from styles. */
export interface ParagraphFormat {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly numbering?: { readonly numId: number; readonly level: number };
  readonly rule?: boolean;
  readonly spaceBefore?: number;
  readonly indentLeft?: number;
  readonly align?: Alignment;
  readonly rightTab?: { readonly position: number; readonly leader?: 'dot' };
}

/** Paragraph properties in the schema's order (pStyle, keepNext, pageBreakBefore, numPr, pBdr, tabs, spacing, ind, jc). */
function paragraphProperties(f: ParagraphFormat): string {
  let p = '';
  if (f.style) p += `<w:pStyle w:val="${xmlAttribute(f.style)}"/>`;
  if (f.keepNext) p += '<w:keepNext/>';
  if (f.pageBreakBefore) p += '<w:pageBreakBefore/>';
  if (f.numbering)
    p += `<w:numPr><w:ilvl w:val="${f.numbering.level}"/><w:numId w:val="${f.numbering.numId}"/></w:numPr>`;
  if (f.rule) p += `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${COLOR.rule}"/></w:pBdr>`;
  if (f.rightTab)
    p += `<w:tabs><w:tab w:val="right"${f.rightTab.leader ? ` w:leader="${f.rightTab.leader}"` : ''} w:pos="${f.rightTab.position}"/></w:tabs>`;
  if (f.spaceBefore !== undefined) p += `<w:spacing w:before="${f.spaceBefore}"/>`;
  if (f.indentLeft !== undefined) p += `<w:ind w:left="${f.indentLeft}"/>`;
  if (f.align) p += `<w:jc w:val="${f.align}"/>`;
  return p === '' ? '' : `<w:pPr>${p}</w:pPr>`;
}

/** A paragraph around content that is already WordprocessingML (runs, hyperlinks, bookmarks). */
export function paragraph(format: ParagraphFormat, content: string): string {
  return `<w:p>${paragraphProperties(format)}${content}</w:p>`;
}
