import type { Document, Node } from 'yaml';
import { lazyRequire } from '../../lib/lazy-require.js';
import { CONTROL_CHARACTER } from '../source-file.js';

const yamlLibrary = lazyRequire<typeof import('yaml')>('yaml');

export interface DocumentProblem {
  message: string;
  /** offset in the YAML text */
  offset: number;
}

/**
 * Checks that the yaml library leaves to its options or does in quadratic time, done here in one pass:
 * duplicate keys (also `1` and `"1"`, which become the same property), keys that are collections,
 * aliases without an anchor or inside their own anchor, aliases that expand the data past a limit, and control
 * characters written as escapes (`"\e"`), which no document format can show.
 */
export function checkDocument(
  doc: Document,
  maxExpandedNodes: number,
  lineOf: (offset: number) => number,
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let expanded = 0;
  let exhausted = false;

  const start = (node: unknown): number => (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;

  const checkText = (node: unknown): void => {
    if (!yamlLibrary().isScalar(node) || typeof node.value !== 'string') return;
    const control = CONTROL_CHARACTER.exec(node.value);
    if (!control) return;
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      message: `the text contains the control character U+${code} (written as an escape); remove it`,
      offset: start(node),
    });
  };

  const visit = (node: unknown): number => {
    if (node === null || node === undefined) return 1;
    if (yamlLibrary().isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        problems.push({
          message: `the alias *${node.source} has no anchor &${node.source} before it`,
          offset: start(node),
        });
        return 1;
      }
      if (open.has(target)) {
        problems.push({
          message: `the alias *${node.source} is inside the node it refers to, which would make the data endless`,
          offset: start(node),
        });
        return 1;
      }
      const size = sizes.get(target) ?? 1;
      expanded += size;
      if (expanded > maxExpandedNodes && !exhausted) {
        exhausted = true;
        problems.push({
          message: `the alias *${node.source} expands the data past ${maxExpandedNodes} values; aliases that multiply data ("billion laughs") are refused`,
          offset: start(node),
        });
      }
      return size;
    }
    const n = node as Node;
    if (n.anchor) anchors.set(n.anchor, n);
    let size = 1;
    open.add(n);
    if (yamlLibrary().isMap(n)) {
      const seen = new Map<string, number>();
      for (const pair of n.items) {
        checkText(pair.key);
        const key = yamlLibrary().isAlias(pair.key) ? anchors.get(pair.key.source) : pair.key;
        if (key !== null && key !== undefined && !yamlLibrary().isScalar(key)) {
          problems.push({ message: 'a key must be a single value, not a list or a map', offset: start(pair.key) });
        } else {
          const name = String(yamlLibrary().isScalar(key) ? key.value : key);
          const first = seen.get(name);
          if (first !== undefined) {
            problems.push({
              message: `the key "${name}" appears twice in this map (first on line ${lineOf(first)}); each key may appear only once`,
              offset: start(pair.key),
            });
          } else {
            seen.set(name, start(pair.key));
          }
        }
        size += visit(pair.value);
      }
    } else if (yamlLibrary().isSeq(n)) {
      for (const item of n.items) size += visit(item);
    } else {
      checkText(n);
    }
    open.delete(n);
    sizes.set(n, size);
    return size;
  };

  visit(doc.contents);
  return problems;
}
