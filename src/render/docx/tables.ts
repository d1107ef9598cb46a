import type { AlignType, Table, TableCell } from 'mdast';
import { renderInline } from './inline.js';
import { TEXT_WIDTH } from './page-setup.js';
import { paragraph, type Alignment } from './paragraphs.js';
import type { RenderContext } from './render-context.js';
import { COLOR, STYLE } from './styles.js';

/** Column widths in twips that fill the text width: the table's percentages when they fit its columns, else equal. */
export function columnWidths(columns: number, percent: readonly number[] | undefined, total = TEXT_WIDTH): number[] {
  const weights =
    percent && percent.length === columns && percent.every((w) => w > 0) ? percent : Array<number>(columns).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const RULE = `w:val="single" w:sz="4" w:space="0" w:color="${COLOR.rule}"`;
const TABLE_PROPERTIES =
  `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
  `<w:tblBorders><w:top ${RULE}/><w:left ${RULE}/><w:bottom ${RULE}/><w:right ${RULE}/><w:insideH ${RULE}/><w:insideV ${RULE}/></w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>' +
  '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>';

/**
 * A GFM table over the text width with fixed column widths. Its first row is a header repeated on every page, unless
 * the table is a key/value block, whose first column is set in bold on a light fill instead. Rows do not break
 * across pages.
 */
export function renderTable(table: Table, context: RenderContext): string {
  const columns = Math.max(1, ...table.children.map((r) => r.children.length));
  const widths = columnWidths(columns, table.data?.widths);
  const keyValue = table.data?.keyValue === true;
  const out = [
    `<w:tbl><w:tblPr>${TABLE_PROPERTIES}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  table.children.forEach((row, index) => {
    const header = index === 0 && !keyValue;
    out.push(`<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`);
    for (let column = 0; column < columns; column++) {
      const fill = header ? COLOR.accent : keyValue && column === 0 ? COLOR.fill : undefined;
      out.push(
        cell(row.children[column], widths[column]!, fill, {
          style: header ? STYLE.tableHeading : STYLE.tableText,
          align: table.align?.[column] ?? null,
          bold: keyValue && column === 0,
          context,
        }),
      );
    }
    out.push('</w:tr>');
  });
  out.push('</w:tbl>');
  return out.join('');
}

interface CellText {
  style: string;
  align: AlignType;
  bold: boolean;
  context: RenderContext;
}

function cell(node: TableCell | undefined, width: number, fill: string | undefined, text: CellText): string {
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  const content = renderInline(node?.children ?? [], text.context, text.bold ? { bold: true } : {});
  const align: Alignment | undefined = text.align ?? undefined;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${paragraph({ style: text.style, ...(align ? { align } : {}) }, content)}</w:tc>`;
}
