import { xmlAttribute } from '../../lib/xml/escape.js';
import { FONT } from './styles.js';

/** How far each list level is indented, and how far its number hangs to the left of the text, in twips. */
export const LIST_INDENT_STEP = 425;
export const LIST_HANGING = 283;
export const MAX_LIST_LEVEL = 8;

export function listIndent(level: number): number {
  return LIST_INDENT_STEP * (Math.min(level, MAX_LIST_LEVEL) + 1);
}

const BULLETS = ['\u2022', '\u2013', '\u25AA'] as const;
const ORDERED = [
  { format: 'decimal', text: (n: number) => `%${n}.` },
  { format: 'lowerLetter', text: (n: number) => `%${n})` },
  { format: 'lowerRoman', text: (n: number) => `%${n}.` },
] as const;

type Kind = 'bullet' | 'ordered';

function level(kind: Kind, ilvl: number): string {
  const indent = `<w:pPr><w:ind w:left="${listIndent(ilvl)}" w:hanging="${LIST_HANGING}"/></w:pPr>`;
  if (kind === 'bullet') {
    const bullet = BULLETS[ilvl % BULLETS.length]!;
    return (
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${bullet}"/><w:lvlJc w:val="left"/>` +
      `${indent}<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/></w:rPr></w:lvl>`
    );
  }
  const scheme = ORDERED[ilvl % ORDERED.length]!;
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${scheme.format}"/>` +
    `<w:lvlText w:val="${xmlAttribute(scheme.text(ilvl + 1))}"/><w:lvlJc w:val="left"/>${indent}</w:lvl>`
  );
}

function abstractNum(id: number, kind: Kind): string {
  let levels = '';
  for (let i = 0; i <= MAX_LIST_LEVEL; i++) levels += level(kind, i);
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`;
}

const BULLET_ABSTRACT = 0;
const ORDERED_ABSTRACT = 1;
const BULLET_NUM = 1;

/**
 * The Word numbering of a document's lists. Bullets share one numbering; every ordered list gets one of its own that
 * starts again at the list's start (a `startOverride` on every level), so lists never continue each other's count.
 */
export class ListNumbering {
  private readonly orderedLists: Array<{ start: number; level: number }> = [];

  bullet(): number {
    return BULLET_NUM;
  }

  /** The numId of a new ordered list at a list level. */
  ordered(start: number, level: number): number {
    this.orderedLists.push({ start: Math.max(0, Math.floor(start)), level });
    return BULLET_NUM + this.orderedLists.length;
  }

  /** word/numbering.xml */
  toXml(): string {
    let nums = `<w:num w:numId="${BULLET_NUM}"><w:abstractNumId w:val="${BULLET_ABSTRACT}"/></w:num>`;
    this.orderedLists.forEach(({ start, level }, i) => {
      let overrides = '';
      for (let l = 0; l <= MAX_LIST_LEVEL; l++)
        overrides += `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${l === level ? start : 1}"/></w:lvlOverride>`;
      nums += `<w:num w:numId="${BULLET_NUM + i + 1}"><w:abstractNumId w:val="${ORDERED_ABSTRACT}"/>${overrides}</w:num>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      abstractNum(BULLET_ABSTRACT, 'bullet') +
      abstractNum(ORDERED_ABSTRACT, 'ordered') +
      nums +
      '</w:numbering>'
    );
  }
}
