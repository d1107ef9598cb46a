import type { Requirement } from '../../load/requirement/requirement.js';
import type { SiteModel } from './site-model.js';

/** How many requirements one catalogue page lists, and how many rows one heat-map page draws (each row a cell per spec). */
export const CATALOGUE_PAGE_SIZE = 400;
export const HEAT_MAP_PAGE_SIZE = 100;

/** One domain of the catalogue with its requirements, in the order of tenderkit.yaml (domains no spec names last). */
export interface DomainGroup {
  id: string;
  title: string;
  members: Requirement[];
}

export function domainGroups(model: SiteModel): DomainGroup[] {
  const { config } = model.catalogue;
  const known = new Set(config.domains.map((d) => d.id));
  const extra = [...new Set(model.requirements.map((r) => r.domain))]
    .filter((d) => !known.has(d))
    .map((id) => ({ id, title: id }));
  return [...config.domains, ...extra]
    .map((d) => ({ id: d.id, title: d.title, members: model.requirements.filter((r) => r.domain === d.id) }))
    .filter((g) => g.members.length > 0);
}

/** The pages a list is cut into, each with its 1-based number; an empty list still has one page. */
export function paged<T>(items: readonly T[], size: number): Array<{ page: number; items: T[] }> {
  const pages: Array<{ page: number; items: T[] }> = [];
  for (let start = 0; start < items.length || pages.length === 0; start += size)
    pages.push({ page: pages.length + 1, items: items.slice(start, start + size) });
  return pages;
}
