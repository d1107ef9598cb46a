import type { EvaluationMethod } from './method.js';
import type { EvaluationReport, ScoreSheet, TenderResult } from './model.js';

export interface ReportContext {
  method: EvaluationMethod;
  report: EvaluationReport;
  evaluators: readonly ScoreSheet[];
  consensus: ScoreSheet | undefined;
  specTitle: string;
  authority: string;
  reference: string;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const num = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined
    ? '–'
    : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const who = (t: TenderResult) => (t.name ? `${t.name} (${t.bidder})` : t.bidder);

/**
 * The evaluation report (Directive 2014/24/EU Art. 84(1)) as Markdown: the procedure, the method, the tenders and
 * the inadmissible ones with reasons, the scores per criterion with the evaluators' justifications, the ranking,
 * the winner and why, the spreads, the sensitivity of the ranking and the inputs with their SHA-256.
 */
export function reportMarkdown(ctx: ReportContext): string {
  const { method, report } = ctx;
  const out: string[] = [];
  const admissible = report.tenders.filter((t) => t.admissible);
  const inadmissible = report.tenders.filter((t) => !t.admissible);
  const winners = admissible.filter((t) => t.rank === 1);
  out.push(`# Evaluation report: ${ctx.specTitle}`, '');
  out.push(
    `Contracting authority: ${ctx.authority}. Procurement reference: ${ctx.reference || '–'}. Specification: ${report.spec}. Evaluation: ${report.evaluationId}.`,
    '',
  );
  out.push('## 1. Procedure and method', '');
  out.push(
    `${report.tenders.length} tenders were received and ${ctx.evaluators.length} evaluators scored them (${ctx.evaluators.map((e) => e.evaluator).join(', ')}), each having signed a declaration of no conflict of interest. The consensus rule is "${method.consensus}"; ties are broken by ${method.tieBreak.join(', then ')}.`,
    '',
  );
  out.push('| Criterion | Weight | Method |', '| --- | ---: | --- |');
  for (const q of method.quality)
    out.push(
      `| ${cell(q.title)} (${q.id}) | ${q.weight} | points 0-${q.max} / ${q.max} × ${q.weight}${q.threshold !== undefined ? `; threshold ${q.threshold}` : ''} |`,
    );
  if (method.price) {
    const f = method.price.formula;
    const formula =
      f.kind === 'lowest-ratio'
        ? `${method.price.weight} × lowest / price`
        : `linear between ${num(f.best, 0)} and ${num(f.worst, 0)}`;
    const lcc = method.price.lcc
      ? `; life-cycle cost over ${method.price.lcc.years} years at ${method.price.lcc.discount_rate * 100} %`
      : '';
    out.push(`| ${cell(method.price.title)} (${method.price.id}) | ${method.price.weight} | ${formula}${lcc} |`);
  }
  out.push('', '## 2. Tenders and admissibility', '');
  out.push('| Bidder | Tenderer | Admissible | Price |', '| --- | --- | --- | ---: |');
  for (const t of [...report.tenders].sort((a, b) => (a.bidder < b.bidder ? -1 : 1)))
    out.push(`| ${t.bidder} | ${cell(t.name ?? '–')} | ${t.admissible ? 'yes' : 'no'} | ${num(t.price)} |`);
  if (inadmissible.length) {
    out.push('', 'Tenders not evaluated, and why:', '');
    for (const t of inadmissible) out.push(`- **${cell(who(t))}**: ${t.reasons.map(cell).join('; ')}.`);
  }
  out.push('', '## 3. Scores', '');
  const crit = [...method.quality.map((q) => q.id), ...(method.price ? [method.price.id] : [])];
  out.push(
    `| Rank | Bidder | ${crit.join(' | ')} | Total |`,
    `| ---: | --- | ${crit.map(() => '---:').join(' | ')} | ---: |`,
  );
  for (const t of admissible)
    out.push(
      `| ${t.rank} | ${cell(who(t))} | ${crit.map((c) => num(t.criteria[c]?.score, 4)).join(' | ')} | ${num(t.total, 4)} |`,
    );
  out.push('', '### Justifications', '');
  for (const t of [...report.tenders].sort((a, b) => (a.bidder < b.bidder ? -1 : 1)))
    for (const q of method.quality)
      for (const item of q.items) {
        const lines = [...ctx.evaluators, ...(ctx.consensus ? [ctx.consensus] : [])]
          .map((s) => ({ s, e: s.scores.get(t.bidder)?.get(item.key) }))
          .filter((x) => x.e !== undefined);
        if (lines.length === 0) continue;
        out.push(`**${cell(who(t))}, ${item.title}**`, '');
        for (const { s, e } of lines) out.push(`- ${s.evaluator}: ${e!.points} – ${cell(e!.justification)}`);
        out.push('');
      }
  out.push('## 4. Ranking and award', '');
  if (winners.length === 1) {
    const w = winners[0]!;
    const second = admissible.find((t) => t.rank === 2);
    out.push(
      `The most economically advantageous tender is that of **${cell(who(w))}**, with ${num(w.total, 4)} points${second ? `, ahead of ${cell(who(second))} with ${num(second.total, 4)}` : ''}.${second ? ` Its relative advantages: ${advantages(w, second, crit).join('; ')}.` : ''}`,
      '',
    );
  } else if (winners.length > 1)
    out.push(`The tenders of ${winners.map(who).join(' and ')} are equal after the tie-break.`, '');
  else out.push('No tender is admissible.', '');
  out.push('## 5. Spreads between evaluators', '');
  if (report.spreads.length === 0) out.push('No evaluators differ by two scale steps or more.', '');
  else {
    out.push('| Bidder | Criterion | Points | Steps |', '| --- | --- | --- | ---: |');
    for (const s of report.spreads)
      out.push(
        `| ${s.bidder} | ${s.criterion} | ${Object.entries(s.evaluators)
          .map(([e, p]) => `${e} ${p}`)
          .join(', ')} | ${s.steps} |`,
      );
    out.push('');
  }
  out.push('## 6. Sensitivity of the ranking', '');
  const changing = report.sensitivity.filter((s) => s.changes);
  out.push(
    `${report.sensitivity.length} one-step changes of a consensus score were tried; ${changing.length} would change the ranking.`,
    '',
  );
  if (changing.length) {
    out.push('| Bidder | Criterion | Step | Ranking |', '| --- | --- | ---: | --- |');
    for (const s of changing)
      out.push(`| ${s.bidder} | ${s.criterion} | ${s.step > 0 ? '+1' : '-1'} | ${s.ranking.join(', ')} |`);
    out.push('');
  }
  out.push('## 7. Inputs', '');
  out.push('| File | SHA-256 |', '| --- | --- |');
  for (const i of report.inputs) out.push(`| ${cell(i.file)} | \`${i.sha256}\` |`);
  out.push('');
  return out.join('\n');
}

/** Where the winning tender scores better than another, criterion by criterion. */
export function advantages(winner: TenderResult, other: TenderResult, criteria: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of criteria) {
    const a = winner.criteria[c]?.score ?? 0;
    const b = other.criteria[c]?.score ?? 0;
    if (a > b + 1e-9) out.push(`${c} ${num(a, 4)} against ${num(b, 4)}`);
  }
  return out.length ? out : ['none on a single criterion; the total decides'];
}

