import jsyaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics.js';

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
}

/** Nesting deeper than this is refused: no real catalogue needs it and it costs stack. */
const DEFAULT_MAX_DEPTH = 64;

/** Anchors and aliases are rare in a catalogue and the one way to build a value that grows on every reader. */
const MAY_HAVE_ALIASES = /(^|[\s[{,:-])[&*][^\s]/;

/**
 * Parses YAML into a plain value. The common case (no anchors or aliases) goes through js-yaml, which is ten times
 * faster; positions then come from the yaml library on first use, so only files with findings pay for them. Any
 * file js-yaml rejects, or that uses aliases, takes the yaml library's path, which reports every error with its
 * position and limits alias expansion.
 */
export function parseYaml(text: string, options: YamlOptions): ParsedYaml {
  if (!MAY_HAVE_ALIASES.test(text)) {
    try {
      const value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
      if (nestingDepth(value, 0, options.maxDepth ?? DEFAULT_MAX_DEPTH)) {
        let positions: ParsedYaml | undefined;
        return {
          value: value === undefined ? null : value,
          diagnostics: [],
          positionOf: (path, key) => (positions ??= parseWithPositions(text, options)).positionOf(path, key),
        };
      }
    } catch {
      // reported with its position by the yaml library below
    }
  }
  return parseWithPositions(text, options);
}

/** Whether a plain value stays within the depth limit. */
function nestingDepth(value: unknown, depth: number, max: number): boolean {
  if (depth > max) return false;
  if (Array.isArray(value)) return value.every((v) => nestingDepth(v, depth + 1, max));
  if (value && typeof value === 'object') return Object.values(value).every((v) => nestingDepth(v, depth + 1, max));
  return true;
}

function parseWithPositions(text: string, options: YamlOptions): ParsedYaml {
  const { file } = options;
  const lineOffset = options.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    schema: 'core',
    version: '1.2',
    prettyErrors: false,
    keepSourceTokens: false,
  });
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
  const positionOf = (path: YamlPath, key = false): Position => at(offsetOf(doc, path, key));
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { value: undefined, diagnostics, positionOf };
  }
  const depth = nodeDepth(doc.contents, 0, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (depth.tooDeep) {
    diagnostics.push(diagnostic('error', 'yaml', `the YAML is nested more than ${options.maxDepth ?? DEFAULT_MAX_DEPTH} levels deep`, file, at(depth.offset)));
    return { value: undefined, diagnostics, positionOf };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const rule = /alias/i.test(message) ? 'yaml' : 'yaml';
    diagnostics.push(diagnostic('error', rule, `the YAML cannot be loaded: ${firstLine(message)} (too many or too deeply nested aliases are refused)`, file, at(0)));
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
  if (isMap(node)) {
    for (const item of node.items) {
      const r = nodeDepth(item.value, depth + 1, max);
      if (r.tooDeep) return r;
    }
  } else if (isSeq(node)) {
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

function offsetOf(doc: Document, path: YamlPath, key: boolean): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
      if (!pair) return best;
      if (last && key) return rangeStart(pair.key);
      const keyStart = rangeStart(pair.key);
      node = pair.value;
      best = node ? rangeStart(node as Node) : keyStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return best;
      node = item;
      best = rangeStart(item);
    } else {
      return best;
    }
  }
  return best;
}
