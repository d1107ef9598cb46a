import type { AlignType, Table as MdTable, TableCell as MdCell } from 'mdast';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ITableCellOptions,
} from 'docx';
import { renderInline } from './inline.js';
import { TEXT_WIDTH } from './page-setup.js';
import type { RenderContext } from './render-context.js';
import { COLOR, STYLE } from './styles.js';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

/** Column widths in twips that fill the text width: the table's percentages when they fit its columns, else equal. */
export function columnWidths(columns: number, percent: readonly number[] | undefined, total = TEXT_WIDTH): number[] {
  const weights = percent && percent.length === columns && percent.every((w) => w > 0) ? percent : Array<number>(columns).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const ALIGN: Record<NonNullable<AlignType>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/**
 * A GFM table over the text width with fixed column widths. Its first row is a header repeated on every page, unless
 * the table is a key/value block, whose first column is set in bold on a light fill instead.
 */
export function renderTable(table: MdTable, context: RenderContext): Table {
  const columns = Math.max(1, ...table.children.map((r) => r.children.length));
  const widths = columnWidths(columns, table.data?.widths);
  const keyValue = table.data?.keyValue === true;
  const rows = table.children.map((row, index) => {
    const header = index === 0 && !keyValue;
    const cells = Array.from({ length: columns }, (_, column) =>
      renderCell(row.children[column], {
        width: widths[column]!,
        align: table.align?.[column] ?? null,
        header,
        key: keyValue && column === 0,
        context,
      }),
    );
    return new TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
  });
}

interface CellSettings {
  width: number;
  align: AlignType;
  header: boolean;
  key: boolean;
  context: RenderContext;
}

function renderCell(cell: MdCell | undefined, { width, align, header, key, context }: CellSettings): TableCell {
  const children = renderInline(cell?.children ?? [], context, key ? { bold: true } : {});
  const paragraph = new Paragraph({
    style: header ? STYLE.tableHeading : STYLE.tableText,
    children,
    ...(align ? { alignment: ALIGN[align] } : {}),
  });
  const options: ITableCellOptions = {
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: 'clear', color: 'auto', fill: COLOR.accent } } : {}),
    ...(key ? { shading: { type: 'clear', color: 'auto', fill: COLOR.fill } } : {}),
  };
  return new TableCell(options);
}
