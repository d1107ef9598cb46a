import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * A zip whose bytes depend only on the entries and the date: entries in the given order, one fixed
 * compression level, every entry time set to `date`. fflate writes DOS times from local-time getters,
 * so the date is handed over as a local time with the UTC fields: the same bytes in every time zone.
 */
export function reproducibleZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const mtime = dosSafeLocalDate(date);
  const data: Zippable = {};
  for (const e of entries) {
    if (e.name in data) throw new Error(`duplicate zip entry ${e.name}`);
    data[e.name] = [e.bytes, { level: 6, mtime }];
  }
  return zipSync(data, { level: 6, mtime });
}

function dosSafeLocalDate(date: Date): Date {
  // DOS times start in 1980 and have two-second resolution
  const d = date.getTime() < Date.UTC(1980, 0, 1) ? new Date(Date.UTC(1980, 0, 1)) : date;
  const local = new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
  if (local.getHours() !== d.getUTCHours()) {
    // the hour does not exist locally (a daylight-saving gap): noon of the same day always does
    return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12, 0, 0);
  }
  return local;
}
