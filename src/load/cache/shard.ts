import { compareCodePoints } from '../../lib/text/order.js';
import { readRecord, writeRecord } from './record.js';

/**
 * One file of the content-addressed store: values by entry key (a kind and the SHA-256 of the bytes they were made
 * from), kept as one JSON object in a cache record. Entries read from the file are handed out at most once each and
 * a save keeps only the entries this run used or made, so entries of files no longer in the workspace fall away.
 * Only plain JSON values are kept, serialised when remembered: later changes to a value cannot reach the store.
 */
export class Shard {
  private readonly fresh = new Map<string, string>();
  private readonly used = new Set<string>();
  /** lookups answered */
  hits = 0;
  /** lookups not answered */
  misses = 0;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly stored: Map<string, unknown>,
  ) {}

  /** The shard in `file` under `key`, or an empty one when the file is missing, damaged or of another key. */
  static open(file: string, key: string): Shard {
    return new Shard(file, key, readEntries(file, key));
  }

  lookup(entry: string): unknown {
    if (!this.stored.has(entry)) {
      this.misses++;
      return undefined;
    }
    this.used.add(entry);
    this.hits++;
    return this.stored.get(entry);
  }

  /** Keeps a value; one equal to the value stored under the same entry only marks that entry as used. */
  remember(entry: string, value: unknown): void {
    if (this.used.has(entry) || !isJsonExact(value)) return;
    const json = JSON.stringify(value);
    if (this.stored.has(entry) && JSON.stringify(this.stored.get(entry)) === json) {
      this.used.add(entry);
      return;
    }
    this.fresh.set(entry, json);
  }

  /** Whether the file would differ: new entries, or entries that this run did not use. */
  get changed(): boolean {
    return this.fresh.size > 0 || this.used.size < this.stored.size;
  }

  /** Writes the entries of this run (used and new) when they differ from the file's. */
  save(): void {
    if (!this.changed) return;
    const parts: string[] = [];
    for (const entry of [...this.used].sort(compareCodePoints))
      if (!this.fresh.has(entry)) parts.push(`${JSON.stringify(entry)}:${JSON.stringify(this.stored.get(entry))}`);
    for (const [entry, json] of [...this.fresh].sort(([a], [b]) => compareCodePoints(a, b)))
      parts.push(`${JSON.stringify(entry)}:${json}`);
    writeRecord(this.file, this.key, `{${parts.join(',\n')}}`);
  }
}

function readEntries(file: string, key: string): Map<string, unknown> {
  const body = readRecord(file, key);
  if (!body) return new Map();
  let entries: unknown;
  try {
    entries = JSON.parse(body.toString('utf8'));
  } catch {
    return new Map();
  }
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return new Map();
  // every value kept is a map or a list: anything else is damage
  return new Map(Object.entries(entries).filter(([, value]) => value !== null && typeof value === 'object'));
}

/** Plain data that JSON writes and reads back unchanged: no non-finite numbers, no -0, no class instances. */
export function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isJsonExact);
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every(isJsonExact);
    }
    default:
      return false;
  }
}
