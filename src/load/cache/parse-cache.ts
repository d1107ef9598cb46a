import { compareCodePoints } from '../../lib/text/order.js';
import type { PositionStore, PositionTable } from '../yaml/parse-yaml.js';
import type { SourceFile } from '../source-file.js';
import { readSealedJson, sealedJson } from './sealed-json.js';
import { writeCacheFile } from './write-cache-file.js';

/** The same bytes mean different things as a requirement's or a translation's front matter, a spec or the configuration. */
export type CachedKind = 'requirement' | 'translation' | 'spec' | 'config';

/** What loading asks of a cache of parsed YAML. */
export interface YamlCache {
  /** the value kept for these bytes read as this kind of file, or undefined: then the caller parses and may `remember` */
  lookup(kind: CachedKind, sha256: string): unknown;
  /** keeps a value that parsed and passed its schema without a finding */
  remember(kind: CachedKind, sha256: string, value: unknown): void;
}

/**
 * The parsed YAML of files seen before (requirement and translation front matter, specs, tenderkit.yaml), keyed by the SHA-256 of each file's
 * bytes and kept in one JSON file between runs: a file is parsed and checked against its schema again only when its
 * bytes change. Only files that parsed and passed their schema without a finding have an entry, so every finding is
 * still reported from a fresh parse. The file is stamped with the tool version and build and the schemas' hash,
 * and carries the SHA-256 of its entries: any other stamp, entries changed since they were written, or an
 * unreadable file start an empty cache. Failing to write it never fails a command.
 */
export class ParseCache implements YamlCache {
  /** entries read from the file, handed out at most once each */
  private readonly stored: Map<string, unknown>;
  /** entries of this run, serialised when remembered: later changes to the values cannot reach the cache */
  private readonly fresh = new Map<string, string>();
  private readonly used = new Set<string>();
  /** lookups answered from the cache */
  reused = 0;
  /** lookups not answered: those files were parsed */
  parsed = 0;

  private constructor(
    private readonly file: string,
    private readonly stamp: string,
    stored: Map<string, unknown>,
  ) {
    this.stored = stored;
  }

  /** The cache in `file`, or an empty one when it is missing, unreadable or from another stamp. */
  static open(file: string, stamp: string): ParseCache {
    return new ParseCache(file, stamp, readEntries(file, stamp));
  }

  /** The value cached for these bytes read as this kind of file, or undefined: then the caller parses and may `remember`. */
  lookup(kind: CachedKind, sha256: string): unknown {
    const key = `${kind}:${sha256}`;
    if (!this.stored.has(key)) {
      this.parsed++;
      return undefined;
    }
    this.used.add(key);
    this.reused++;
    return this.stored.get(key);
  }

  /** Records a value that parsed and passed its schema without a finding; values JSON cannot carry exactly are left out. */
  remember(kind: CachedKind, sha256: string, value: unknown): void {
    const key = `${kind}:${sha256}`;
    if (this.used.has(key) || !isJsonExact(value)) return;
    this.fresh.set(key, JSON.stringify(value));
  }

  /** Whether the file on disk would differ: new entries, or entries of files no longer in the workspace. */
  get changed(): boolean {
    return this.fresh.size > 0 || this.used.size < this.stored.size;
  }

  /** Writes the entries of this run (reused and new) when they differ from the file; a rename puts the file in place whole. */
  save(): void {
    if (!this.changed) return;
    const parts: string[] = [];
    for (const key of [...this.used].sort())
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(this.stored.get(key))}`);
    for (const [key, json] of [...this.fresh].sort(([a], [b]) => compareCodePoints(a, b)))
      parts.push(`${JSON.stringify(key)}:${json}`);
    const entries = `{${parts.join(',\n')}}`;
    writeCacheFile(this.file, sealedJson({ stamp: this.stamp }, 'entries', entries));
  }
}

/**
 * Requirement files (thousands) and the other files (specs and tenderkit.yaml, a few dozen) in two caches: a
 * command that needs only the specs and the configuration reads only the small one.
 */
export class SplitParseCache implements YamlCache {
  constructor(
    readonly requirements: ParseCache,
    readonly others: ParseCache,
  ) {}

  private of(kind: CachedKind): ParseCache {
    return kind === 'requirement' || kind === 'translation' ? this.requirements : this.others;
  }

  lookup(kind: CachedKind, sha256: string): unknown {
    return this.of(kind).lookup(kind, sha256);
  }

  remember(kind: CachedKind, sha256: string, value: unknown): void {
    this.of(kind).remember(kind, sha256, value);
  }

  get reused(): number {
    return this.requirements.reused + this.others.reused;
  }

  get parsed(): number {
    return this.requirements.parsed + this.others.parsed;
  }

  save(): void {
    this.requirements.save();
    this.others.save();
  }
}

/** Where the YAML node positions of a file are kept between runs, when they are. */
export function positionStore(
  positions: YamlCache | undefined,
  kind: CachedKind,
  file: SourceFile,
): PositionStore | undefined {
  return (
    positions && {
      lookup: () => positions.lookup(kind, file.sha256) as PositionTable | undefined,
      remember: (table) => positions.remember(kind, file.sha256, table),
    }
  );
}

function readEntries(file: string, stamp: string): Map<string, unknown> {
  // entries edited by hand or by another program are not what this tool wrote: start afresh
  const data = readSealedJson(file, 'entries');
  const entries = data?.['entries'];
  if (!data || data['stamp'] !== stamp || !entries || typeof entries !== 'object' || Array.isArray(entries))
    return new Map();
  // every value kept is a map (front matter, spec, configuration) or a list (positions): anything else is damage
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

/** A cache of parsed YAML for one run only, kept in memory. */
export function inMemoryYamlCache(): YamlCache {
  const values = new Map<string, unknown>();
  return {
    lookup: (kind, sha256) => values.get(`${kind}:${sha256}`),
    remember: (kind, sha256, value) => {
      values.set(`${kind}:${sha256}`, value);
    },
  };
}
