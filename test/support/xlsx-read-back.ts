import { openpyxl } from './external-tools.js';

/** What openpyxl sees in a response form. */
export interface Seen {
  sheets: string[];
  rows: Array<Array<string | number | null>>;
  types: string[][];
  validations: Array<{ type: string; formula1: string; sqref: string; allowBlank: boolean }>;
  freeze: string | null;
  autoFilter: string | null;
  protected: boolean;
  lockedRow2: boolean[];
  widths: number[];
  wrapped: boolean;
  award: Array<Array<string | number | null>>;
  awardProtected: boolean;
  properties: {
    title: string;
    creator: string;
    created: string;
    modified: string;
    language: string | null;
    subject: string | null;
  };
}

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
aw = wb.worksheets[1]
p = wb.properties
print(json.dumps({
  'sheets': wb.sheetnames,
  'rows': [list(r) for r in ws.iter_rows(values_only=True)],
  'types': [[c.data_type for c in r] for r in ws.iter_rows()],
  'validations': [{'type': v.type, 'formula1': v.formula1, 'sqref': str(v.sqref), 'allowBlank': bool(v.allow_blank)} for v in ws.data_validations.dataValidation],
  'freeze': ws.freeze_panes,
  'autoFilter': ws.auto_filter.ref,
  'protected': bool(ws.protection.sheet),
  'lockedRow2': [c.protection.locked for c in ws[2]],
  'widths': [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(ws.max_column)],
  'wrapped': all(c.alignment.wrap_text for c in ws[2]),
  'award': [list(r) for r in aw.iter_rows(values_only=True)],
  'awardProtected': bool(aw.protection.sheet),
  'properties': {'title': p.title, 'creator': p.creator, 'created': p.created.isoformat(), 'modified': p.modified.isoformat(), 'language': p.language, 'subject': p.subject},
}, default=str))
`;

export function readBack(file: string): Seen {
  return openpyxl<Seen>(SCRIPT, [file]);
}

/** Fills in the bidder's columns with openpyxl (another writer than tenderkit) and applies edits to any cell. */
export function fillIn(
  file: string,
  out: string,
  cells: Record<string, string | null>,
  deleteRows: number[] = [],
): void {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
for ref, value in json.loads(sys.argv[3]).items():
    ws[ref] = value
for row in sorted(json.loads(sys.argv[4]), reverse=True):
    ws.delete_rows(row)
wb.save(sys.argv[2])
print('{}')
`;
  openpyxl(script, [file, out, JSON.stringify(cells), JSON.stringify(deleteRows)]);
}
