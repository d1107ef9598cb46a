import { reproducibleZip, type ZipEntry } from '../../lib/zip/reproducible-zip.js';
import { STYLE_INDEX, STYLES_XML } from './styles.js';
import type { Cell, ListValidation, Row, Sheet, Workbook } from './workbook-model.js';
import { xmlAttribute, xmlText } from '../../lib/xml/escape.js';
import { columnLetter, excelEscape } from './xml-text.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel refuses longer cell texts. */
export const MAX_CELL_CHARS = 32767;
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * A workbook as .xlsx bytes, written directly as SpreadsheetML: every text is a shared string (never a formula),
 * parts and zip entries come in a fixed order, and the only date is the one in the properties.
 */
export function writeWorkbook(book: Workbook): Uint8Array {
  const strings = new SharedStrings();
  const sheetXml = book.sheets.map((s, i) => sheetPart(s, strings, i === 0));
  const entries: ZipEntry[] = [
    text('[Content_Types].xml', contentTypes(book.sheets.length)),
    text('_rels/.rels', rootRels()),
    text('docProps/app.xml', appProperties(book)),
    text('docProps/core.xml', coreProperties(book)),
    text('xl/workbook.xml', workbookPart(book)),
    text('xl/_rels/workbook.xml.rels', workbookRels(book.sheets.length)),
    text('xl/styles.xml', STYLES_XML),
    ...sheetXml.map((xml, i) => text(`xl/worksheets/sheet${i + 1}.xml`, xml)),
    text('xl/sharedStrings.xml', strings.part()),
  ];
  return reproducibleZip(entries, book.properties.date);
}

const encoder = new TextEncoder();
function text(name: string, xml: string): ZipEntry {
  return { name, bytes: encoder.encode(xml) };
}

/** A cell's text as stored: Excel's length limit applied the same way by the writer and any reader. */
export function cellText(value: string): string {
  const normalised = value.replace(/\r\n?/g, '\n');
  return normalised.length > MAX_CELL_CHARS ? `${normalised.slice(0, MAX_CELL_CHARS - 1)}…` : normalised;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  add(value: string): number {
    this.uses++;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(value, i);
      this.list.push(value);
    }
    return i;
  }

  part(): string {
    const items = this.list.map((s) => {
      const escaped = xmlText(excelEscape(s));
      return /^\s|\s$|\n/.test(s) ? `<si><t xml:space="preserve">${escaped}</t></si>` : `<si><t>${escaped}</t></si>`;
    });
    return `${DECL}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

function cellXml(cell: Cell, ref: string, strings: SharedStrings): string {
  const s = STYLE_INDEX[cell.style];
  if (cell.value === null || cell.value === '') return `<c r="${ref}" s="${s}"/>`;
  if (typeof cell.value === 'number')
    return `<c r="${ref}" s="${s}"><v>${Number.isFinite(cell.value) ? cell.value : 0}</v></c>`;
  return `<c r="${ref}" s="${s}" t="s"><v>${strings.add(cellText(cell.value))}</v></c>`;
}

/** Lines a wrapped text takes in a column of this width; widths are in characters of the default font. */
function linesIn(value: Cell['value'], width: number): number {
  if (value === null || typeof value === 'number') return 1;
  const perLine = Math.max(1, Math.floor(width * 1.05) - 1);
  return cellText(value)
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

export function rowHeight(row: Row, columns: readonly number[]): number {
  if (row.height !== undefined) return row.height;
  const lines = Math.max(1, ...row.cells.map((c, i) => linesIn(c.value, columns[i] ?? 10)));
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
}

function lastRef(sheet: Sheet): string {
  const width = Math.max(1, sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));
  return `${columnLetter(width - 1)}${Math.max(1, sheet.rows.length)}`;
}

function sheetPart(sheet: Sheet, strings: SharedStrings, first: boolean): string {
  const out: string[] = [DECL, `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`];
  out.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(`<dimension ref="A1:${lastRef(sheet)}"/>`);
  const selection = `<selection pane="${sheet.freezeRows ? 'bottomLeft' : 'topLeft'}" activeCell="${sheet.activeCell}" sqref="${sheet.activeCell}"/>`;
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  out.push(
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}${selection}</sheetView></sheetViews>`,
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push('<cols>');
  sheet.columns.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
  out.push('</cols><sheetData>');
  sheet.rows.forEach((row, r) => {
    const cells = row.cells.map((c, i) => cellXml(c, `${columnLetter(i)}${r + 1}`, strings)).join('');
    out.push(
      `<row r="${r + 1}" spans="1:${Math.max(1, row.cells.length)}" ht="${rowHeight(row, sheet.columns)}" customHeight="1">${cells}</row>`,
    );
  });
  out.push('</sheetData>');
  if (sheet.protect) {
    // no password: the lock guards against slips, and `tenderkit responses` detects any change to locked cells
    out.push(
      '<sheetProtection sheet="1" objects="1" scenarios="1" autoFilter="0" sort="1" formatColumns="0" formatRows="0"/>',
    );
  }
  if (sheet.autoFilter) out.push(`<autoFilter ref="A1:${lastRef(sheet)}"/>`);
  if (sheet.validations.length) {
    out.push(`<dataValidations count="${sheet.validations.length}">`);
    for (const v of sheet.validations) out.push(validationXml(v));
    out.push('</dataValidations>');
  }
  out.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.push(
    `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`,
  );
  out.push('</worksheet>');
  return out.join('');
}

