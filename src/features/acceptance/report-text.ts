import type { AcceptanceReport } from './acceptance-report.js';

/** The report for a terminal: the decision, the counts of each phase, then every blocking requirement's cases. */
export function reportText(report: AcceptanceReport): string {
  const lines: string[] = [];
  lines.push(
    report.accepted
      ? `${report.spec}: accepted`
      : `${report.spec}: not accepted, ${report.blocking.length} requirement${report.blocking.length === 1 ? '' : 's'} blocking`,
  );
  const line = (name: string, c: AcceptanceReport['summary']) =>
    `  ${name.padEnd(6)} ${String(c.cases).padStart(6)} cases: ${c.passed} passed, ${c.failed} failed, ${c.notRun} not run, ${c.concession} concession, ${c.outdated} outdated`;
  for (const [phase, c] of Object.entries(report.phases)) lines.push(line(phase, c));
  lines.push(line('total', report.summary));
  const byId = new Map(report.requirements.map((r) => [r.id, r]));
  if (report.blocking.length > 0) lines.push('', 'blocking:');
  for (const id of report.blocking) {
    const r = byId.get(id)!;
    lines.push(`  ${id} (${r.obligation}): ${r.status}${r.outdated ? ` (${r.outdated})` : ''}`);
    for (const c of r.cases)
      if (c.status !== 'passed' && c.status !== 'concession')
        lines.push(`    ${c.id}: ${c.result}${c.source ? ` at ${c.source}` : ''}`);
  }
  if (report.conflicts.length > 0) lines.push('', 'conflicting results:');
  for (const c of report.conflicts)
    lines.push(
      `  ${c.case}: ${c.results.map((r) => `${r.result} at ${r.source}${r.date ? ` (${r.date})` : ''}`).join(' vs ')}; ${c.winner ? `the later, ${c.winner}, counts` : 'no dates decide: counted as failed'}`,
    );
  return `${lines.join('\n')}\n`;
}
