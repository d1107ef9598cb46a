import { CHANGE_LABEL, CHANGE_SYMBOL, percent } from '../../document/field-display.js';
import type { Matrix, MatrixCell } from './build-matrix.js';
import { BASE_CSS, html, page, type Html } from '../../render/html/html.js';

const CSS = `${BASE_CSS}
body { max-width: none; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 8px 0 16px; padding: 0; list-style: none; }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); position: relative; }
table.heat { font-size: 13px; }
table.heat th, table.heat td { padding: 2px 6px; white-space: nowrap; }
table.heat thead th { position: sticky; top: 0; z-index: 2; text-align: center; }
table.heat thead tr.index th { top: 2.1em; font-weight: 600; }
table.heat th.req { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; font-weight: normal; max-width: 24em; overflow: hidden; text-overflow: ellipsis; }
table.heat thead th.req { z-index: 3; background: #f6f8fa; }
table.heat td { text-align: center; }
table.heat tr.domain th { background: #eef1f4; text-align: left; position: sticky; left: 0; }
table.heat tr.domain td { background: #eef1f4; font-size: 12px; }
.id { font-weight: 600; margin-right: 4px; }
.spec-head { display: block; font-weight: 600; }
.spec-sub { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
td.idx { font-variant-numeric: tabular-nums; }
.wide { overflow-x: auto; position: relative; }
table.index { font-size: 13px; }
table.index th, table.index td { padding: 3px 6px; white-space: nowrap; }
table.index th[scope="row"] { white-space: normal; min-width: 16em; }
`;

const KINDS: MatrixCell[] = ['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed', 'absent'];

/** The harmonisation matrix as a heat map: one self-contained page; every cell carries its text, not colour alone. */
export function renderMatrixHtml(matrix: Matrix, options: { title?: string } = {}): string {
  const title = options.title ?? 'Harmonisation matrix';
  const specs = matrix.specs;
  const ids = specs.map((s) => s.spec.id);
  const head = specs.map(
    (s) =>
      html`<th scope="col" title="${s.spec.title}"><span class="spec-head">${s.spec.id}</span><span class="spec-sub">${s.spec.extends ? `\u2190 ${s.spec.extends}` : 'root'}</span></th>`,
  );
  const index = ids.map((id) => indexCell(matrix.harmonisation.get(id)!, 'th'));
  const bodies = matrix.byDomain.map((d) => {
    const rows = matrix.rows.filter((r) => r.domain === d.domain.id);
    return html`<tbody>
<tr class="domain"><th scope="rowgroup" class="req">${d.domain.title}</th>${ids.map((id) => domainCell(d.values.get(id) ?? null))}</tr>
${rows.map(
  (
    r,
  ) => html`<tr><th scope="row" class="req" title="${r.id} ${r.title}"><span class="id">${r.id}</span>${r.title}</th>${ids.map((id) => cell(matrix, id, r.id, r.cells.get(id)!))}</tr>
`,
)}</tbody>`;
  });
  const domainRows = matrix.byDomain.map(
    (d) =>
      html`<tr><th scope="row">${d.domain.title}</th>${ids.map((id) => {
        const v = d.values.get(id) ?? null;
        return v === null ? html`<td class="num muted">n/a</td>` : indexCell(v, 'td');
      })}</tr>`,
  );
  const body = html`
<h1>${title}</h1>
<p>Every requirement against every spec. Each spec is compared with the root of its own chain; the harmonisation index is the share of the root\u2019s requirements that the spec keeps unchanged.</p>
<ul class="legend" aria-label="Legend">${KINDS.map((k) => html`<li>${badge(k)}</li>`)}</ul>
<h2>Harmonisation index</h2>
<div class="wide" role="region" aria-label="Harmonisation index by domain" tabindex="0">
<table class="index">
<thead><tr><th scope="col">Domain</th>${ids.map((id) => html`<th scope="col" class="num">${id}</th>`)}</tr></thead>
<tbody>${domainRows}<tr><th scope="row">All domains</th>${ids.map((id) => indexCell(matrix.harmonisation.get(id)!, 'td'))}</tr></tbody>
</table>
</div>
<h2>Requirements</h2>
<div class="scroll" role="region" aria-label="Every requirement against every spec" tabindex="0">
<table class="heat">
<thead>
<tr><th scope="col" class="req">Requirement</th>${head}</tr>
<tr class="index"><th scope="row" class="req">Harmonisation</th>${index}</tr>
</thead>
${bodies}
</table>
</div>`;
  return page({ title, lang: 'en', css: CSS, body });
}

function badge(kind: MatrixCell): Html {
  return html`<span class="kind k-${kind}">${CHANGE_SYMBOL[kind]!} ${CHANGE_LABEL[kind]!.toLowerCase()}</span>`;
}

function cell(matrix: Matrix, spec: string, requirement: string, kind: MatrixCell): Html {
  const change = matrix.diffs.get(spec)?.changes.find((c) => c.requirement === requirement);
  const tip = `${requirement} in ${spec}: ${kind}${change ? ` (declared in ${change.declaredIn})` : ''}`;
  if (kind === 'unchanged' || kind === 'absent') {
    return html`<td class="k-${kind}" title="${tip}"><span aria-hidden="true">${CHANGE_SYMBOL[kind]!}</span><span class="sr-only">${kind}</span></td>`;
  }
  return html`<td class="k-${kind}" title="${tip}">${CHANGE_SYMBOL[kind]!} ${kind}</td>`;
}

/**
 * Green when everything is kept, through yellow at 90 %, to red at 80 % or less: variants keep most of a baseline,
 * so the scale spends its colours where the values are. The number is always printed too.
 */
function shade(share: number): string {
  const hue = Math.round(120 * Math.max(0, Math.min(1, (share - 0.8) / 0.2)));
  return `hsl(${hue}, 70%, 86%)`;
}

function indexCell(share: number, tag: 'th' | 'td'): Html {
  return tag === 'th'
    ? html`<th class="num idx" style="background: ${shade(share)}">${percent(share, 1)}</th>`
    : html`<td class="num idx" style="background: ${shade(share)}">${percent(share, 1)}</td>`;
}

function domainCell(share: number | null): Html {
  return share === null
    ? html`<td class="muted">n/a</td>`
    : html`<td class="idx" style="background: ${shade(share)}">${percent(share, 1)}</td>`;
}
