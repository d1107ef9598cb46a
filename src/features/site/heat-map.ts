import { CHANGE_LABEL, CHANGE_SYMBOL } from '../../document/field-display.js';
import type { MatrixCell } from '../matrix/build-matrix.js';
import { html, type Html } from '../../render/html/html.js';
import { changeBadge, indexBar } from './fragments.js';
import type { Links } from './links.js';
import type { SiteModel } from './site-model.js';

const KINDS: MatrixCell[] = ['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed', 'absent'];

/**
 * The harmonisation matrix as a heat map: a row per requirement of `rows` (one domain, one page of it), a column
 * per spec, every cell with its mark and word.
 */
export function heatMap(
  model: SiteModel,
  links: Links,
  domain: { id: string; title: string },
  rowIds: readonly string[],
): Html {
  const { matrix } = model;
  const ids = matrix.specs.map((s) => s.spec.id);
  const head = matrix.specs.map(
    (s) =>
      html`<th scope="col" class="spec-col depth-${Math.min(s.chain.length - 1, 3)}"><a href="${links.spec(s.spec.id)}" title="${s.spec.title}">${s.spec.id}</a></th>`,
  );
  const index = ids.map((id) => html`<td class="idx">${indexBar(matrix.harmonisation.get(id)!)}</td>`);
  const wanted = new Set(rowIds);
  const bodies = [domain].map((d) => {
    const rows = matrix.rows.filter((r) => wanted.has(r.id));
    return html`<tbody>
<tr class="domain-row"><th scope="rowgroup" colspan="${ids.length + 1}">${d.title}</th></tr>
${rows.map(
  (
    r,
  ) => html`<tr><th scope="row" class="req-col"><a href="${links.requirement(r.id)}"><span class="rid">${r.id}</span> <span class="req-title">${r.title}</span></a></th>${ids.map((spec) => cell(r.id, spec, r.cells.get(spec)!))}</tr>
`,
)}</tbody>`;
  });
  return html`<ul class="legend" aria-label="Legend">${KINDS.map((k) => html`<li>${changeBadge(k)}</li>`)}</ul>
<div class="heat-scroll" role="region" aria-label="Heat map: every requirement against every spec" tabindex="0">
<table class="heat" style="--head: ${Math.max(6, ...ids.map((id) => id.length)) * 0.5 + 1.5}rem">
<thead>
<tr><th scope="col" class="req-col">Requirement</th>${head}</tr>
<tr class="index-row"><th scope="row" class="req-col">Harmonisation</th>${index}</tr>
</thead>
${bodies}
</table>
</div>`;
}

function cell(requirement: string, spec: string, kind: MatrixCell): Html {
  const label = `${requirement} in ${spec}: ${CHANGE_LABEL[kind]!.toLowerCase()}`;
  const mark =
    kind === 'unchanged' || kind === 'absent' ? html`` : html`<span aria-hidden="true">${CHANGE_SYMBOL[kind]!}</span>`;
  return html`<td class="k-${kind}" title="${label}">${mark}<span class="sr-only">${CHANGE_LABEL[kind]!.toLowerCase()}</span></td>`;
}
