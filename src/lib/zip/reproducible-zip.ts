import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * The one zip writer: bytes that depend only on the entries, their order and the calendar day of `date`.
 * Entries are written in the given order with one compression level, each stamped with the day at noon.
 * Zip entries carry a local-time DOS timestamp that fflate takes from a Date's local fields, so the Date is
 * built from local fields (noon is clear of daylight-saving gaps): the same bytes in every time zone.
 */
export function reproducibleZip(entries: Iterable<ZipEntry>, date: Date): Uint8Array {
  const mtime = entryTime(date);
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name in files) throw new Error(`duplicate zip entry ${entry.name}`);
    files[entry.name] = [entry.bytes, { mtime, level: 6 }];
  }
  return zipSync(files);
}

/** DOS times run from 1980 to 2107; the year is kept inside that. */
function entryTime(date: Date): Date {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2099);
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}
