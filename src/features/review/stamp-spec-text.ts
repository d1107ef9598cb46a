import { isDeepStrictEqual } from 'node:util';
import { isMap, isNode, isScalar, isSeq, parse, parseDocument } from 'yaml';
import { positionAt } from '../../lib/text/text-position.js';

/** A stamp to write: the deviation by its index in `deviations`, and its fingerprint. */
export interface Stamp {
  index: number;
  stamp: string;
}

export type Stamped = { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

/**
 * The spec file's text with `reviewed: <stamp>` written into the named deviations, every other character kept:
 * an existing stamp's value is replaced where it stands, a new one goes on a line of its own after the deviation's
 * last field, indented like its first key, with the file's line ends. A file this cannot edit that way (a deviation
 * written as a flow mapping `{ ... }`, an alias) is refused with the position of the problem, and the result is
 * parsed again and must equal the old file with the stamps set, or it is refused too.
 */
export function stampSpecText(text: string, stamps: readonly Stamp[]): Stamped {
  const doc = parseDocument(text, { uniqueKeys: true });
  const refuse = (offset: number, message: string): Stamped => ({ ok: false, message, ...positionAt(text, offset) });
  if (doc.errors.length > 0) return refuse(doc.errors[0]!.pos[0], 'the file is not valid YAML');
  const list = doc.get('deviations', true);
  if (!isSeq(list) || list.flow)
    return refuse(
      startOf(list),
      'the deviations are written in flow style ([ ... ]); write them as a block list ("- requirement: ...") so that a stamp can be added without rewriting the file',
    );
  const edits: Array<{ at: number; end: number; insert: string }> = [];
  for (const { index, stamp } of stamps) {
    const item = list.items[index];
    if (!isMap(item) || item.flow || !item.range) {
      return refuse(
        startOf(item),
        `deviation ${index + 1} is written as a flow mapping ({ ... }) or an alias; write it as a block mapping (one field a line) so that a stamp can be added without rewriting the file`,
      );
    }
    const value = scalarText(stamp);
    const existing = item.items.find((p) => isScalar(p.key) && p.key.value === 'reviewed');
    if (existing) {
      const node = existing.value;
      if (!isScalar(node) || !node.range)
        return refuse(item.range[0], `the "reviewed" of deviation ${index + 1} is not a plain value`);
      edits.push({ at: node.range[0], end: node.range[1], insert: value });
      continue;
    }
    const first = item.items[0];
    const last = item.items[item.items.length - 1];
    const lastNode = isNode(last?.value) ? last.value : isNode(last?.key) ? last.key : undefined;
    if (!isNode(first?.key) || !first.key.range || !lastNode?.range)
      return refuse(item.range[0], `deviation ${index + 1} has no fields`);
    const keyAt = first.key.range[0];
    const indent = keyAt - (text.lastIndexOf('\n', keyAt - 1) + 1);
    let end = lastNode.range[1];
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const lineEnd = text.indexOf('\n', end);
    const eol =
      lineEnd > 0 && text[lineEnd - 1] === '\r' ? '\r\n' : lineEnd >= 0 ? '\n' : /\r\n/.test(text) ? '\r\n' : '\n';
    const at = lineEnd < 0 ? text.length : eol === '\r\n' ? lineEnd - 1 : lineEnd;
    edits.push({ at, end: at, insert: `${eol}${' '.repeat(indent)}reviewed: ${value}` });
  }
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.end);

  const expected = doc.toJS() as { deviations: Array<Record<string, unknown>> };
  for (const { index, stamp } of stamps) expected.deviations[index]!['reviewed'] = stamp;
  let written: unknown;
  try {
    written = parse(out, { uniqueKeys: true });
  } catch {
    written = undefined;
  }
  if (!isDeepStrictEqual(written, expected))
    return refuse(
      startOf(list),
      'the stamps cannot be added to this file without changing what else it says; add them by hand',
    );
  return { ok: true, text: out };
}

/** The stamp as a YAML value that reads back as the same string (quoted when it would read as a number). */
function scalarText(stamp: string): string {
  return typeof parse(stamp) === 'string' ? stamp : `"${stamp}"`;
}

function startOf(node: unknown): number {
  return isNode(node) && node.range ? node.range[0] : 0;
}
