import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../lib/diagnostics.js';
import type { Requirement } from '../requirement/requirement.js';
import type { Translation } from '../translation/translation.js';
import { sha256, type SourceFile } from '../source-file.js';
import { writeCacheFile } from './write-cache-file.js';

/** A requirement file that was read, parsed and checked on its own without a single finding. */
export interface IndexedRequirement {
  kind: 'requirement';
  /** SHA-256 of the file's bytes when it was checked */
  sha256: string;
  id: string;
  domain: string;
}

/** A translation file that was read, parsed and checked against its requirement's file without a single finding. */
export interface IndexedTranslation {
  kind: 'translation';
  sha256: string;
  id: string;
  lang: string;
  /** the requirement file it was checked against, and that file's SHA-256 then */
  source: { path: string; sha256: string };
}

export type IndexEntry = IndexedRequirement | IndexedTranslation;

/**
 * The requirement files of a workspace known to be clean, by path: what a comparison of specs needs to know of a
 * requirement that none of its specs names (that it exists, and in which domain) without reading it again, and
 * of a translation whose requirement did not change (that it still checks cleanly against it).
 * Every fact in an entry is a function of the file's path and bytes, the configuration and the tool, which the
 * stamp names; an entry counts only while the file still has the same SHA-256. The file is text, one line per
 * entry in path order (path, kind, SHA-256, then id and domain, or id, language, source path and source SHA-256,
 * separated by tabs), after a line with the stamp and a line with the SHA-256 of the entries: anything unreadable,
 * edited or of another stamp reads as empty.
 */
export class RequirementIndex {
  /** where the next lookup starts, and the path it was for: lookups in path order read the rows once */
  private at = 0;
  private last = '';

  private constructor(private readonly rows: string) {}

  static read(file: string, stamp: string): RequirementIndex {
    const text = readText(file);
    const first = text?.indexOf('\n') ?? -1;
    const second = first < 0 ? -1 : text!.indexOf('\n', first + 1);
    if (text === undefined || second < 0 || text.slice(0, first) !== JSON.stringify(stamp))
      return new RequirementIndex('');
    const rows = text.slice(second + 1);
    // entries edited by hand or by another program are not what this tool wrote
    return new RequirementIndex(text.slice(first + 1, second) === sha256(rows) ? rows : '');
  }

  /** The entry of a path, if any; quickest when asked in path order, as a workspace's files are listed. */
  lookup(path: string): IndexEntry | undefined {
    if (path <= this.last) this.at = 0;
    this.last = path;
    const { rows } = this;
    while (this.at < rows.length) {
      const end = rows.indexOf('\n', this.at);
      if (end < 0) return undefined;
      const tab = rows.indexOf('\t', this.at);
      // compare the row's path where it stands, without copying it
      const order = tab < 0 || tab > end ? 1 : comparePrefix(rows, this.at, tab, path);
      if (order > 0) return undefined;
      const start = this.at;
      this.at = end + 1;
      if (order === 0) return parseRow(rows.slice(start, end))?.[1];
    }
    return undefined;
  }

  /** Every entry. */
  entries(): Map<string, IndexEntry> {
    const out = new Map<string, IndexEntry>();
    for (let i = 0; i < this.rows.length; ) {
      const end = this.rows.indexOf('\n', i);
      if (end < 0) break;
      const row = parseRow(this.rows.slice(i, end));
      if (row) out.set(row[0], row[1]);
      i = end + 1;
    }
    return out;
  }
}

/** Writes the entries when they differ from the file's; best effort, like every cache write. */
export function writeRequirementIndex(file: string, stamp: string, entries: ReadonlyMap<string, IndexEntry>): void {
  const rows = [...entries]
    .map(([path, e]) => [path, ...fieldsOf(e)])
    .filter((fields) => !fields.some((field) => /[\t\n]/.test(field)))
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
    .map((fields) => `${fields.join('\t')}\n`)
    .join('');
  const content = `${JSON.stringify(stamp)}\n${sha256(rows)}\n${rows}`;
  if (readText(file) === content) return;
  writeCacheFile(file, content);
}

function fieldsOf(e: IndexEntry): string[] {
  return e.kind === 'requirement'
    ? ['r', e.sha256, e.id, e.domain]
    : ['t', e.sha256, e.id, e.lang, e.source.path, e.source.sha256];
}

/** How `text.slice(start, end)` sorts against `path` (negative, zero or positive), as `<` on strings does. */
function comparePrefix(text: string, start: number, end: number, path: string): number {
  const length = end - start;
  for (let i = 0; i < length && i < path.length; i++) {
    const d = text.charCodeAt(start + i) - path.charCodeAt(i);
    if (d !== 0) return d;
  }
  return length - path.length;
}

function parseRow(line: string): [string, IndexEntry] | undefined {
  const fields: string[] = [];
  for (let i = 0; ; ) {
    const tab = line.indexOf('\t', i);
    fields.push(tab < 0 ? line.slice(i) : line.slice(i, tab));
    if (tab < 0) break;
    i = tab + 1;
  }
  const [path, kind, hash, id, a, b, c] = fields as [string, string?, string?, string?, string?, string?, string?];
  if (hash === undefined || id === undefined || a === undefined) return undefined;
  if (kind === 'r' && fields.length === 5) return [path, { kind: 'requirement', sha256: hash, id, domain: a }];
  if (kind === 't' && fields.length === 7)
    return [path, { kind: 'translation', sha256: hash, id, lang: a, source: { path: b!, sha256: c! } }];
  return undefined;
}

/**
 * The clean requirement and translation files of a full load: every file that became a requirement of the catalogue
 * or a translation and that no finding of loading names (findings of the lint rules are about wording, not about
 * whether a file reads and checks cleanly, and are not asked for).
 */
export function cleanFiles(
  files: readonly SourceFile[],
  requirements: Iterable<Requirement>,
  translations: Iterable<Translation>,
  findings: readonly Diagnostic[],
): Map<string, IndexEntry> {
  const named = new Set(findings.map((d) => d.file));
  const hashes = new Map(files.map((f) => [f.path, f.sha256]));
  const entries = new Map<string, IndexEntry>();
  const requirementFiles = new Map<string, string>();
  for (const r of requirements) {
    const hash = hashes.get(r.file);
    requirementFiles.set(r.id, r.file);
    if (hash !== undefined && !named.has(r.file))
      entries.set(r.file, { kind: 'requirement', sha256: hash, id: r.id, domain: r.domain });
  }
  for (const t of translations) {
    const hash = hashes.get(t.file);
    const sourcePath = requirementFiles.get(t.id);
    const sourceHash = sourcePath === undefined ? undefined : hashes.get(sourcePath);
    if (hash === undefined || sourcePath === undefined || sourceHash === undefined || named.has(t.file)) continue;
    entries.set(t.file, {
      kind: 'translation',
      sha256: hash,
      id: t.id,
      lang: t.lang,
      source: { path: sourcePath, sha256: sourceHash },
    });
  }
  return entries;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
