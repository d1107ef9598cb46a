import type { Answer, ResponsesReport } from './check-responses.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The response check as Markdown for the evaluation file. */
export function formatResponsesMarkdown(report: ResponsesReport): string {
  const s = report.summary;
  const out: string[] = [`# Responses to ${report.spec}: ${report.file}`, ''];
  out.push(
    report.intact
      ? "- The form is intact: no cell outside the bidder's columns was changed."
      : `- **The form was altered** outside the bidder's columns: ${report.alterations.length} change${report.alterations.length === 1 ? '' : 's'} (listed below).`,
  );
  out.push(
    `- Answered: ${s.answered} of ${s.requirements} (${s.comply} comply, ${s.partiallyComply} partially comply, ${s.doNotComply} do not comply); missing: ${s.missing}; invalid: ${s.invalid}.`,
  );
  out.push(`- Mandatory requirements not met: ${report.mandatoryNotMet.length}.`);
  out.push(`- Complete: ${report.complete ? 'yes' : 'no'}. Compliant: ${report.compliant ? 'yes' : 'no'}.`);
  if (!report.protected) out.push('- The sheet protection was removed.');
  const table = (title: string, answers: Answer[]) => {
    if (!answers.length) return;
    out.push(
      '',
      `## ${title}`,
      '',
      '| Id | Obligation | Title | Response | Offer reference | Comment |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const a of answers)
      out.push(
        `| ${a.id} | ${a.obligation} | ${cell(a.title)} | ${a.response} | ${cell(a.offerReference)} | ${cell(a.comment)} |`,
      );
  };
  table('Mandatory requirements not met', report.mandatoryNotMet);
  table('Other requirements not met', report.otherNotMet);
  if (report.missing.length) {
    out.push('', '## Missing answers', '');
    for (const m of report.missing) out.push(`- ${m.id} (${m.obligation})`);
  }
  if (report.invalid.length) {
    out.push('', '## Answers that are not in the list', '');
    for (const i of report.invalid) out.push(`- ${i.id} (${i.cell}): "${cell(i.value)}"`);
  }
  if (report.alterations.length) {
    out.push('', '## Alterations', '');
    for (const a of report.alterations) {
      const detail = a.expected !== undefined ? `: expected "${cell(a.expected)}", found "${cell(a.found ?? '')}"` : '';
      out.push(`- ${a.cell ? `${a.sheet}!${a.cell}: ` : ''}${a.message}${detail}`);
    }
  }
  return `${out.join('\n')}\n`;
}
