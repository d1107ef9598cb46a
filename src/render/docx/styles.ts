import { AlignmentType, BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { TEXT_WIDTH } from './page-setup.js';

/** The house look of a tender document: one sans-serif family, dark-blue headings, quiet tables. */
export const FONT = 'Arial';
export const MONO_FONT = 'Courier New';
export const COLOR = {
  text: '1A1A1A',
  accent: '1F3864',
  muted: '595959',
  rule: 'BFBFBF',
  fill: 'F2F2F2',
  link: '1F5FA8',
  white: 'FFFFFF',
} as const;

/** Paragraph style ids used by the renderer. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  coverHeading: 'CoverHeading',
  tocHeading: 'TOCHeading',
  label: 'Label',
  note: 'Note',
  small: 'Small',
  quote: 'Quote',
  code: 'Code',
  listParagraph: 'ListParagraph',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  footer: 'Footer',
  inlineCode: 'InlineCode',
  hyperlink: 'Hyperlink',
} as const;

/** Where a heading's number ends and its text starts, per level: the hanging indent keeps wrapped lines aligned. */
export const HEADING_NUMBER_TAB = [851, 851, 851] as const;

const pt = (points: number) => Math.round(points * 2);

function headingStyle(
  level: 1 | 2 | 3,
  size: number,
  before: number,
  after: number,
  color: string,
): IParagraphStyleOptions {
  const tab: number = HEADING_NUMBER_TAB[level - 1]!;
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: pt(size), bold: true, color },
    paragraph: {
      spacing: { before, after, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      indent: { left: tab, hanging: tab },
      leftTabStop: tab,
      ...(level === 1
        ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.accent, space: 4 } } }
        : {}),
    },
  };
}

/** Paragraph and character styles, with the document defaults carrying the font and the language. */
export function documentStyles(language: string): IStylesOptions {
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(10), color: COLOR.text },
      paragraph: { spacing: { before: 0, after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(26), bold: true, color: COLOR.accent },
      paragraph: { spacing: { before: 2400, after: 240, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(14), color: COLOR.muted },
      paragraph: { spacing: { before: 0, after: 600 }, keepNext: true },
    },
    headingStyle(1, 16, 360, 200, COLOR.accent),
    headingStyle(2, 12, 320, 120, COLOR.accent),
    headingStyle(3, 11, 240, 80, COLOR.text),
    {
      id: STYLE.coverHeading,
      name: 'Cover Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: pt(13), bold: true, color: COLOR.accent },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    {
      id: STYLE.tocHeading,
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: pt(16), bold: true, color: COLOR.accent },
      paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 40 }, rightTabStop: TEXT_WIDTH },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { before: 0, after: 20 }, indent: { left: 284 }, rightTabStop: TEXT_WIDTH },
    },
    {
      id: 'TOC3',
      name: 'toc 3',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(9) },
      paragraph: { spacing: { before: 0, after: 0 }, indent: { left: 567 }, rightTabStop: TEXT_WIDTH },
    },
    {
      id: STYLE.label,
      name: 'Label',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pt(9), color: COLOR.muted },
      paragraph: { spacing: { before: 60, after: 80 }, keepNext: true },
    },
    {
      id: STYLE.note,
      name: 'Note',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(9), italics: true, color: COLOR.muted },
    },
    {
      id: STYLE.small,
      name: 'Small',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(8.5) },
    },
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: COLOR.muted },
      paragraph: {
        spacing: { before: 120, after: 120 },
        indent: { left: 567, right: 567 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOR.rule, space: 8 } },
      },
    },
    {
      id: STYLE.code,
      name: 'Code',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: MONO_FONT, size: pt(8.5) },
      paragraph: {
        spacing: { before: 60, after: 120, line: 240, lineRule: LineRuleType.AUTO },
        shading: { type: 'clear', color: 'auto', fill: COLOR.fill },
        indent: { left: 113, right: 113 },
        keepLines: true,
      },
    },
    {
      id: STYLE.listParagraph,
      name: 'List Paragraph',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { before: 0, after: 60 } },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: pt(9) },
      paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE.tableText,
      run: { bold: true, color: COLOR.white },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      run: { size: pt(8), color: COLOR.muted },
      paragraph: {
        spacing: { before: 0, after: 0 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        alignment: AlignmentType.LEFT,
      },
    },
  ];
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(10), language: { value: language } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      hyperlink: { run: { color: COLOR.link, underline: { type: 'single', color: COLOR.link } } },
    },
    paragraphStyles,
    characterStyles: [
      {
        id: STYLE.inlineCode,
        name: 'Inline Code',
        basedOn: 'DefaultParagraphFont',
        run: { font: MONO_FONT, size: pt(9), shading: { type: 'clear', color: 'auto', fill: COLOR.fill } },
      },
    ],
  };
}
