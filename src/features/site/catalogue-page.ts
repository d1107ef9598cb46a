import { html } from '../../render/html/html.js';
import { obligationBadge, plural } from './fragments.js';
import { layout } from './layout.js';
import { linksFrom } from './links.js';
import { CATALOGUE_PAGE_SIZE, type DomainGroup, paged } from './pages.js';
import { pager } from './pager.js';
import { selectingUses, type SiteModel } from './site-model.js';

/** catalogue/<domain>[-n].html: one page of a domain's requirements, each linked to its page. */
export function cataloguePages(model: SiteModel, group: DomainGroup): Array<{ page: number; text: string }> {
  const links = linksFrom(1);
  const pages = paged(group.members, CATALOGUE_PAGE_SIZE);
  return pages.map(({ page, items }) => {
    const nav = pager(`Pages of ${group.title}`, pages.length, page, (n) => links.catalogue(group.id, n));
    const first = (page - 1) * CATALOGUE_PAGE_SIZE + 1;
    const main = html`
<header class="page-head">
<p class="eyebrow">Domain \u00b7 <code>${group.id}</code></p>
<h1>${group.title}</h1>
<p class="lead">${plural(group.members.length, 'requirement')}${pages.length > 1 ? html`; this page lists ${first} to ${first + items.length - 1}` : html``}. <a href="${links.heatMap(group.id, 1)}">Heat map of this domain</a>.</p>
</header>
${nav}
<ul class="req-list">${items.map((r) => {
      const specs = selectingUses(model, r.id).length;
      const where = specs === model.specs.length ? '' : specs === 0 ? 'in no spec' : `in ${plural(specs, 'spec')}`;
      return html`<li id="${r.id}"><a href="${links.requirement(r.id)}"><span class="rid">${r.id}</span> ${r.title}</a><span class="req-meta">${obligationBadge(r.obligation)}${
        r.status === 'approved' ? html`` : html` <span class="status status-${r.status}">${r.status}</span>`
      }${where ? html` <span class="muted small">${where}</span>` : html``}</span></li>`;
    })}</ul>
${nav}`;
    const text = layout(model, {
      title: pages.length > 1 ? `${group.title} (${page} of ${pages.length})` : group.title,
      links,
      trail: [
        ['Domains', links.home('domains')],
        [group.title, undefined],
      ],
      main,
      searchInHeader: true,
    });
    return { page, text };
  });
}
