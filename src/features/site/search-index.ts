import type { Requirement } from '../../load/requirement/requirement.js';
import { plainBlocks } from '../diff/requirement-text.js';
import { baselineText } from './baseline-text.js';
import { SITE_PATHS } from './links.js';
import type { SiteModel } from './site-model.js';

/** The variable that search-index.js assigns and site.js reads. */
export const SEARCH_GLOBAL = 'TENDERKIT_SEARCH';

const OBLIGATION_CODE = { mandatory: 'm', recommended: 'r', optional: 'o' } as const;

/** The variable that each piece of the index adds itself to, by its number. */
export const SEARCH_PARTS_GLOBAL = 'TENDERKIT_SEARCH_PARTS';

/** How many entries one piece of the index holds: a few hundred kilobytes at most. */
const PART_SIZE = 300;

/**
 * The search index as scripts: browsers refuse fetch() of a JSON file from a file:// page, but they run a
 * <script src>. Every page loads assets/search-index.js, which is small (the specs, the domains and the names of
 * the pieces); the pieces, assets/search/part-<n>.js, are loaded when the search is first used. Keys are short.
 */
export function searchIndexFiles(model: SiteModel): Array<{ name: string; text: string }> {
  const specs = model.specs.map((s) => s.spec.id);
  const items: unknown[] = [];
  for (const s of model.specs) {
    const { spec } = s;
    items.push({
      k: 's',
      id: spec.id,
      t: spec.title,
      u: SITE_PATHS.spec(spec.id),
      x: [
        spec.authority?.name,
        spec.procurement?.title,
        spec.procurement?.reference,
        s.chain.map((c) => c.id).join(' > '),
      ]
        .filter(Boolean)
        .join(' \u00b7 '),
    });
  }
  for (const r of model.requirements) {
    const uses = model.uses.get(r.id) ?? [];
    items.push({
      k: 'r',
      id: r.id,
      t: r.title,
      d: r.domain,
      o: r.obligation,
      sc: r.scenarios,
      // one letter per spec, in `specs` order: the obligation in that spec, or "-" where the spec does not select it
      e: uses.map((u) => (u.effective ? OBLIGATION_CODE[u.effective.obligation] : '-')).join(''),
      u: SITE_PATHS.requirement(r.id),
      x: searchText(r),
    });
  }
  const parts: Array<{ name: string; text: string }> = [];
  for (let start = 0; start < items.length; start += PART_SIZE) {
    const n = parts.length;
    parts.push({
      name: SITE_PATHS.searchPart(n),
      text: `(window.${SEARCH_PARTS_GLOBAL} = window.${SEARCH_PARTS_GLOBAL} || {})[${n}] = ${scriptSafeJson(items.slice(start, start + PART_SIZE))};\n`,
    });
  }
  const manifest = {
    specs,
    domains: Object.fromEntries(model.catalogue.config.domains.map((d) => [d.id, d.title])),
    parts: parts.map((part) => part.name),
  };
  return [{ name: SITE_PATHS.searchIndex, text: `window.${SEARCH_GLOBAL} = ${scriptSafeJson(manifest)};\n` }, ...parts];
}

/** What a search matches besides id and title: the statement and sections with default values, references, tags. */
function searchText(r: Requirement): string {
  const text = baselineText(r);
  const plain = (nodes: Requirement['statement']['nodes']) => plainBlocks(nodes).join(' ');
  return [
    plain(text.statement),
    ...text.sections.map((s) => plain(s.nodes)),
    ...r.references.map((ref) => [ref.id, ref.title].filter(Boolean).join(' ')),
    r.tags.join(' '),
  ]
    .filter((t) => t.length > 0)
    .join(' \u00b7 ');
}

/** JSON that stays data inside a script: no "</script>", no "<!--", and line separators escaped for older engines. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
