import { zipSync, type Zippable } from 'fflate';

/** Content types first and the package relationships next, as Word writes them; then every part by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * ZIP entries carry a local-time DOS timestamp that fflate takes from the Date's local fields; a Date built from
 * local fields puts the document's calendar day there in any time zone (at noon, clear of daylight-saving gaps).
 */
function entryTime(date: Date): Date {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2099);
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}

/** A ZIP of the parts in a fixed order with a fixed time: the same parts give the same bytes. */
export function reproducibleZip(parts: ReadonlyMap<string, Uint8Array>, date: Date): Uint8Array {
  const mtime = entryTime(date);
  const files: Zippable = {};
  for (const name of [...parts.keys()].sort(entryOrder)) files[name] = [parts.get(name)!, { mtime, level: 6 }];
  return zipSync(files);
}
