import path from 'node:path';
import { sha256 } from '../../lib/hash/sha256.js';
import { configSchema } from '../schema/config-schema.js';
import { requirementSchema } from '../schema/requirement-schema.js';
import { specSchema } from '../schema/spec-schema.js';
import type { SourceFile } from '../source-file.js';
import type { PositionStore, PositionTable } from '../yaml/parse-yaml.js';
import { CleanIndex } from './clean-index.js';

export type { CleanIndex, CleanRequirement, CleanTranslation } from './clean-index.js';
import { cacheKey } from './key.js';
import { Memo } from './memo.js';
import { Shard } from './shard.js';

/** The same bytes mean different things as a requirement's or a translation's front matter, a spec or the configuration. */
export type StoredKind = 'requirement' | 'translation' | 'spec' | 'config';

/** Per-file work by content: what loading asks of the store. */
export interface ContentStore {
  /** the value kept for these bytes read as this kind of file, or undefined: then the caller does the work and may `remember` */
  lookup(kind: StoredKind, sha256: string): unknown;
  /** keeps a value that parsed and passed its schema without a finding */
  remember(kind: StoredKind, sha256: string, value: unknown): void;
}

/**
 * The cache of a workspace, in its out/.cache (deleting out/ clears it), made of two parts with one file format
 * (src/load/cache/record.ts) and one key scheme (src/load/cache/key.ts):
 *
 * - a content-addressed store of per-file work: the parsed and checked YAML of requirement and translation front
 *   matter, specs and tenderkit.yaml, the positions of YAML nodes that findings pointed at, and what is known of
 *   files that loaded cleanly; entries are keyed by the SHA-256 of the file's bytes, files by the tool and schemas;
 * - a memo of results that depend on the whole workspace (the lint findings, the diff and matrix reports, whether
 *   a pack is up to date), keyed by the request and the paths and hashes of every input.
 *
 * Only results without a finding are kept, so every finding still comes from fresh work; a damaged or foreign file
 * reads as empty, and failing to write never fails a command. Whether a command uses the cache is its caller's
 * explicit setting: the command line turns it on (`TENDERKIT_CACHE=off` turns it off), library calls leave it off.
 */
export class Cache {
  /** requirement and translation front matter (thousands of entries) and the rest (a few dozen) in two files:
   * a command that needs only the specs and the configuration reads only the small one */
  readonly parsed: ContentStore & { readonly hits: number; readonly misses: number };
  readonly positions: ContentStore;
  readonly memo: Memo;
  private readonly shards = new Map<string, Shard>();

  private constructor(readonly dir: string) {
    this.memo = new Memo(path.join(dir, 'memo'));
    this.parsed = this.contentStore((kind) =>
      kind === 'requirement' || kind === 'translation' ? 'front-matter' : 'specs',
    );
    this.positions = this.contentStore(() => 'positions');
  }

  /** The cache of the workspace at `root` (its real path). */
  static open(root: string): Cache {
    return new Cache(path.join(root, 'out', '.cache'));
  }

  /** The facts of files that loaded cleanly under this configuration. */
  clean(config: SourceFile | undefined): CleanIndex {
    return new CleanIndex(this.shard('clean', config ? [config] : []));
  }

  /** Writes every part of the store this run changed. */
  save(): void {
    for (const shard of this.shards.values()) shard.save();
  }

  /** Shards open on first use: a command reads only the files of the store it asks for. */
  private shard(name: string, inputs: readonly SourceFile[] = []): Shard {
    const id = `${name} ${inputs.map((f) => f.sha256).join(' ')}`;
    let shard = this.shards.get(id);
    if (!shard) {
      const key = cacheKey({ store: name, schemas: schemasHash() }, inputs);
      shard = Shard.open(path.join(this.dir, 'store', `${name}.json`), key);
      this.shards.set(id, shard);
    }
    return shard;
  }

  private contentStore(shardOf: (kind: StoredKind) => string): ContentStore & { hits: number; misses: number } {
    const used = new Set<Shard>();
    const of = (kind: StoredKind) => {
      const s = this.shard(shardOf(kind));
      used.add(s);
      return s;
    };
    return {
      lookup: (kind, hash) => of(kind).lookup(`${kind}:${hash}`),
      remember: (kind, hash, value) => of(kind).remember(`${kind}:${hash}`, value),
      get hits() {
        return [...used].reduce((n, s) => n + s.hits, 0);
      },
      get misses() {
        return [...used].reduce((n, s) => n + s.misses, 0);
      },
    };
  }
}

let schemas: string | undefined;

/** What a stored value means depends on the schemas it passed. */
function schemasHash(): string {
  schemas ??= sha256(JSON.stringify([requirementSchema, specSchema, configSchema])).slice(0, 16);
  return schemas;
}

/** A store for one run only, in memory: several loads of one workspace (two revisions of it) share what they parse. */
export function memoryStore(): ContentStore {
  const values = new Map<string, unknown>();
  return {
    lookup: (kind, hash) => values.get(`${kind}:${hash}`),
    remember: (kind, hash, value) => {
      values.set(`${kind}:${hash}`, value);
    },
  };
}

/** Where the YAML node positions of a file are kept between runs, when they are. */
export function positionStore(
  positions: ContentStore | undefined,
  kind: StoredKind,
  file: SourceFile,
): PositionStore | undefined {
  return (
    positions && {
      lookup: () => positions.lookup(kind, file.sha256) as PositionTable | undefined,
      remember: (table) => positions.remember(kind, file.sha256, table),
    }
  );
}
