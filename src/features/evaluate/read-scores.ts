import { readFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { sha256 } from '../../lib/hash/sha256.js';
import { columnLetter } from '../../render/xlsx/xml-text.js';
import { readXlsx } from '../responses/read-xlsx.js';
import { cellAt, readNumber } from './cells.js';
import type { EvaluationMethod } from './method.js';
import { scoredItems } from './method.js';
import type { ScoreEntry, ScoreSheet, TenderInput } from './model.js';
import { spreadsheetsIn } from './read-bids.js';
import { CONSENSUS, EVALUATOR_CELLS, SCORE_COLUMNS, WORDS } from './words.js';

export interface ScoresRead {
  evaluators: ScoreSheet[];
  consensus: ScoreSheet | undefined;
  diagnostics: Diagnostic[];
}

/**
 * The score workbooks of a folder. Refused, with the file and cell: a workbook of another spec or evaluation, an
 * unsigned declaration, a score outside the scale or without its justification, a tender of the evaluation
 * missing from a workbook (or one it does not know), and no points for an admissible tender.
 */
export async function readScores(
  dir: string,
  display: string,
  method: EvaluationMethod,
  evaluationId: string,
  tenders: readonly TenderInput[],
): Promise<ScoresRead> {
  const listed = await spreadsheetsIn(dir, display, 'evaluators');
  const diagnostics = [...listed.diagnostics];
  const evaluators: ScoreSheet[] = [];
  let consensus: ScoreSheet | undefined;
  const items = scoredItems(method);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const bidders = new Map(tenders.map((t) => [t.bidder, t]));
  for (const f of listed.files) {
    const fail = (cell: string, message: string) =>
      diagnostics.push(diagnostic('error', 'evaluate', cell ? `${cell}: ${message}` : message, f.display));
    const bytes = new Uint8Array(await readFile(f.file));
    const read = readXlsx(bytes);
    if (!read.ok) {
      fail('', `cannot read the score workbook: ${read.message}`);
      continue;
    }
    const who = read.workbook.sheets.get(WORDS.evaluatorSheet);
    const sheet = read.workbook.sheets.get(WORDS.scoresSheet);
    if (!who || !sheet) {
      fail(
        '',
        `this is not a score workbook of tenderkit: it has no sheets "${WORDS.scoresSheet}" and "${WORDS.evaluatorSheet}"`,
      );
      continue;
    }
    const at = (ref: string) => `${WORDS.evaluatorSheet}!${ref}`;
    const spec = cellAt(who, EVALUATOR_CELLS.spec);
    if (spec !== method.spec) {
      fail(at(EVALUATOR_CELLS.spec), `this workbook is for spec ${spec || '(none)'}, not ${method.spec}`);
      continue;
    }
    const evaluation = cellAt(who, EVALUATOR_CELLS.evaluation);
    if (evaluation !== evaluationId) {
      fail(
        at(EVALUATOR_CELLS.evaluation),
        `this workbook belongs to evaluation ${evaluation || '(none)'}, not to ${evaluationId} (the response forms in the bids folder): write the workbooks again with evaluate init for these forms`,
      );
      continue;
    }
    const evaluator = cellAt(who, EVALUATOR_CELLS.evaluator) || f.id;
    if (cellAt(who, EVALUATOR_CELLS.signed) === '')
      fail(at(EVALUATOR_CELLS.signed), `${evaluator} has not signed the declaration of no conflict of interest`);
    const scores = new Map<string, Map<string, ScoreEntry>>();
    const seen = new Set<string>();
    for (const [row, cells] of [...sheet.rows.entries()].sort((a, b) => a[0] - b[0])) {
      if (row === 1) continue;
      const text = (c: number) => cells.get(c)?.text.trim() ?? '';
      const ref = (c: number) => `${WORDS.scoresSheet}!${columnLetter(c)}${row}`;
      const bidder = text(SCORE_COLUMNS.bidder);
      if (bidder === '') continue;
      const key = text(SCORE_COLUMNS.sub)
        ? `${text(SCORE_COLUMNS.criterion)}/${text(SCORE_COLUMNS.sub)}`
        : text(SCORE_COLUMNS.criterion);
      const item = byKey.get(key);
      const tender = bidders.get(bidder);
      if (!tender) {
        fail(ref(SCORE_COLUMNS.bidder), `scores tender "${bidder}", which has no response form in the bids folder`);
        continue;
      }
      if (!item) {
        fail(ref(SCORE_COLUMNS.criterion), `scores "${key}", which is no quality criterion of ${method.spec}`);
        continue;
      }
      seen.add(`${bidder}\u0000${key}`);
      const pointsText = text(SCORE_COLUMNS.points);
      const justification = text(SCORE_COLUMNS.justification);
      if (pointsText === '') {
        if (tender.reasons.length === 0) fail(ref(SCORE_COLUMNS.points), `no points for ${bidder} on ${key}`);
        continue;
      }
      const points = readNumber(pointsText);
      if (points === undefined || !Number.isInteger(points) || points < 0 || points > item.max) {
        fail(
          ref(SCORE_COLUMNS.points),
          `"${pointsText}" is outside the scale of ${key}: whole points from 0 to ${item.max}`,
        );
        continue;
      }
      if (justification === '') {
        fail(ref(SCORE_COLUMNS.justification), `the ${points} points for ${bidder} on ${key} have no justification`);
        continue;
      }
      let forBidder = scores.get(bidder);
      if (!forBidder) scores.set(bidder, (forBidder = new Map()));
      forBidder.set(key, { points, justification, cell: `${f.display} ${ref(SCORE_COLUMNS.points)}` });
    }
    for (const t of tenders)
      for (const item of items)
        if (!seen.has(`${t.bidder}\u0000${item.key}`))
          fail('', `tender ${t.bidder} is missing from this workbook (no row for ${item.key})`);
    const result: ScoreSheet = { evaluator, file: f.display, sha256: sha256(bytes), scores };
    if (evaluator === CONSENSUS) consensus = result;
    else evaluators.push(result);
  }
  if (evaluators.length === 0 && diagnostics.length === 0 && items.length > 0)
    diagnostics.push(diagnostic('error', 'evaluate', 'the folder holds no score workbook of an evaluator', display));
  if (method.consensus === 'recorded' && !consensus && diagnostics.length === 0 && items.length > 0)
    diagnostics.push(
      diagnostic(
        'error',
        'evaluate',
        `the spec records the consensus, but the folder has no ${CONSENSUS}.xlsx`,
        display,
      ),
    );
  return { evaluators, consensus, diagnostics };
}