/** The letter to one tenderer (Directive 2014/24/EU Art. 55(2)): its scores, the winner and the winner's advantages. */
export function letterMarkdown(ctx: ReportContext, tender: TenderResult): string {
  const { method, report } = ctx;
  const crit = [...method.quality.map((q) => q.id), ...(method.price ? [method.price.id] : [])];
  const winners = report.tenders.filter((t) => t.rank === 1);
  const out: string[] = [`# ${ctx.specTitle}: result of the evaluation`, ''];
  out.push(`To: ${cell(who(tender))}. Procurement reference: ${ctx.reference || '–'}.`, '');
  if (!tender.admissible) {
    out.push(`Your tender could not be evaluated: ${tender.reasons.map(cell).join('; ')}.`, '');
  } else {
    out.push(
      `Your tender is ranked ${tender.rank} of ${report.tenders.filter((t) => t.admissible).length}, with these scores:`,
      '',
    );
    out.push('| Criterion | Your score |', '| --- | ---: |');
    for (const c of crit) out.push(`| ${c} | ${num(tender.criteria[c]?.score, 4)} |`);
    out.push(`| Total | ${num(tender.total, 4)} |`, '');
  }
  const w = winners[0];
  if (w && w.bidder !== tender.bidder) {
    out.push(
      `The contracting authority intends to award the contract to ${cell(w.name ?? w.bidder)}, whose tender scored ${num(w.total, 4)} points.`,
      '',
    );
    if (tender.admissible)
      out.push(`The relative advantages of that tender: ${advantages(w, tender, crit).join('; ')}.`, '');
  } else if (w) out.push('The contracting authority intends to award the contract to you.', '');
  out.push('The contract is not concluded before the end of the standstill period (Directive 89/665/EEC Art. 2a).', '');
  return out.join('\n');
}

/** The report as plain text for a terminal: the ranking and the inadmissible tenders. */
export function reportText(report: EvaluationReport): string {
  const out: string[] = [`Evaluation of ${report.spec} (${report.evaluationId})`];
  for (const t of report.tenders)
    out.push(
      t.admissible
        ? `  ${String(t.rank).padStart(2)}. ${who(t)}: ${num(t.total, 4)} points, price ${num(t.price)}`
        : `   -  ${who(t)}: not admissible: ${t.reasons.join('; ')}`,
    );
  if (report.spreads.length) out.push(`Spreads of two steps or more: ${report.spreads.length} (see the report)`);
  const changing = report.sensitivity.filter((s) => s.changes).length;
  out.push(`Sensitivity: ${changing} of ${report.sensitivity.length} one-step changes would change the ranking`);
  return `${out.join('\n')}\n`;
}
