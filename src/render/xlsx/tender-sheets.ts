import type { MethodLabels, TenderFormLabels } from '../../load/frame/award-labels.js';
import type { LocalisedText } from '../../load/spec/spec.js';
import { pickLanguage } from '../../resolve/localised.js';
import { type EffectiveCriterion, isPriceCriterion } from '../../resolve/effective-award.js';
import type { Row, Sheet } from './workbook-model.js';

/** The cells of the cover sheet, fixed: the award notice and `evaluate` read them (also by their defined names). */
export const COVER_CELLS = {
  spec: 'B2',
  reference: 'B3',
  fingerprint: 'B4',
  tenderer: 'B5',
  signatory: 'B6',
  date: 'B7',
} as const;

export const COVER_NAMES: Record<keyof typeof COVER_CELLS, string> = {
  spec: 'tk_spec',
  reference: 'tk_reference',
  fingerprint: 'tk_fingerprint',
  tenderer: 'tk_tenderer',
  signatory: 'tk_signatory',
  date: 'tk_date',
};

/** The price sheet: a header, then one row per cost line from row 2; the bidder's value in column E. */
export const PRICE_VALUE_COLUMN = 4;
export const TOTAL_LINE = 'total';

export interface CoverInput {
  spec: string;
  reference: string;
  fingerprint: string;
  title: string;
}

/** The cover sheet: who the form belongs to (locked) and who tenders (to fill). */
export function coverSheet(words: TenderFormLabels, input: CoverInput): Sheet {
  const c = words.cover;
  const row = (label: string, value: string | null, style: 'text' | 'input' | 'inputDate'): Row => ({
    cells: [
      { value: label, style: 'text' },
      { value, style },
    ],
  });
  const rows: Row[] = [
    {
      cells: [
        { value: c.title, style: 'header' },
        { value: input.title, style: 'header' },
      ],
    },
    row(c.spec, input.spec, 'text'),
    row(c.reference, input.reference, 'text'),
    row(c.fingerprint, input.fingerprint, 'text'),
    row(c.tenderer, null, 'input'),
    row(c.signatory, null, 'input'),
    row(c.date, null, 'inputDate'),
  ];
  return {
    name: words.coverSheet,
    columns: [44, 60],
    rows,
    freezeRows: 0,
    autoFilter: false,
    validations: [
      {
        kind: 'date',
        column: 1,
        fromRow: 7,
        toRow: 7,
        min: 1,
        values: [],
        promptTitle: c.date,
        prompt: c.datePrompt,
        errorTitle: c.date,
        error: c.datePrompt,
      },
    ],
    protect: true,
    landscape: false,
    activeCell: COVER_CELLS.tenderer,
  };
}

/** One line of the price sheet: the ids tenderkit reads back, and the words the bidder reads. */
export interface PriceLine {
  id: string;
  title: string;
  per: string;
  unit: string;
  description: string;
}

/** The lines a spec's price sheet has: one per cost line of its LCC model, or the total price. */
export function priceLines(
  criteria: readonly EffectiveCriterion[],
  language: string,
  words: TenderFormLabels,
  method: MethodLabels,
): PriceLine[] {
  const price = criteria.find((c) => isPriceCriterion(c));
  const text = (t: LocalisedText | undefined) => (t === undefined ? '' : pickLanguage(t, language).text);
  if (!price?.lcc)
    return [
      {
        id: TOTAL_LINE,
        title: words.price.total,
        per: method.per.once,
        unit: 'EUR',
        description: words.price.totalDescription,
      },
    ];
  return price.lcc.lines.map((l) => ({
    id: l.id,
    title: text(l.title) || l.id,
    per: method.per[l.per],
    unit: l.unit === 'kW' ? 'kW' : 'EUR',
    description: text(l.description),
  }));
}

export function priceSheet(words: TenderFormLabels, lines: readonly PriceLine[]): Sheet {
  const p = words.price;
  const header: Row = {
    cells: [p.id, p.title, p.per, p.unit, p.value, p.description].map((h) => ({ value: h, style: 'header' as const })),
  };
  const rows: Row[] = lines.map((l) => ({
    cells: [
      { value: l.id, style: 'text' },
      { value: l.title, style: 'text' },
      { value: l.per, style: 'text' },
      { value: l.unit, style: 'text' },
      { value: null, style: 'inputNumber' },
      { value: l.description, style: 'text' },
    ],
  }));
  return {
    name: words.priceSheet,
    columns: [14, 28, 12, 8, 18, 70],
    rows: [header, ...rows],
    freezeRows: 1,
    autoFilter: false,
    validations: [
      {
        kind: 'decimal',
        column: PRICE_VALUE_COLUMN,
        fromRow: 2,
        toRow: lines.length + 1,
        min: 0,
        values: [],
        promptTitle: p.value,
        prompt: p.prompt,
        errorTitle: p.value,
        error: p.error,
      },
    ],
    protect: true,
    landscape: true,
    activeCell: 'E2',
  };
}
