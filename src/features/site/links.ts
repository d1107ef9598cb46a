/**
 * Where each page lives in the site folder. Every link is relative, so the site works from a file:// address and
 * from any folder of any static host.
 */
export const SITE_PATHS = {
  home: 'index.html',
  css: 'assets/site.css',
  js: 'assets/site.js',
  searchIndex: 'assets/search-index.js',
  requirement: (id: string) => `requirements/${fileName(id)}.html`,
  spec: (id: string) => `specs/${fileName(id)}.html`,
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
    asset: (path) => at(path),
  };
}
