import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { NoticeResult } from './notice-model.js';

/** The part of `evaluate --format json` (DESIGN 2.6) an award notice reads. */
interface EvaluationTender {
  bidder?: unknown;
  name?: unknown;
  admissible?: unknown;
  price?: unknown;
  rank?: unknown;
}

/**
 * The result of the procedure from an evaluation (`evaluate --format json`): the tenders received, the winner (rank
 * 1: the name its cover sheet declares, its price as the tender value). An evaluation that names no single winner,
 * or is not of this spec, is refused with a diagnostic of the file: the notice reports a decision, it does not make
 * one.
 */
export function awardResult(
  text: string,
  file: string,
  spec: string,
  awardDate: string | undefined,
): { result: NoticeResult; diagnostics: Diagnostic[] } | { result: undefined; diagnostics: Diagnostic[] } {
  const refuse = (message: string, line = 1) => ({
    result: undefined,
    diagnostics: [diagnostic('error', 'award-notice', message, file, { line, column: 1 })],
  });
  let evaluation: { spec?: unknown; tenders?: unknown };
  try {
    evaluation = JSON.parse(text) as typeof evaluation;
  } catch (e) {
    const at = /position (\d+)/.exec(String(e))?.[1];
    const line = at === undefined ? 1 : text.slice(0, Number(at)).split('\n').length;
    return refuse(`not JSON: ${(e as Error).message}; give the file that evaluate --format json writes`, line);
  }
  if (evaluation === null || typeof evaluation !== 'object' || !Array.isArray(evaluation.tenders))
    return refuse('not an evaluation: it has no "tenders" list (evaluate --format json writes one)');
  if (evaluation.spec !== spec)
    return refuse(`the evaluation is of the spec "${String(evaluation.spec)}", not of "${spec}"`);
  const tenders = evaluation.tenders as EvaluationTender[];
  const winners = tenders.filter((t) => t.rank === 1);
  if (winners.length === 0)
    return refuse(
      'no tender is ranked first (every tender is inadmissible): that procedure ends without an award, which is a different notice',
    );
  if (winners.length > 1)
    return refuse(
      `${winners.map((w) => String(w.bidder)).join(' and ')} share rank 1: settle the tie (evaluation.tie_break) before the award notice`,
    );
  const winner = winners[0]!;
  if (typeof winner.price !== 'number' || typeof winner.bidder !== 'string')
    return refuse(`the winning tender has no bidder id or no price (bidder ${String(winner.bidder)})`);
  if (awardDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(awardDate))
    return refuse(`--award-date must be a date as YYYY-MM-DD, not ${awardDate}`);
  return {
    result: {
      ...(awardDate !== undefined ? { awardDate: `${awardDate}Z` } : {}),
      tendersReceived: tenders.length,
      currency: 'EUR',
      winner: {
        bidder: winner.bidder,
        value: winner.price,
        ...(typeof winner.name === 'string' && winner.name.trim() ? { name: winner.name.trim() } : {}),
      },
    },
    diagnostics: [],
  };
}
