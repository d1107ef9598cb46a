import path from 'node:path';
import type { ImportReport } from './import-reqif.js';

/** The import report as text for people: what came in, what was invented, what was left behind. */
export function formatImportReport(report: ImportReport, cwd: string): string {
  const rel = (p: string) => path.relative(cwd, p) || '.';
  const lines: string[] = [];
  const n = report.requirements.length;
  lines.push(
    `${rel(report.file)}: ${report.objects} objects${report.tool ? ` from ${report.tool}` : ''}: ` +
      `${n} requirement${n === 1 ? '' : 's'} ${report.dryRun ? 'would be written' : 'written'} to ${rel(report.into)}/, ${report.headings} heading${report.headings === 1 ? ' used as a chapter' : 's used as chapters'}, ${report.skipped.length} skipped`,
  );
  if (report.workspace) lines.push(`domains, scenarios and ids of the workspace ${rel(report.workspace)}`);
  if (report.generatedIds.length) {
    lines.push(`new ids (the original is kept in the tag reqif-id:...):`);
    for (const g of report.generatedIds) lines.push(`  ${g.id} <- ${g.foreignId ?? g.object}: ${g.reason}`);
  }
  const defaulted = Object.entries(report.defaulted).filter(([, count]) => count > 0);
  if (defaulted.length) {
    lines.push(
      `defaults used (the file had no value): ${defaulted.map(([field, count]) => `${field} for ${count}`).join(', ')}; review these fields`,
    );
  }
  if (report.unmapped.length) {
    lines.push('attributes not mapped:');
    for (const u of report.unmapped) lines.push(`  ${u.attribute} (${u.values} value${u.values === 1 ? '' : 's'})`);
  }
  if (report.droppedElements.length)
    lines.push(`XHTML reduced to text: ${report.droppedElements.map((e) => `<${e}>`).join(', ')}`);
  for (const s of report.skipped) lines.push(`skipped ${s.object}: ${s.reason}`);
  for (const r of report.remarks) lines.push(r);
  return `${lines.join('\n')}\n`;
}
