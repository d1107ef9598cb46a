import path from 'node:path';
import { readRawText } from '../../load/read-raw-text.js';
import type { Result } from '../../lib/result.js';
import { uuidFromName } from '../../lib/hash/name-uuid.js';
import { awardResult } from './award-result.js';
import type { NoticeModel } from './notice-model.js';

/**
 * The contract notice turned into the contract award notice of the same procedure (subtype 29, or 31 under Directive
 * 2009/81/EC) with the result of the evaluation. The parts of a call for competition (where and until when to
 * tender, the documents' address, the tender validity) are left out: an award notice reports, it does not invite.
 * A procedure with several lots is refused: one evaluation decides one award.
 */
export function awardNoticeModel(
  notice: NoticeModel,
  evaluationFile: string,
  spec: string,
  awardDate: string | undefined,
): Result<{ value: NoticeModel }> {
  const text = readRawText(path.dirname(evaluationFile), path.basename(evaluationFile));
  if (text === undefined) return { kind: 'usage', message: `--award: cannot read ${evaluationFile} as UTF-8 text` };
  if (notice.lots.length > 1)
    return {
      kind: 'usage',
      message: `--award: the notice has ${notice.lots.length} lots and the evaluation decides one award; write the award notice of a procedure without lots, or award each lot in the eSender`,
    };
  const read = awardResult(text, evaluationFile, spec, awardDate);
  if (!read.result) return { kind: 'invalid', diagnostics: read.diagnostics };
  const { documents, submission, deadline, validityMonths, ...kept } = notice;
  void documents;
  void submission;
  void deadline;
  void validityMonths;
  return {
    kind: 'ok',
    value: {
      ...kept,
      subtype: notice.subtype === '18' ? '31' : '29',
      // who might tender was the contract notice's; the award notice may not repeat it (BT-67, BT-809 are forbidden)
      selection: { exclusion: [], criteria: [] },
      submissionLanguages: [],
      noticeId: uuidFromName(`tenderkit award ${notice.noticeId} ${text}`),
      result: read.result,
    },
  };
}
