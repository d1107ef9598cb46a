import { positionAt } from '../text/text-position.js';
import { decodeEntities, DEFAULT_XML_LIMITS, type XmlLimits } from './safe-xml.js';

/** A start tag, an end tag, a comment, CDATA or a processing instruction, at the position of a `<`. */
const TAG =
  /<(?:(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|!--[\s\S]*?-->|!\[CDATA\[([\s\S]*?)\]\]>|\?[\s\S]*?\?>)/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export interface ScanHandlers {
  /** a start tag: its local name, attributes (entities decoded), the local names of its open ancestors, its offset */
  open(name: string, attributes: Record<string, string>, ancestors: readonly string[], offset: number): void;
  /** an end tag, or right after `open` for an empty element */
  close(name: string): void;
  /** text and CDATA inside an element, entities decoded */
  text(value: string): void;
}

/**
 * One pass over untrusted XML without building a tree, for files of tens of thousands of elements (a results
 * workbook's sheet, a test runner's report). Like the safe parser it refuses a DOCTYPE (no entity is ever
 * expanded beyond the predefined ones and character references), malformed tags, end tags that do not match, and
 * more elements or deeper nesting than the limits; the message says what and where. Undefined when it read all.
 */
export function scanXml(
  text: string,
  handlers: ScanHandlers,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): string | undefined {
  if (text.length > limits.maxChars)
    return `the XML has ${text.length} characters, more than the limit of ${limits.maxChars}`;
  if (/<!DOCTYPE/i.test(text)) return 'the XML declares a DOCTYPE, which tenderkit refuses here';
  const stack: string[] = [];
  const names: string[] = [];
  let elements = 0;
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    const chunk = text.slice(at, lt < 0 ? text.length : lt);
    if (chunk.length > 0) {
      if (stack.length === 0) {
        if (chunk.trim() !== '') return `the XML has text outside its root element at ${lineOf(text, at)}`;
      } else handlers.text(decodeEntities(chunk));
    }
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m) return `the XML is not well-formed at ${lineOf(text, lt)}`;
    at = TAG.lastIndex;
    if (m[5] !== undefined) {
      if (stack.length > 0) handlers.text(m[5]);
      continue;
    }
    const qualified = m[2];
    if (qualified === undefined) continue;
    const colon = qualified.indexOf(':');
    const name = colon >= 0 ? qualified.slice(colon + 1) : qualified;
    if (m[1] === '/') {
      if (stack[stack.length - 1] !== qualified)
        return `the XML is not well-formed: </${qualified}> at ${lineOf(text, lt)} does not close an open element`;
      stack.pop();
      names.pop();
      handlers.close(name);
      continue;
    }
    if (stack.length === 0 && elements > 0) return `the XML has a second root element at ${lineOf(text, lt)}`;
    if (++elements > limits.maxElements) return `the XML has more than ${limits.maxElements} elements`;
    const attributes = Object.create(null) as Record<string, string>;
    if (m[3]) for (const a of m[3].matchAll(ATTRIBUTE)) attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    handlers.open(name, attributes, names, lt);
    if (m[4] === '/') handlers.close(name);
    else {
      stack.push(qualified);
      names.push(name);
      if (stack.length > limits.maxDepth) return `the XML nests elements more than ${limits.maxDepth} levels deep`;
    }
  }
  if (stack.length > 0) return `the XML is not well-formed: <${stack[stack.length - 1]}> is never closed`;
  if (elements === 0) return 'the file contains no XML element';
  return undefined;
}

/** "line 12, column 3" of an offset. */
function lineOf(text: string, offset: number): string {
  const { line, column } = positionAt(text, offset);
  return `line ${line}, column ${column}`;
}
