/**
 * Where each page lives in the site folder. Every link is relative, so the site works from a file:// address and
 * from any folder of any static host.
 */
export const SITE_PATHS = {
  home: 'index.html',
  css: 'assets/site.css',
  js: 'assets/site.js',
  searchIndex: 'assets/search-index.js',
  /** a piece of the search index, loaded when the search is first used */
  searchPart: (n: number) => `assets/search/part-${n}.js`,
  requirement: (id: string) => `requirements/${fileName(id)}.html`,
  spec: (id: string) => `specs/${fileName(id)}.html`,
  /** page `page` (1-based) of a domain's requirement list */
  catalogue: (domain: string, page: number) => `catalogue/${fileName(domain)}${page > 1 ? `-${page}` : ''}.html`,
  heatMapIndex: 'heat-map/index.html',
  /** page `page` (1-based) of a domain's heat map */
  heatMap: (domain: string, page: number) => `heat-map/${fileName(domain)}${page > 1 ? `-${page}` : ''}.html`,
  /** the releases of the catalogue (tags of its repository) */
  history: 'history/index.html',
  /** one release's changelog */
  release: (tag: string) => `history/${fileName(tag)}.html`,
} as const;

/** Ids are validated ([A-Z0-9-] and [a-z0-9-]); anything else is encoded rather than trusted. */
function fileName(id: string): string {
  return encodeURIComponent(id);
}

/** Links from a page at `depth` folders below the site root. */
export interface Links {
  /** "" at the root, "../" one folder down */
  root: string;
  home(fragment?: string): string;
  requirement(id: string, fragment?: string): string;
  spec(id: string, fragment?: string): string;
  catalogue(domain: string, page: number, fragment?: string): string;
  heatMapIndex(): string;
  heatMap(domain: string, page: number): string;
  history(): string;
  release(tag: string): string;
  asset(path: string): string;
}

export function linksFrom(depth: number): Links {
  const root = '../'.repeat(depth);
  const at = (path: string, fragment?: string) => `${root}${path}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
  return {
    root,
    home: (fragment) => at(SITE_PATHS.home, fragment),
    requirement: (id, fragment) => at(SITE_PATHS.requirement(id), fragment),
    spec: (id, fragment) => at(SITE_PATHS.spec(id), fragment),
    catalogue: (domain, page, fragment) => at(SITE_PATHS.catalogue(domain, page), fragment),
    heatMapIndex: () => at(SITE_PATHS.heatMapIndex),
    heatMap: (domain, page) => at(SITE_PATHS.heatMap(domain, page)),
    history: () => at(SITE_PATHS.history),
    release: (tag) => at(SITE_PATHS.release(tag)),
    asset: (path) => at(path),
  };
}
