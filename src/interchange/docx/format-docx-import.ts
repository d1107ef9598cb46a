import { markedWordDiff } from '../../features/changes/render-markdown.js';
import type { AppliedImport } from './apply-docx-import.js';
import type { DocxImportReport } from './import-docx.js';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * The import report as text or Markdown: per requirement, current and proposed text and the comments. The Markdown,
 * for a review meeting, also shows the proposal as a word diff (<del> struck through, <ins> underlined).
 */
export function formatDocxImport(report: DocxImportReport, format: 'text' | 'md'): string {
  const md = format === 'md';
  const lines: string[] = [md ? `# ${report.file} (spec ${report.spec})` : `${report.file} (spec ${report.spec})`];
  for (const p of report.proposals) {
    lines.push('', md ? `## ${p.requirement} ${p.field}` : `${p.requirement} ${p.field}`);
    if (md) {
      lines.push('', `- current: ${show(p.from)}`, `- proposed: ${show(p.to)}`);
      if (show(p.from) !== show(p.to)) lines.push(`- change: ${markedWordDiff(show(p.from), show(p.to))}`);
      if (p.authors.length) lines.push(`- by: ${p.authors.join(', ')}`);
      for (const c of p.comments) lines.push(`- comment (${c.author}, ${c.date}): ${c.text}`);
      continue;
    }
    lines.push(`  current:  ${show(p.from)}`, `  proposed: ${show(p.to)}`);
    if (p.authors.length) lines.push(`  by: ${p.authors.join(', ')}`);
    for (const c of p.comments) lines.push(`  comment (${c.author}, ${c.date}): ${c.text}`);
  }
  if (report.unmapped.length) lines.push('', md ? '## Outside any requirement' : 'Outside any requirement:');
  for (const u of report.unmapped) lines.push(`  ${u.kind} (${u.author}): ${u.text}`);
  return `${lines.join('\n')}\n`;
}

/** What --apply wrote and left, for the JSON report. */
export function appliedJson(applied: AppliedImport) {
  return {
    files: applied.written,
    skipped: applied.plan.skipped.map((s) => ({
      requirement: s.proposal.requirement,
      field: s.proposal.field,
      reason: s.reason,
    })),
  };
}

/** What --apply wrote and left, after the report. */
export function formatApplied(applied: AppliedImport, format: 'text' | 'md'): string {
  const md = format === 'md';
  const lines: string[] = ['', md ? '## Applied' : 'Applied:'];
  if (applied.written.length === 0) lines.push('  nothing to write');
  for (const f of applied.written) lines.push(`  wrote ${f}`);
  for (const s of applied.plan.skipped)
    lines.push(`  not applied: ${s.proposal.requirement} ${s.proposal.field}: ${s.reason}`);
  return `${lines.join('\n')}\n`;
}
