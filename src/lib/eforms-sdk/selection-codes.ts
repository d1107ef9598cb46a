import data from './selection-codes.json' with { type: 'json' };

/** The code list a selection code belongs to: BT-67 (exclusion grounds) or BT-809 (selection criteria). */
export type SelectionCodeList = 'exclusion-ground' | 'selection-criterion';

export interface SelectionCode {
  code: string;
  list: SelectionCodeList;
  /** a heading of other codes (exg-crim), not a ground a bidder declares against */
  group: boolean;
  /** the official names, by two-letter language tag (every official language of the EU) */
  names: Readonly<Record<string, string>>;
}

type Entry = { group?: boolean; names: Record<string, string> };
const LISTS: Record<SelectionCodeList, Record<string, Entry>> = {
  'exclusion-ground': data['exclusion-ground'],
  'selection-criterion': data['selection-criterion'],
};

/** The eForms code (exclusion-ground or selection-criterion lists, eForms SDK, CC BY 4.0), or undefined. */
export function selectionCode(code: string): SelectionCode | undefined {
  for (const list of Object.keys(LISTS) as SelectionCodeList[]) {
    const entry = Object.hasOwn(LISTS[list], code) ? LISTS[list][code] : undefined;
    if (entry) return { code, list, group: entry.group === true, names: entry.names };
  }
  return undefined;
}

/** Every code of a list, in code order. */
export function selectionCodes(list: SelectionCodeList): string[] {
  return Object.keys(LISTS[list]);
}

/** The code's official name in a language (primary subtag), else its English name. */
export function selectionCodeName(code: SelectionCode, language: string): { name: string; language: string } {
  const primary = language.split('-')[0]!.toLowerCase();
  const name = code.names[primary];
  return name ? { name, language: primary } : { name: code.names.en ?? code.code, language: 'en' };
}

/**
 * The codes that only Directive 2009/81/EC knows: the exclusion grounds of its Art. 39(2)(d)-(e) (professional
 * misconduct in defence procurement, lack of the reliability that excludes risks to the security of the Member
 * State) and the security of information and of supply (Arts. 21-23, 42(1)(j)).
 */
export const DEFENCE_CODES: ReadonlySet<string> = new Set([
  'exg-mis-off-cond',
  'exg-mis-unrel-sec',
  'slc-sec-inf',
  'slc-sec-proc',
  'slc-sec-supply',
]);
