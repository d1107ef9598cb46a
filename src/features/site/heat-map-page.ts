import { html } from '../../render/html/html.js';
import { indexBar, plural } from './fragments.js';
import { heatMap } from './heat-map.js';
import { layout } from './layout.js';
import { linksFrom } from './links.js';
import { type DomainGroup, HEAT_MAP_PAGE_SIZE, paged } from './pages.js';
import { pager } from './pager.js';
import type { SiteModel } from './site-model.js';

const INTRO =
  'Each spec is compared with the root of its own chain; its harmonisation index is the share of the root\u2019s requirements that it keeps unchanged.';

/** heat-map/index.html: the harmonisation of every spec, and the heat map's pages by domain. */
export function heatMapIndexPage(model: SiteModel, groups: readonly DomainGroup[]): string {
  const links = linksFrom(1);
  const rows = model.specs.map(
    (s) =>
      html`<tr><th scope="row"><a href="${links.spec(s.spec.id)}">${s.spec.id}</a><span class="spec-title">${s.spec.title}</span></th><td>${indexBar(model.matrix.harmonisation.get(s.spec.id)!)}</td></tr>`,
  );
  const domains = groups.map((g) => {
    const pages = paged(g.members, HEAT_MAP_PAGE_SIZE);
    return html`<li><a href="${links.heatMap(g.id, 1)}">${g.title}</a> <span class="muted small">${plural(g.members.length, 'requirement')}${pages.length > 1 ? `, ${pages.length} pages` : ''}</span></li>`;
  });
  const main = html`
<header class="page-head"><h1>Heat map</h1><p class="lead">Every requirement against every spec, one domain at a time. ${INTRO}</p></header>
<section aria-labelledby="hm-domains-h"><h2 id="hm-domains-h">By domain</h2><ul class="plain">${domains}</ul></section>
<section aria-labelledby="hm-index-h"><h2 id="hm-index-h">Harmonisation</h2>
<div class="table-scroll" role="region" aria-label="Harmonisation of each spec" tabindex="0"><table class="specs">
<thead><tr><th scope="col">Spec</th><th scope="col">Harmonisation</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
  return layout(model, { title: 'Heat map', links, trail: [['Heat map', undefined]], main, searchInHeader: true });
}

/** heat-map/<domain>[-n].html: one page of a domain's rows. */
export function heatMapPages(model: SiteModel, group: DomainGroup): Array<{ page: number; text: string }> {
  const links = linksFrom(1);
  const pages = paged(group.members, HEAT_MAP_PAGE_SIZE);
  return pages.map(({ page, items }) => {
    const nav = pager(`Pages of the heat map of ${group.title}`, pages.length, page, (n) => links.heatMap(group.id, n));
    const main = html`
<header class="page-head"><p class="eyebrow">Heat map</p><h1>${group.title}</h1><p class="muted">${INTRO}</p></header>
${nav}
${heatMap(
  model,
  links,
  group,
  items.map((r) => r.id),
)}
${nav}`;
    const text = layout(model, {
      title: `Heat map: ${group.title}${pages.length > 1 ? ` (${page} of ${pages.length})` : ''}`,
      links,
      trail: [
        ['Heat map', links.heatMapIndex()],
        [group.title, undefined],
      ],
      main,
      searchInHeader: true,
    });
    return { page, text };
  });
}
