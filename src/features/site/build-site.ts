import type { PackFile } from '../build/pack-format.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Catalogue } from '../../load/catalogue.js';
import { SITE_SCRIPT } from './assets/site-script.js';
import { SITE_STYLE } from './assets/site-style.js';
import { homePage } from './home-page.js';
import { SITE_PATHS } from './links.js';
import { requirementPage } from './requirement-page.js';
import { searchIndexFiles } from './search-index.js';
import { cataloguePages } from './catalogue-page.js';
import { heatMapIndexPage, heatMapPages } from './heat-map-page.js';
import { historyPage } from './history-page.js';
import { domainGroups } from './pages.js';
import { buildSiteModel, type SiteSettings } from './site-model.js';
import { specPage } from './spec-page.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Every file of the static site, in memory, in a fixed order: the same catalogue and settings give the same bytes
 * (no dates, no random ids, no absolute paths). Pure.
 */
export function buildSite(
  catalogue: Catalogue,
  resolved: ReadonlyMap<string, ResolvedSpec>,
  settings: SiteSettings,
): PackFile[] {
  const model = buildSiteModel(catalogue, resolved, settings);
  const files: PackFile[] = [
    { name: SITE_PATHS.home, bytes: utf8(homePage(model)) },
    { name: SITE_PATHS.css, bytes: utf8(SITE_STYLE) },
    { name: SITE_PATHS.js, bytes: utf8(SITE_SCRIPT) },
    ...searchIndexFiles(model).map((f) => ({ name: f.name, bytes: utf8(f.text) })),
  ];
  const groups = domainGroups(model);
  for (const g of groups) {
    for (const p of cataloguePages(model, g))
      files.push({ name: SITE_PATHS.catalogue(g.id, p.page), bytes: utf8(p.text) });
  }
  files.push({ name: SITE_PATHS.heatMapIndex, bytes: utf8(heatMapIndexPage(model, groups)) });
  for (const g of groups) {
    for (const p of heatMapPages(model, g)) files.push({ name: SITE_PATHS.heatMap(g.id, p.page), bytes: utf8(p.text) });
  }
  for (const r of model.requirements)
    files.push({ name: SITE_PATHS.requirement(r.id), bytes: utf8(requirementPage(model, r)) });
  for (const s of model.specs) files.push({ name: SITE_PATHS.spec(s.spec.id), bytes: utf8(specPage(model, s)) });
  const { history } = settings;
  if (history) {
    files.push({ name: SITE_PATHS.history, bytes: utf8(historyPage(model, history)) });
    for (const r of history.releases)
      if (r.changes) files.push({ name: SITE_PATHS.release(r.tag), bytes: utf8(r.changes.page) });
  }
  return files;
}
