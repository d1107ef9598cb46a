import { OBLIGATIONS } from '../../load/requirement/requirement.js';
import { EN } from '../../load/frame/labels.js';
import { html, type Html } from '../../render/html/html.js';
import { changeBadge, indexBar, plural } from './fragments.js';
import { domainGroups } from './pages.js';
import { layout } from './layout.js';
import { linksFrom, type Links } from './links.js';
import type { SiteModel } from './site-model.js';

/**
 * index.html: the catalogue at a glance, the search with its filters, the specs, the domains and scenarios. It stays
 * small whatever the catalogue's size: the lists of requirements and the heat map have pages of their own.
 */
export function homePage(model: SiteModel): string {
  const links = linksFrom(0);
  const { config } = model.catalogue;
  const requirements = model.requirements;
  const domains = config.domains.filter((d) => requirements.some((r) => r.domain === d.id));
  const roots = model.specs.filter((s) => s.chain.length === 1);

  const main = html`
<section class="hero" aria-labelledby="home-h">
<h1 id="home-h">Requirements catalogue</h1>
${config.version === undefined ? html`` : html`<p class="catalogue-version">Version <strong>${config.version}</strong></p>`}
<p class="lead">${plural(requirements.length, 'requirement')} in ${plural(domains.length, 'domain')}, and ${plural(model.specs.length, 'specification')} that select and adapt them${
    roots.length ? html`, starting from ${roots.map((r) => r.spec.title).join(' and ')}` : html``
  }.</p>
<ul class="stats" aria-label="Catalogue in numbers">
<li class="stat"><a href="#domains"><span class="stat-value">${requirements.length}</span><span class="stat-label">requirements</span></a></li>
<li class="stat"><a href="#domains"><span class="stat-value">${domains.length}</span><span class="stat-label">domains</span></a></li>
<li class="stat"><a href="#specs"><span class="stat-value">${model.specs.length}</span><span class="stat-label">specs</span></a></li>
<li class="stat"><a href="#scenarios"><span class="stat-value">${config.scenarios.length}</span><span class="stat-label">scenarios</span></a></li>
</ul>
</section>
${findSection(model)}
${specsSection(model, links)}
<div class="two-up">
${domainsSection(model, links)}
${scenariosSection(model, links)}
</div>
`;
  return layout(model, { title: 'Requirements catalogue', links, trail: [], main, searchInHeader: false });
}

function findSection(model: SiteModel): Html {
  const { config } = model.catalogue;
  const select = (name: string, label: string, all: string, options: Array<[string, string]>) =>
    html`<div class="filter"><label for="filter-${name}">${label}</label><select id="filter-${name}" name="${name}" data-filter="${name}"><option value="">${all}</option>${options.map(
      ([value, text]) => html`<option value="${value}">${text}</option>`,
    )}</select></div>`;
  return html`<section aria-labelledby="find-h" id="find" class="find">
<h2 id="find-h">Find a requirement</h2>
<form class="find-form" role="search" action="index.html" method="get">
<div class="find-query">
<label for="search-input">Search ids, titles and texts</label>
<div class="input-row"><input id="search-input" name="q" type="search" placeholder="e.g. INT-001, EMSI, failover" autocomplete="off" spellcheck="false" aria-describedby="search-help" aria-controls="search-results"><kbd class="key-hint" aria-hidden="true">/</kbd></div>
<p id="search-help" class="hint">Press <kbd>/</kbd> to search from anywhere, <kbd>\u2193</kbd> and <kbd>\u2191</kbd> to move through the results, <kbd>Enter</kbd> to open one.</p>
</div>
<div class="filters">
${select(
  'domain',
  'Domain',
  'All domains',
  config.domains.map((d) => [d.id, d.title]),
)}
${select(
  'obligation',
  'Obligation',
  'Any obligation',
  [...OBLIGATIONS].reverse().map((o) => [o, EN.obligation[o]]),
)}
${select(
  'scenario',
  'Scenario',
  'Any scenario',
  config.scenarios.map((s) => [s.id, s.title]),
)}
${select(
  'spec',
  'Selected by spec',
  'Any spec',
  model.specs.map((s) => [
    s.spec.id,
    `${'\u00a0\u00a0'.repeat(s.chain.length - 1)}${s.spec.id} \u2013 ${s.spec.title}`,
  ]),
)}
</div>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="results" aria-label="Search results"></ol>
<noscript><p class="muted">The search needs JavaScript; every requirement is listed under <a href="#catalogue">Catalogue</a> below.</p></noscript>
</section>`;
}

