import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

/** How far each list level is indented, and how far its number hangs into the margin, in twips. */
export const LIST_INDENT_STEP = 425;
export const LIST_HANGING = 283;
export const MAX_LIST_LEVEL = 8;

export function listIndent(level: number): number {
  return LIST_INDENT_STEP * (Math.min(level, MAX_LIST_LEVEL) + 1);
}

const BULLETS = ['\u2022', '\u2013', '\u25AA'] as const;
const ORDERED: ReadonlyArray<{ format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (n: number) => string }> = [
  { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n) => `%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n) => `%${n}.` },
];

function levels(kind: 'bullet' | 'ordered', start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => {
    const indent = { left: listIndent(level), hanging: LIST_HANGING };
    if (kind === 'bullet') {
      return {
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length]!,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent } },
      };
    }
    const scheme = ORDERED[level % ORDERED.length]!;
    return {
      level,
      format: scheme.format,
      text: scheme.text(level + 1),
      start,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent } },
    };
  });
}

export interface ListReference {
  reference: string;
  instance: number;
}

const BULLET_REFERENCE = 'bullet';

/**
 * The Word numbering of a document's lists. Every ordered list gets an instance of its own, so it counts from its
 * start again; bullets share one. An ordered list that starts elsewhere than 1 gets a definition starting there.
 */
export class ListNumbering {
  private readonly starts = new Set<number>();
  private instances = 0;

  bullet(): ListReference {
    return { reference: BULLET_REFERENCE, instance: 0 };
  }

  ordered(start: number): ListReference {
    this.starts.add(start);
    return { reference: orderedReference(start), instance: ++this.instances };
  }

  definitions(): INumberingOptions {
    const starts = [...this.starts].sort((a, b) => a - b);
    return {
      config: [
        { reference: BULLET_REFERENCE, levels: levels('bullet', 1) },
        ...starts.map((start) => ({ reference: orderedReference(start), levels: levels('ordered', start) })),
      ],
    };
  }
}

function orderedReference(start: number): string {
  return `ordered-from-${start}`;
}
