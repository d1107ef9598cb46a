import { html, type Html } from '../../render/html/html.js';
import { joinHtml } from './fragments.js';
import type { Release, SiteHistory } from './history.js';
import { layout } from './layout.js';
import { linksFrom } from './links.js';
import type { SiteModel } from './site-model.js';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { left: 44, right: 16, top: 12, bottom: 36 };
/** line colours with a contrast of at least 3:1 on white, told apart further by the dash patterns */
const COLOURS = ['#0b5cad', '#b3261e', '#1b6e3a', '#7a4b00', '#6a1b9a', '#00695c', '#ad1457', '#37474f'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

/** history/index.html: the releases, their changes and each spec's harmonisation index across them. */
export function historyPage(model: SiteModel, history: SiteHistory): string {
  const links = linksFrom(1);
  const { releases } = history;
  const specs = [...new Set(releases.flatMap((r) => [...r.harmonisation.keys()]))].sort();
  const rows = [...releases].reverse().map(
    (r) =>
      html`<tr><th scope="row">${r.changes ? html`<a href="${links.release(r.tag)}">${r.tag}</a>` : r.tag}</th><td>${r.date}</td><td>${r.requirements}</td><td>${
        r.changes
          ? joinHtml(
              r.changes.summary.map((l) => html`${l}`),
              html`<br>`,
            )
          : html`<span class="muted">first release shown</span>`
      }${r.notes.map((n) => html`<br><span class="muted small">${n}</span>`)}</td></tr>`,
  );
  const table = html`<div class="table-scroll" role="region" aria-label="Harmonisation index of each spec by release" tabindex="0"><table>
<thead><tr><th scope="col">Spec</th>${releases.map((r) => html`<th scope="col">${r.tag}</th>`)}</tr></thead>
<tbody>${specs.map((id) => html`<tr><th scope="row">${id}</th>${releases.map((r) => html`<td>${percent(r.harmonisation.get(id))}</td>`)}</tr>`)}</tbody></table></div>`;
  const main = html`
<header class="page-head"><h1>History</h1><p class="lead">The releases of the catalogue (the tags of its repository), newest first, with what changed since the release before and how far each spec keeps to the requirements of its root.</p></header>
<section aria-labelledby="rel-h"><h2 id="rel-h">Releases</h2>
<div class="table-scroll" role="region" aria-label="Releases" tabindex="0"><table>
<thead><tr><th scope="col">Release</th><th scope="col">Date</th><th scope="col">Requirements</th><th scope="col">Changes since the release before</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>
<section aria-labelledby="plot-h"><h2 id="plot-h">Harmonisation across releases</h2>
${plot(releases, specs)}
<p class="muted small">The share of the root's requirements each spec keeps unchanged, as <code>tenderkit matrix</code> computes it; the table gives the figures.</p>
${table}</section>`;
  return layout(model, { title: 'History', links, trail: [['History', undefined]], main, searchInHeader: true });
}

/** A line per spec over the releases, as inline SVG: no script, readable as an image with its title. */
function plot(releases: readonly Release[], specs: readonly string[]): Html {
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (releases.length === 1 ? innerW / 2 : (i * innerW) / (releases.length - 1));
  const y = (share: number) => MARGIN.top + (1 - share) * innerH;
  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (v) =>
      html`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de"/><text x="${MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11">${Math.round(v * 100)} %</text>`,
  );
  const labels = releases.map(
    (r, i) => html`<text x="${x(i)}" y="${HEIGHT - 14}" text-anchor="middle" font-size="11">${r.tag}</text>`,
  );
  const lines = specs.map((id, n) => {
    const points = releases.flatMap((r, i) => {
      const v = r.harmonisation.get(id);
      return v === undefined ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`];
    });
    const colour = COLOURS[n % COLOURS.length]!;
    const dash = DASHES[Math.floor(n / COLOURS.length) % DASHES.length]!;
    return html`<g><title>${id}</title><polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash ? html` stroke-dasharray="${dash}"` : html``}/>${points.map(
      (p) => {
        const [cx, cy] = p.split(',');
        return html`<circle cx="${cx!}" cy="${cy!}" r="3" fill="${colour}"/>`;
      },
    )}</g>`;
  });
  return html`<figure class="history-plot"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="plot-title" xmlns="http://www.w3.org/2000/svg"><title id="plot-title">Harmonisation index of ${specs.length} specs across ${releases.length} releases</title>${grid}${labels}${lines}</svg></figure>`;
}

function percent(share: number | undefined): string {
  return share === undefined ? '\u2013' : `${(share * 100).toFixed(1)} %`;
}
