import { CHANGE_LABEL, CHANGE_SYMBOL, percent } from '../../document/field-display.js';
import { escapeMarkdown } from '../diff/render-markdown.js';
import type { Matrix, MatrixCell } from './build-matrix.js';

/** The harmonisation matrix as GFM tables: one row per requirement, one column per spec, then the indices. */
export function renderMatrixMarkdown(matrix: Matrix): string {
  const ids = matrix.specs.map((s) => s.spec.id);
  const out: string[] = ['# Harmonisation matrix', ''];
  out.push('Every requirement against every spec; each spec is compared with the root of its own chain.', '');
  out.push(
    `Legend: ${(['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed', 'absent'] as const).map((k) => `${CHANGE_SYMBOL[k]} ${k}`).join(', ')}.`,
    '',
  );
  out.push('| Spec | Extends | Harmonisation |', '| --- | --- | ---: |');
  for (const s of matrix.specs) {
    out.push(
      `| ${md(s.spec.id)} | ${md(s.spec.extends ?? '\u2013')} | ${percent(matrix.harmonisation.get(s.spec.id)!)} |`,
    );
  }
  out.push('');
  out.push('## Requirements', '');
  out.push(`| Requirement | ${ids.map(md).join(' | ')} |`, `| --- | ${ids.map(() => ':---:').join(' | ')} |`);
  for (const r of matrix.rows) out.push(`| ${md(r.id)} | ${ids.map((id) => cell(r.cells.get(id)!)).join(' | ')} |`);
  out.push(
    `| **Harmonisation** | ${ids.map((id) => `**${percent(matrix.harmonisation.get(id)!)}**`).join(' | ')} |`,
    '',
  );
  out.push('## Harmonisation by domain', '');
  out.push(`| Domain | ${ids.map(md).join(' | ')} |`, `| --- | ${ids.map(() => '---:').join(' | ')} |`);
  for (const d of matrix.byDomain) {
    out.push(
      `| ${md(d.domain.title)} | ${ids
        .map((id) => {
          const v = d.values.get(id);
          return v === null || v === undefined ? '\u2013' : percent(v);
        })
        .join(' | ')} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

function cell(kind: MatrixCell): string {
  if (kind === 'unchanged' || kind === 'absent') return CHANGE_SYMBOL[kind]!;
  return `${CHANGE_SYMBOL[kind]} ${CHANGE_LABEL[kind]!.toLowerCase()}`;
}

function md(text: string): string {
  return escapeMarkdown(text);
}
