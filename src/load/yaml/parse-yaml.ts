import type { Document } from 'yaml';
import { lazyRequire } from '../../lib/lazy-require.js';
import { diagnostic, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import { positionAt } from '../../lib/text/text-position.js';
import { CONTROL_CHARACTER } from '../source-file.js';
import { checkDocument } from './check-document.js';
import { checkYamlLimits } from './yaml-limits.js';

export type YamlPath = ReadonlyArray<string | number>;

/** A parsed YAML text that can tell where each of its nodes is. */
export interface ParsedYaml {
  value: unknown;
  diagnostics: Diagnostic[];
  /** Position of the node at `path` (or of its nearest existing ancestor); `key` points at the key instead of the value. */
  positionOf(path: YamlPath, key?: boolean): Position;
}

export interface YamlOptions {
  file: string;
  /** lines before the YAML text in its file (front matter starts after `---`) */
  lineOffset?: number;
  maxAliasCount?: number;
  maxDepth?: number;
  /** lexer tokens in the text; a large spec has a few thousand */
  maxTokens?: number;
  /** values after expanding aliases */
  maxExpandedNodes?: number;
}

/** js-yaml parses the common case; the yaml library, loaded on first need, gives positions and reports errors. */
const jsYaml = lazyRequire<typeof import('js-yaml')>('js-yaml');
const yamlLibrary = lazyRequire<typeof import('yaml')>('yaml');

/** Nesting deeper than this is refused: no real catalogue needs it and it costs stack. */
const DEFAULT_MAX_DEPTH = 64;
/** The yaml parser slows down more than linearly on huge documents; no real spec comes near this. */
const DEFAULT_MAX_TOKENS = 100_000;
const DEFAULT_MAX_EXPANDED_NODES = 100_000;

/** Anchors and aliases are rare in a catalogue and the one way to build a value that grows on every reader. */
const MAY_HAVE_ALIASES = /(^|[\s[{,:-])[&*][^\s]/;
/** js-yaml turns a list or map used as a key into a string silently; the yaml library reports it with its position. */
const EXPLICIT_KEY = /^[ \t-]*\?(?:[ \t]|$)/m;

/**
 * Parses YAML into a plain value. The common case (no anchors or aliases) goes through js-yaml, which is ten times
 * faster; positions then come from the yaml library on first use, so only files with findings pay for them. Any
 * file js-yaml rejects, or that uses aliases, takes the yaml library's path, which reports every error with its
 * position and limits alias expansion.
 */
export function parseYaml(text: string, options: YamlOptions, positions?: PositionStore): ParsedYaml {
  if (!MAY_HAVE_ALIASES.test(text) && !EXPLICIT_KEY.test(text)) {
    try {
      const value = jsYaml().load(text, { schema: jsYaml().CORE_SCHEMA, json: false });
      if (
        nestingDepth(value, 0, options.maxDepth ?? DEFAULT_MAX_DEPTH) &&
        countValues(value, MAX_FAST_VALUES) <= MAX_FAST_VALUES &&
        !hasControlCharacter(value)
      ) {
        return knownYaml(text, value === undefined ? null : value, options, positions);
      }
    } catch {
      // reported with its position by the yaml library below
    }
  }
  return parseWithPositions(text, options);
}

/**
 * Where the positions of a cached text come from: a table kept from an earlier run, or a parse of the text whose
 * table is then handed to `remember` for the next run.
 */
export interface PositionStore {
  lookup(): PositionTable | undefined;
  remember(table: PositionTable): void;
}

/**
 * The value of a text parsed before without a finding (the parse cache): positions are looked up in `store` or
 * computed from the text on first use.
 */
export function knownYaml(text: string, value: unknown, options: YamlOptions, store?: PositionStore): ParsedYaml {
  let find: ((path: YamlPath, key: boolean) => number) | undefined;
  const locate = (): ((path: YamlPath, key: boolean) => number) => {
    const kept = store?.lookup();
    if (kept) return offsetFinder(kept);
    const doc = documentWithPositions(text);
    const table = positionTable(doc);
    store?.remember(table);
    return offsetFinder(table);
  };
  return {
    value,
    diagnostics: [],
    positionOf: (path, key = false) => {
      find ??= locate();
      const p = positionAt(text, Math.max(0, Math.min(find(path, key), text.length)));
      return { line: p.line + (options.lineOffset ?? 0), column: p.column };
    },
  };
}

/**
 * Every node of a document with the offset `positionOf` gives for it: [path, kind, value offset, key offset].
 * Paths join segments, each `m` + a map key or `s` + a list index, with U+001F.
 */
export type PositionTable = Array<[string, 'm' | 's' | 'x', number, number]>;

const SEPARATOR = '\u001f';

/** How every YAML text is read into a document; duplicate keys are checked in one linear pass by checkDocument (the library's own check is quadratic). */
const DOCUMENT_OPTIONS = {
  uniqueKeys: false,
  schema: 'core',
  version: '1.2',
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

/** The document of a text that parsed without a finding before (a cached text), for its positions only. */
function documentWithPositions(text: string): Document {
  return yamlLibrary().parseDocument(text, DOCUMENT_OPTIONS);
}

/** The table of a document: the first of two equal keys wins, empty items are absent, a key with no value is at its key. */
export function positionTable(doc: Document): PositionTable {
  const lib = yamlLibrary();
  const table: PositionTable = [];
  const seen = new Set<string>();
  const walk = (node: unknown, path: string, valueOffset: number, keyOffset: number): void => {
    seen.add(path);
    table.push([path, lib.isMap(node) ? 'm' : lib.isSeq(node) ? 's' : 'x', valueOffset, keyOffset]);
    if (lib.isMap(node)) {
      for (const pair of node.items) {
        const child = `${path}${SEPARATOR}m${lib.isScalar(pair.key) ? String(pair.key.value) : String(pair.key)}`;
        if (seen.has(child)) continue;
        const keyStart = rangeStart(pair.key);
        walk(pair.value, child, pair.value ? rangeStart(pair.value) : keyStart, keyStart);
      }
    } else if (lib.isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item) walk(item, `${path}${SEPARATOR}s${i}`, rangeStart(item), -1);
      });
    }
  };
  walk(doc.contents, '', rangeStart(doc.contents), -1);
  return table;
}

/** Answers from a table: the offset of the node at `path`, or of its nearest existing ancestor; `key` gives a map key's offset. */
function offsetFinder(table: PositionTable): (path: YamlPath, key: boolean) => number {
  const nodes = new Map(table.map(([path, kind, value, keyOffset]) => [path, { kind, value, key: keyOffset }]));
  return (path, key) => {
    let at = '';
    let node = nodes.get('');
    let best = node?.value ?? 0;
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i]!;
      let child: string;
      if (node.kind === 'm') child = `${at}${SEPARATOR}m${String(segment)}`;
      else if (node.kind === 's' && typeof segment === 'number') child = `${at}${SEPARATOR}s${segment}`;
      else return best;
      const found = nodes.get(child);
      if (!found) return best;
      if (i === path.length - 1 && key && node.kind === 'm') return found.key;
      at = child;
      node = found;
      best = found.value;
    }
    return best;
  };
}

