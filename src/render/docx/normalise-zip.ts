import { strFromU8, strToU8, unzipSync } from 'fflate';
import { fixCoreDates } from './core-dates.js';
import { reproducibleZip } from '../../lib/zip/reproducible-zip.js';
import { packageEntries } from './package-order.js';

export { w3cdtf } from './core-dates.js';

/**
 * Makes a .docx that docx packed whole reproducible (the redline uses it): the same document gives the same bytes in
 * any process, at any time, in any time zone. docx stamps core.xml with the clock, names hyperlink relationships with
 * random ids, and numbers bookmarks (its `_Toc` ones too) from counters shared by every document of the process.
 * Those become the document date and numbers in order of appearance, and the parts are zipped in a fixed order
 * with a fixed time.
 */
export function normaliseDocx(bytes: Uint8Array, date: Date): Uint8Array {
  const parts = new Map(Object.entries(unzipSync(bytes)));
  const core = parts.get('docProps/core.xml');
  if (core) parts.set('docProps/core.xml', strToU8(fixCoreDates(strFromU8(core), date)));
  for (const name of [...parts.keys()]) {
    const rels = relsOf(name);
    if (rels === undefined || !parts.has(rels)) continue;
    const renamed = renameRelationships(strFromU8(parts.get(rels)!), strFromU8(parts.get(name)!));
    if (renamed === undefined) continue;
    parts.set(rels, strToU8(renamed.rels));
    parts.set(name, strToU8(renamed.part));
  }
  for (const name of [...parts.keys()]) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue;
    const text = strFromU8(parts.get(name)!);
    if (text.includes('w:bookmarkStart')) parts.set(name, strToU8(renumberBookmarks(text)));
  }
  return reproducibleZip(packageEntries(parts), date);
}

/** The relationships part of a part: word/document.xml -> word/_rels/document.xml.rels. */
function relsOf(name: string): string | undefined {
  if (name.endsWith('.rels')) return undefined;
  const slash = name.lastIndexOf('/');
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

const NUMBERED_ID = /^rId\d+$/;

/** Random relationship ids become rIdL1, rIdL2, ... in the order the relationships are listed. */
function renameRelationships(rels: string, part: string): { rels: string; part: string } | undefined {
  const names = new Map<string, string>();
  for (const m of rels.matchAll(/\bId="([^"]+)"/g)) {
    const id = m[1]!;
    if (!NUMBERED_ID.test(id) && !names.has(id)) names.set(id, `rIdL${names.size + 1}`);
  }
  if (names.size === 0) return undefined;
  const swap = (_: string, prefix: string, id: string) => `${prefix}"${names.get(id) ?? id}"`;
  return {
    rels: rels.replace(/(\bId=)"([^"]+)"/g, swap),
    part: part.replace(/(\br:id=)"([^"]+)"/g, swap),
  };
}

/** Bookmark ids become 1, 2, ... and docx's `_Toc<n>` names _Toc1, _Toc2, ... in order of first appearance. */
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
