import { escapeHtml, html, type Html } from '../../render/html/html.js';
import { SITE_PATHS, type Links } from './links.js';
import type { SiteModel } from './site-model.js';

export interface PageOptions {
  title: string;
  links: Links;
  /** breadcrumb trail after the home page: [label, href] pairs, the last one being this page (no href) */
  trail: Array<[string, string | undefined]>;
  main: Html;
  /** the home page carries its own search form with filters in the page */
  searchInHeader: boolean;
}

/** One page of the site: landmarks, a skip link, the header search, one stylesheet and two scripts of our own. */
export function layout(model: SiteModel, options: PageOptions): string {
  const { links } = options;
  const crumbs = options.trail.length
    ? html`<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${links.home()}">Catalogue</a></li>${options.trail.map(
        ([label, href]) =>
          href === undefined
            ? html`<li><span aria-current="page">${label}</span></li>`
            : html`<li><a href="${href}">${label}</a></li>`,
      )}</ol></nav>`
    : html``;
  const search = options.searchInHeader
    ? html`<form class="header-search" role="search" action="${links.home('find')}" method="get">
<label class="sr-only" for="search-input">Search the catalogue</label>
<input id="search-input" name="q" type="search" placeholder="Search ids, titles and texts" autocomplete="off" spellcheck="false" aria-describedby="search-help" aria-controls="search-results">
<kbd class="key-hint" aria-hidden="true">/</kbd>
<span id="search-help" class="sr-only">Press slash to search from anywhere; arrow keys move through the results.</span>
</form>`
    : html``;
  const panel = options.searchInHeader
    ? html`<div class="search-panel" id="search-panel" hidden>
<div class="wrap"><p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="results" aria-label="Search results"></ol></div>
</div>`
    : html``;
  const body = html`<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap bar">
<a class="brand" href="${links.home()}"><span class="brand-mark" aria-hidden="true"></span><span class="brand-text">${model.siteName}</span></a>
<nav class="site-nav" aria-label="Site">
<ul>
<li><a href="${links.home('find')}">Requirements</a></li>
<li><a href="${links.home('specs')}">Specs</a></li>
<li><a href="${links.heatMapIndex()}">Heat map</a></li>
${model.settings.history ? html`<li><a href="${links.history()}">History</a></li>` : html``}
</ul>
</nav>
${search}
</div>
</header>
${panel}
<main id="main" tabindex="-1">
<div class="wrap">
${crumbs}
${options.main}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
<p>${model.catalogue.requirements.size} requirements, ${model.specs.length} specs. Made with ${model.settings.toolName} ${model.settings.toolVersion}; the site works offline, straight from the disk.</p>
</div>
</footer>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(options.title)} \u2013 ${escapeHtml(model.siteName)}</title>
<link rel="stylesheet" href="${escapeHtml(links.asset(SITE_PATHS.css))}">
<script src="${escapeHtml(links.asset(SITE_PATHS.searchIndex))}" defer></script>
<script src="${escapeHtml(links.asset(SITE_PATHS.js))}" defer></script>
</head>
<body data-root="${escapeHtml(links.root)}">
${body.value}
</body>
</html>
`;
}
