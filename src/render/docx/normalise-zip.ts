import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Makes a .docx from docx reproducible: the same document gives the same bytes in any process, at any time, in any
 * time zone. docx stamps core.xml with the clock, names hyperlink relationships with random ids, and numbers bookmarks
 * (its own `_Toc` ones too) from counters shared by every document of the process. Those become the document date
 * and numbers in order of appearance; the parts are zipped again in a fixed order with a fixed time.
 */
export function normaliseDocx(bytes: Uint8Array, date: Date): Uint8Array {
  const parts = unzipSync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(parts)) out.set(name, data);

  const core = out.get('docProps/core.xml');
  if (core) out.set('docProps/core.xml', strToU8(fixCoreDates(strFromU8(core), date)));

  for (const name of [...out.keys()]) {
    const rels = relsOf(name);
    if (rels === undefined || !out.has(rels)) continue;
    const renamed = renameRelationships(strFromU8(out.get(rels)!), strFromU8(out.get(name)!));
    out.set(rels, strToU8(renamed.rels));
    out.set(name, strToU8(renamed.part));
  }
  for (const name of [...out.keys()]) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue;
    const text = strFromU8(out.get(name)!);
    if (text.includes('w:bookmarkStart')) out.set(name, strToU8(renumberBookmarks(text)));
  }
  return zipFixed(out, date);
}

/** W3CDTF without fractions, as Word writes it. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fixCoreDates(xml: string, date: Date): string {
  const stamp = w3cdtf(date);
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels. */
function relsOf(name: string): string | undefined {
  if (name.endsWith('.rels')) return undefined;
  const slash = name.lastIndexOf('/');
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

const NUMBERED_ID = /^rId\d+$/;

/** Random relationship ids become rIdL1, rIdL2, ... in the order the relationships are listed. */
function renameRelationships(rels: string, part: string): { rels: string; part: string } {
  const names = new Map<string, string>();
  for (const m of rels.matchAll(/\bId="([^"]+)"/g)) {
    const id = m[1]!;
    if (!NUMBERED_ID.test(id) && !names.has(id)) names.set(id, `rIdL${names.size + 1}`);
  }
  if (names.size === 0) return { rels, part };
  const swap = (_: string, prefix: string, id: string) => `${prefix}"${names.get(id) ?? id}"`;
  return {
    rels: rels.replace(/(\bId=)"([^"]+)"/g, swap),
    part: part.replace(/(\br:id=)"([^"]+)"/g, swap),
  };
}

/**
 * Bookmark ids become 1, 2, ... and docx's `_Toc<n>` names _Toc1, _Toc2, ... in order of first appearance. Ours
 * never start with an underscore, so `_Toc` names are docx's alone.
 */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const tocs = new Map<string, number>();
  const renamed = xml.replace(/<w:bookmark(?:Start|End)\b[^>]*>/g, (tag) =>
    tag.replace(/\bw:id="(-?\d+)"/, (_, id: string) => {
      let n = ids.get(id);
      if (n === undefined) ids.set(id, (n = ids.size + 1));
      return `w:id="${n}"`;
    }),
  );
  return renamed.replace(/\b_Toc(\d+)\b/g, (_, id: string) => {
    let n = tocs.get(id);
    if (n === undefined) tocs.set(id, (n = tocs.size + 1));
    return `_Toc${n}`;
  });
}

/** Content types first and the package relationships next, as Word writes them; then every part by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * ZIP entries carry a local-time DOS timestamp that fflate reads from the Date's local fields; a Date built from
 * local fields puts the document's calendar day there in any time zone (noon: no daylight-saving gap).
 */
function zipTime(date: Date): Date {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2099);
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}

function zipFixed(parts: Map<string, Uint8Array>, date: Date): Uint8Array {
  const mtime = zipTime(date);
  const files: Zippable = {};
  for (const name of [...parts.keys()].sort(entryOrder)) files[name] = [parts.get(name)!, { mtime, level: 6 }];
  return zipSync(files);
}
