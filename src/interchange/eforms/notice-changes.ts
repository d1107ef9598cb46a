import { isDeepStrictEqual } from 'node:util';
import type { Labels } from '../../load/frame/labels.js';
import type { NoticeChanges, NoticeLotModel, NoticeModel, SectionChange } from './notice-model.js';

/** The requirements of the tender documents that changed between the two revisions, by change. */
export interface DocumentChange {
  id: string;
  change: 'added' | 'removed' | 'modified';
}

/** The procedure's fields a notice writes, each named by its business term. */
const PROCEDURE_FIELDS: ReadonlyArray<[string, (m: NoticeModel) => unknown]> = [
  ['BT-21', (m) => m.procedure.title],
  ['BT-24', (m) => m.procedure.description],
  ['BT-22', (m) => m.procedure.reference],
  ['BT-23', (m) => m.procedure.nature],
  ['BT-105', (m) => m.procedure.type],
  ['BT-262', (m) => m.procedure.cpv],
  ['BT-67', (m) => m.selection.exclusion],
  ['BT-500', (m) => m.buyer],
];

const LOT_FIELDS: ReadonlyArray<[string, (m: NoticeModel, l: NoticeLotModel) => unknown]> = [
  ['BT-21', (_m, l) => l.title],
  ['BT-24', (_m, l) => l.description],
  ['BT-262', (_m, l) => l.cpv],
  ['BT-809', (m) => m.selection.criteria],
  ['BT-539', (m) => m.award],
  ['BT-15', (m) => m.documents],
  ['BT-18', (m) => m.submission],
  ['BT-131', (m) => m.deadline],
  ['BT-36', (m) => m.durationMonths],
  ['BT-98', (m) => m.validityMonths],
  ['BT-578', (m) => m.securityClearance],
];

/**
 * The changes of a notice against the one published from an earlier revision: each section whose fields differ,
 * named by business term, and, when the tender documents' requirements changed, a change of the procedure that says
 * which and sets BT-718 with the date of the change.
 */
export function noticeChanges(
  before: NoticeModel,
  after: NoticeModel,
  documents: readonly DocumentChange[],
  labels: Labels,
  about: { date: string; reasons: readonly string[] },
): NoticeChanges {
  const kinds = labels.report.kinds;
  const sections: SectionChange[] = [];
  const modified = (names: string[]) => `${kinds.modified}: ${names.join(', ')}.`;
  const procedure = PROCEDURE_FIELDS.filter(([, get]) => !isDeepStrictEqual(get(before), get(after))).map(([bt]) => bt);
  const documentText =
    documents.length > 0
      ? `${labels.report.requirements}: ${documents.map((d) => `${d.id} (${kinds[d.change]})`).join(', ')}.`
      : undefined;
  if (procedure.length > 0 || documentText)
    sections.push({
      section: 'PROCEDURE',
      description: [procedure.length > 0 ? modified(procedure) : undefined, documentText].filter(Boolean).join(' '),
    });
  for (const lot of after.lots) {
    const old = before.lots.find((l) => l.id === lot.id);
    if (!old) {
      sections.push({ section: lot.id, description: `${kinds.added}.` });
      continue;
    }
    const fields = LOT_FIELDS.filter(([, get]) => !isDeepStrictEqual(get(before, old), get(after, lot))).map(
      ([bt]) => bt,
    );
    if (fields.length > 0) sections.push({ section: lot.id, description: modified(fields) });
  }
  for (const lot of before.lots)
    if (!after.lots.some((l) => l.id === lot.id)) sections.push({ section: lot.id, description: `${kinds.removed}.` });
  return {
    changedNotice: `${before.noticeId}-01`,
    sections,
    ...(documents.length > 0 ? { documentsChanged: { date: about.date } } : {}),
    reason: 'update-add',
    ...(about.reasons.length > 0 ? { reasonDescription: about.reasons.join('; ') } : {}),
  };
}
