import { lifeCycleCost } from './lcc.js';
import type { EvaluationMethod, ScoredItem } from './method.js';
import { scoredItems } from './method.js';
import type {
  CriterionResult,
  EvaluationInputs,
  EvaluationReport,
  ScoreSheet,
  SensitivityRow,
  Spread,
  TenderInput,
  TenderResult,
} from './model.js';
import { priceScores } from './price-score.js';

const round = (n: number, digits = 4) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
/** totals are compared at a precision far below any score step, so that float noise never breaks a tie */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function consensusOf(kind: 'mean' | 'median', points: readonly number[]): number {
  if (points.length === 0) return 0;
  if (kind === 'mean') return points.reduce((s, p) => s + p, 0) / points.length;
  const sorted = [...points].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Consensus points by bidder and item, with each evaluator's points. */
interface Points {
  consensus: Map<string, Map<string, number>>;
  byEvaluator: Map<string, Map<string, Record<string, number>>>;
}

function gatherPoints(inputs: EvaluationInputs, bidders: readonly string[], items: readonly ScoredItem[]): Points {
  const consensus = new Map<string, Map<string, number>>();
  const byEvaluator = new Map<string, Map<string, Record<string, number>>>();
  const evaluators = [...inputs.evaluators].sort((a, b) => (a.evaluator < b.evaluator ? -1 : 1));
  for (const bidder of bidders) {
    const c = new Map<string, number>();
    const e = new Map<string, Record<string, number>>();
    for (const item of items) {
      const given: Record<string, number> = {};
      for (const sheet of evaluators) {
        const entry = sheet.scores.get(bidder)?.get(item.key);
        if (entry) given[sheet.evaluator] = entry.points;
      }
      e.set(item.key, given);
      const recorded = inputs.consensus?.scores.get(bidder)?.get(item.key);
      const rule = inputs.method.consensus;
      c.set(item.key, rule === 'recorded' ? (recorded?.points ?? 0) : consensusOf(rule, Object.values(given)));
    }
    consensus.set(bidder, c);
    byEvaluator.set(bidder, e);
  }
  return { consensus, byEvaluator };
}

export function tenderPrice(method: EvaluationMethod, tender: TenderInput): number | undefined {
  if (!tender.values) return undefined;
  if (method.price?.lcc) return lifeCycleCost(method.price.lcc, tender.values);
  return tender.values.get('total');
}

interface Scored {
  bidder: string;
  quality: number;
  price: number;
  byCriterion: Map<string, number>;
  total: number;
}

/** Scores and ranks the admissible tenders from consensus points; pure, used again by the sensitivity table. */
function scoreAndRank(
  method: EvaluationMethod,
  admissible: readonly { bidder: string; price: number }[],
  consensus: ReadonlyMap<string, ReadonlyMap<string, number>>,
): { scored: Scored[]; ranks: Map<string, number> } {
  const prices = method.price
    ? priceScores(
        method.price.formula,
        method.price.weight,
        admissible.map((t) => t.price),
      )
    : admissible.map(() => 0);
  const scored = admissible.map((t, i): Scored => {
    const byCriterion = new Map<string, number>();
    let quality = 0;
    for (const q of method.quality) {
      const s = q.items.reduce(
        (sum, item) => sum + ((consensus.get(t.bidder)?.get(item.key) ?? 0) / item.max) * item.weight,
        0,
      );
      byCriterion.set(q.id, s);
      quality += s;
    }
    if (method.price) byCriterion.set(method.price.id, prices[i]!);
    return { bidder: t.bidder, quality, price: t.price, byCriterion, total: quality + prices[i]! };
  });
  const compare = (a: Scored, b: Scored): number => {
    if (!same(a.total, b.total)) return b.total - a.total;
    for (const key of method.tieBreak) {
      if (key === 'price' && !a.byCriterion.has('price')) {
        if (!same(a.price, b.price)) return a.price - b.price;
      } else if (key === 'quality' && !a.byCriterion.has('quality')) {
        if (!same(a.quality, b.quality)) return b.quality - a.quality;
      } else {
        const x = a.byCriterion.get(key) ?? 0;
        const y = b.byCriterion.get(key) ?? 0;
        if (!same(x, y)) return y - x;
      }
    }
    return 0;
  };
  const order = [...scored].sort((a, b) => compare(a, b) || (a.bidder < b.bidder ? -1 : a.bidder > b.bidder ? 1 : 0));
  const ranks = new Map<string, number>();
  order.forEach((s, i) => {
    const previous = order[i - 1];
    ranks.set(s.bidder, previous && compare(previous, s) === 0 ? ranks.get(previous.bidder)! : i + 1);
  });
  return { scored, ranks };
}

function rankingOf(ranks: ReadonlyMap<string, number>): string[] {
  return [...ranks.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([b]) => b);
}

/**
 * The evaluation (DESIGN 2.6): admissibility, consensus points, thresholds, price by formula and LCC, totals,
 * ranks with the tie-break, spreads of two steps or more, and the sensitivity of the ranking to one step.
 * Pure: the order of the inputs does not matter.
 */
export function evaluate(
  inputs: EvaluationInputs,
  evaluationId: string,
  files: EvaluationReport['inputs'],
): EvaluationReport {
  const { method } = inputs;
  const items = scoredItems(method);
  const tenders = [...inputs.tenders].sort((a, b) => (a.bidder < b.bidder ? -1 : a.bidder > b.bidder ? 1 : 0));
  const points = gatherPoints(
    inputs,
    tenders.map((t) => t.bidder),
    items,
  );

  const reasons = new Map<string, string[]>();
  const prices = new Map<string, number>();
  for (const t of tenders) {
    const own = [...t.reasons];
    const price = tenderPrice(method, t);
    if (price === undefined) {
      if (!own.some((r) => r.includes('price'))) own.push('the price sheet states no price');
    } else prices.set(t.bidder, price);
    // a tender already out on its form is not judged on thresholds: its evaluators give it no points
    for (const q of t.reasons.length === 0 ? method.quality : []) {
      if (q.threshold === undefined) continue;
      const p = criterionPoints(q.items, points.consensus.get(t.bidder)!);
      if (p < q.threshold - 1e-9)
        own.push(`its points on ${q.id} (${round(p)}) are below the threshold of ${q.threshold}`);
    }
    reasons.set(t.bidder, own);
  }
  const admissible = tenders
    .filter((t) => reasons.get(t.bidder)!.length === 0)
    .map((t) => ({ bidder: t.bidder, price: prices.get(t.bidder)! }));
  const { scored, ranks } = scoreAndRank(method, admissible, points.consensus);
  const scoreOf = new Map(scored.map((s) => [s.bidder, s]));

  const results: TenderResult[] = tenders.map((t) => {
    const s = scoreOf.get(t.bidder);
    const criteria: Record<string, CriterionResult> = {};
    const consensus = points.consensus.get(t.bidder)!;
    const given = points.byEvaluator.get(t.bidder)!;
    for (const q of method.quality) {
      const score = q.items.reduce((sum, item) => sum + ((consensus.get(item.key) ?? 0) / item.max) * item.weight, 0);
      const result: CriterionResult = { points: round(criterionPoints(q.items, consensus)), score: round(score) };
      if (q.items.length === 1 && q.items[0]!.sub === undefined) result.evaluators = given.get(q.id) ?? {};
      else
        result.subcriteria = Object.fromEntries(
          q.items.map((item) => [
            item.sub!,
            {
              points: round(consensus.get(item.key) ?? 0),
              score: round(((consensus.get(item.key) ?? 0) / item.max) * item.weight),
              evaluators: given.get(item.key) ?? {},
            },
          ]),
        );
      criteria[q.id] = result;
    }
    if (method.price && s) criteria[method.price.id] = { score: round(s.byCriterion.get(method.price.id) ?? 0) };
    const price = prices.get(t.bidder);
    return {
      bidder: t.bidder,
      name: t.name,
      signatory: t.signatory,
      date: t.date,
      file: t.file,
      sha256: t.sha256,
      admissible: s !== undefined,
      reasons: reasons.get(t.bidder)!,
      price: price === undefined ? null : round(price, 2),
      costs: Object.fromEntries([...(t.values ?? new Map<string, number>()).entries()].sort()),
      criteria,
      total: s ? round(s.total) : null,
      rank: ranks.get(t.bidder) ?? null,
    };
  });
  results.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.bidder < b.bidder ? -1 : 1));

  return {
    spec: method.spec,
    evaluationId,
    evaluation: { consensus: method.consensus, tie_break: method.tieBreak },
    tenders: results,
    spreads: spreads(inputs.evaluators, tenders, items),
    sensitivity: sensitivity(method, admissible, points.consensus, ranks),
    inputs: [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

/** A criterion's points on its scale: with sub-criteria, their points weighted by their weights. */
function criterionPoints(items: readonly ScoredItem[], consensus: ReadonlyMap<string, number>): number {
  const weight = items.reduce((s, i) => s + i.weight, 0);
  if (weight === 0) return 0;
  return items.reduce((s, i) => s + (consensus.get(i.key) ?? 0) * i.weight, 0) / weight;
}

function spreads(
  sheets: readonly ScoreSheet[],
  tenders: readonly TenderInput[],
  items: readonly ScoredItem[],
): Spread[] {
  const out: Spread[] = [];
  for (const t of tenders)
    for (const item of items) {
      const given: Record<string, number> = {};
      for (const s of [...sheets].sort((a, b) => (a.evaluator < b.evaluator ? -1 : 1))) {
        const e = s.scores.get(t.bidder)?.get(item.key);
        if (e) given[s.evaluator] = e.points;
      }
      const values = Object.values(given);
      if (values.length < 2) continue;
      const steps = Math.max(...values) - Math.min(...values);
      if (steps >= 2) out.push({ bidder: t.bidder, criterion: item.key, evaluators: given, steps });
    }
  return out;
}

/** For each admissible tender and scored item: the ranking if its consensus points moved one step up or down. */
function sensitivity(
  method: EvaluationMethod,
  admissible: readonly { bidder: string; price: number }[],
  consensus: ReadonlyMap<string, ReadonlyMap<string, number>>,
  ranks: ReadonlyMap<string, number>,
): SensitivityRow[] {
  const base = rankingOf(ranks).join(' ');
  const rows: SensitivityRow[] = [];
  for (const t of admissible)
    for (const item of scoredItems(method))
      for (const step of [1, -1]) {
        const current = consensus.get(t.bidder)?.get(item.key) ?? 0;
        const moved = Math.min(item.max, Math.max(0, current + step));
        if (moved === current) continue;
        const changed = new Map(consensus);
        changed.set(t.bidder, new Map(consensus.get(t.bidder)).set(item.key, moved));
        const ranking = rankingOf(scoreAndRank(method, admissible, changed).ranks);
        rows.push({ bidder: t.bidder, criterion: item.key, step, ranking, changes: ranking.join(' ') !== base });
      }
  return rows;
}