function validationXml(v: ListValidation): string {
  const col = columnLetter(v.column);
  const kind = v.kind ?? 'list';
  const messages =
    ` errorTitle="${xmlAttribute(v.errorTitle)}" error="${xmlAttribute(v.error)}" promptTitle="${xmlAttribute(v.promptTitle)}" prompt="${xmlAttribute(v.prompt)}"` +
    ` sqref="${col}${v.fromRow}:${col}${v.toRow}">`;
  const open = (type: string, operator: string) =>
    `<dataValidation type="${type}"${operator ? ` operator="${operator}"` : ''} allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"${messages}`;
  if (kind === 'list')
    return `${open('list', '')}<formula1>${xmlText(`"${v.values.join(',')}"`)}</formula1></dataValidation>`;
  if (v.max !== undefined)
    return `${open(kind, 'between')}<formula1>${v.min ?? 0}</formula1><formula2>${v.max}</formula2></dataValidation>`;
  return `${open(kind, 'greaterThanOrEqual')}<formula1>${v.min ?? 0}</formula1></dataValidation>`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookPart(book: Workbook): string {
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${xmlAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const names: string[] = [];
  book.sheets.forEach((s, i) => {
    const last = lastRef(s).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
    if (s.autoFilter)
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(quoteSheet(s.name))}!$A$1:${last}</definedName>`,
      );
    if (s.freezeRows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quoteSheet(s.name))}!$1:$${s.freezeRows}</definedName>`,
      );
  });
  for (const n of book.names ?? []) {
    const ref = n.cell.replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
    names.push(`<definedName name="${xmlAttribute(n.name)}">${xmlText(quoteSheet(n.sheet))}!${ref}</definedName>`);
  }
  return (
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr/>' +
    '<workbookProtection lockStructure="1"/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

function workbookRels(sheetCount: number): string {
  const rels: string[] = [];
  for (let i = 1; i <= sheetCount; i++) {
    rels.push(`<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  }
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${DECL}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
}

function rootRels(): string {
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

function contentTypes(sheetCount: number): string {
  const sheets: string[] = [];
  for (let i = 1; i <= sheetCount; i++) {
    sheets.push(
      `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  }
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

/** W3CDTF without milliseconds, as Office writes it. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coreProperties(book: Workbook): string {
  const p = book.properties;
  const el = (name: string, value: string) => (value ? `<${name}>${xmlText(value)}</${name}>` : '');
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.creator) +
    el('cp:keywords', p.keywords.join(', ')) +
    el('dc:description', p.description) +
    el('dc:language', p.language) +
    el('cp:lastModifiedBy', p.creator) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.date)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.date)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appProperties(book: Workbook): string {
  const names = book.sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('');
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>tenderkit</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${book.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${book.sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    (book.properties.company ? `<Company>${xmlText(book.properties.company)}</Company>` : '') +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  );
}