function specsSection(model: SiteModel, links: Links): Html {
  const rows = model.specs.map((s) => {
    const diff = model.matrix.diffs.get(s.spec.id)!;
    const depth = Math.min(s.chain.length - 1, 3);
    return html`<tr class="depth-${depth}">
<th scope="row" data-label="Spec"><a class="spec-link" href="${links.spec(s.spec.id)}">${s.spec.id}</a><span class="spec-title">${s.spec.title}</span></th>
<td data-label="Extends" class="wide-only">${s.spec.extends ? html`<a href="${links.spec(s.spec.extends)}">${s.spec.extends}</a>` : html`<span class="muted">baseline</span>`}</td>
<td data-label="Language">${s.spec.language}</td>
<td class="num" data-label="Requirements">${s.requirements.length}</td>
<td data-label="Changes">${s.chain.length === 1 ? html`<span class="muted">\u2013</span>` : changeSummary(diff.summary)}</td>
<td data-label="Harmonisation">${indexBar(model.matrix.harmonisation.get(s.spec.id)!)}</td>
</tr>`;
  });
  return html`<section aria-labelledby="specs-h" id="specs">
<h2 id="specs-h">Specs</h2>
<p class="muted">Each spec extends its parent and records every deviation with its justification.</p>
<div class="table-scroll" role="region" aria-label="Specs" tabindex="0"><table class="specs cards">
<thead><tr><th scope="col">Spec</th><th scope="col" class="wide-only">Extends</th><th scope="col">Language</th><th scope="col" class="num">Requirements</th><th scope="col">Changes against the baseline</th><th scope="col">Harmonisation</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}

function changeSummary(s: {
  stricter: number;
  looser: number;
  modified: number;
  added: number;
  removed: number;
}): Html {
  const kinds = (['stricter', 'looser', 'modified', 'added', 'removed'] as const).filter((k) => s[k] > 0);
  if (kinds.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul class="plain inline">${kinds.map((k) => html`<li>${changeBadge(k)}\u00a0${s[k]}</li>`)}</ul>`;
}

function domainsSection(model: SiteModel, links: Links): Html {
  const rows = domainGroups(model).map((d) => {
    const { members } = d;
    const by = (o: string) => members.filter((r) => r.obligation === o).length;
    if (members.length === 0) return html``;
    return html`<tr><th scope="row"><a href="${links.catalogue(d.id, 1)}">${d.title}</a> <a class="small" href="${links.heatMap(d.id, 1)}">heat map</a></th><td class="num">${members.length}</td><td class="num">${by('mandatory')}</td><td class="num">${by('recommended')}</td><td class="num">${by('optional')}</td></tr>`;
  });
  return html`<section aria-labelledby="domains-h" id="domains">
<h2 id="domains-h">Domains</h2>
<div class="table-scroll" role="region" aria-label="Domains" tabindex="0"><table class="domains">
<thead><tr><th scope="col">Domain</th><th scope="col" class="num">All</th><th scope="col" class="num"><abbr title="Mandatory">Mand.</abbr></th><th scope="col" class="num"><abbr title="Recommended">Rec.</abbr></th><th scope="col" class="num"><abbr title="Optional">Opt.</abbr></th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
<p class="muted small">Obligations as the catalogue states them; a spec may change them.</p>
</section>`;
}

function scenariosSection(model: SiteModel, links: Links): Html {
  const { scenarios } = model.catalogue.config;
  if (scenarios.length === 0)
    return html`<section aria-labelledby="scen-h" id="scenarios"><h2 id="scen-h">Scenarios</h2><p class="muted">tenderkit.yaml names no readiness scenarios.</p></section>`;
  const rows = scenarios.map((s) => {
    const n = model.requirements.filter((r) => r.scenarios.includes(s.id)).length;
    return html`<tr><th scope="row"><a href="${links.root}index.html?scenario=${encodeURIComponent(s.id)}#find">${s.title}</a>${s.description ? html`<span class="spec-title">${s.description}</span>` : html``}</th><td class="num">${n}</td></tr>`;
  });
  return html`<section aria-labelledby="scen-h" id="scenarios">
<h2 id="scen-h">Scenarios</h2>
<div class="table-scroll" role="region" aria-label="Scenarios" tabindex="0"><table class="scenarios">
<thead><tr><th scope="col">Readiness scenario</th><th scope="col" class="num">Requirements</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}