/** Larger values take the positioned path, which enforces the token limit with a position. */
const MAX_FAST_VALUES = 25_000;

/** The number of values in a plain value, counting stops past `max`. */
function countValues(value: unknown, max: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= max) {
    const v = stack.pop();
    count++;
    if (v && typeof v === 'object') for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push(item);
  }
  return count;
}

/** Control characters come only from escapes (`"\e"`); the positioned path reports where. */
function hasControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value);
  if (value && typeof value === 'object')
    return (Array.isArray(value) ? value : Object.values(value)).some(hasControlCharacter);
  return false;
}

/** Whether a plain value stays within the depth limit. */
function nestingDepth(value: unknown, depth: number, max: number): boolean {
  if (depth > max) return false;
  if (Array.isArray(value)) return value.every((v) => nestingDepth(v, depth + 1, max));
  if (value && typeof value === 'object') return Object.values(value).every((v) => nestingDepth(v, depth + 1, max));
  return true;
}

/** The yaml library's parse, with every error and warning at its position. */
export function parseWithPositions(text: string, options: YamlOptions): ParsedYaml {
  const { file } = options;
  const lineOffset = options.lineOffset ?? 0;
  const lineCounter = new (yamlLibrary().LineCounter)();
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  const limit = checkYamlLimits(text, { maxDepth, maxTokens });
  if (limit) {
    const p = positionAt(text, limit.offset);
    const position = { line: p.line + lineOffset, column: p.column };
    const message =
      limit.kind === 'depth'
        ? `the YAML is nested more than ${maxDepth} levels deep here; no spec or front matter needs that`
        : `the YAML has more than ${maxTokens} tokens (the limit is reached here); split the file`;
    return {
      value: undefined,
      diagnostics: [diagnostic('error', 'yaml', message, file, position)],
      positionOf: () => position,
    };
  }
  const doc = yamlLibrary().parseDocument(text, { ...DOCUMENT_OPTIONS, lineCounter });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: p.line + lineOffset, column: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    diagnostics.push(diagnostic('error', 'yaml', yamlMessage(e.code, e.message), file, at(e.pos[0])));
  }
  for (const w of doc.warnings) {
    diagnostics.push(diagnostic('warning', 'yaml', yamlMessage(w.code, w.message), file, at(w.pos[0])));
  }
  let find: ((path: YamlPath, key: boolean) => number) | undefined;
  const positionOf = (path: YamlPath, key = false): Position =>
    at((find ??= offsetFinder(positionTable(doc)))(path, key));
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { value: undefined, diagnostics, positionOf };
  }
  const depth = nodeDepth(doc.contents, 0, maxDepth);
  if (depth.tooDeep) {
    diagnostics.push(
      diagnostic('error', 'yaml', `the YAML is nested more than ${maxDepth} levels deep`, file, at(depth.offset)),
    );
    return { value: undefined, diagnostics, positionOf };
  }
  const problems = checkDocument(
    doc,
    options.maxExpandedNodes ?? DEFAULT_MAX_EXPANDED_NODES,
    (offset) => at(offset).line,
  );
  if (problems.length > 0) {
    for (const p of problems) diagnostics.push(diagnostic('error', 'yaml', p.message, file, at(p.offset)));
    return { value: undefined, diagnostics, positionOf };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    diagnostics.push(
      diagnostic(
        'error',
        'yaml',
        `the YAML cannot be loaded: ${firstLine(message)} (too many or too deeply nested aliases are refused)`,
        file,
        at(0),
      ),
    );
    return { value: undefined, diagnostics, positionOf };
  }
  return { value, diagnostics, positionOf };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function yamlMessage(code: string, message: string): string {
  const first = firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `${first}; each key may appear only once`;
  return first;
}

function nodeDepth(node: unknown, depth: number, max: number): { tooDeep: boolean; offset: number } {
  if (depth > max) return { tooDeep: true, offset: rangeStart(node) };
  if (yamlLibrary().isMap(node)) {
    for (const item of node.items) {
      const r = nodeDepth(item.value, depth + 1, max);
      if (r.tooDeep) return r;
    }
  } else if (yamlLibrary().isSeq(node)) {
    for (const item of node.items) {
      const r = nodeDepth(item, depth + 1, max);
      if (r.tooDeep) return r;
    }
  }
  return { tooDeep: false, offset: 0 };
}

function rangeStart(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : 0;
}
