import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML element with namespace prefixes removed from its name (ReqIF and XHTML are read by local name). */
export interface XmlElement {
  name: string;
  /** the prefix as written (`xhtml` in `<xhtml:p>`), empty when none */
  prefix: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** A refusal says why, and where in the text when it is about one place (1-based). */
export type XmlResult =
  | { ok: true; root: XmlElement }
  | { ok: false; message: string; at?: { line: number; column: number } };

/** A refusal's message with its position in words, for a file inside a package (a part of a .docx or .xlsx). */
export function xmlProblem(failure: { message: string; at?: { line: number; column: number } }): string {
  return failure.at ? `${failure.message} (line ${failure.at.line}, column ${failure.at.column})` : failure.message;
}

export interface XmlLimits {
  /** characters of XML text */
  maxChars: number;
  /** element nesting */
  maxDepth: number;
  /** elements in the whole document */
  maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxChars: 64 * 1024 * 1024, maxDepth: 200, maxElements: 2_000_000 };

/**
 * Parses untrusted XML. Entities are never expanded beyond the five predefined ones and character references:
 * a DOCTYPE that declares entities is refused (billion laughs, external entities), nothing is ever fetched, and
 * size, depth and element count are limited.
 */
export function parseXmlSafely(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlResult {
  if (text.length > limits.maxChars) {
    return { ok: false, message: `the XML has ${text.length} characters, more than the limit of ${limits.maxChars}` };
  }
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    if (/<!ENTITY/i.test(text)) {
      return {
        ok: false,
        message:
          'the XML declares entities in a DOCTYPE; tenderkit refuses entity declarations (they can expand without bound or read other files)',
      };
    }
    if (/<!DOCTYPE[^>[]*\b(SYSTEM|PUBLIC)\b/i.test(text)) {
      return { ok: false, message: 'the XML refers to an external DTD; tenderkit reads no external files' };
    }
  }
  const depthProblem = nestingProblem(text, limits);
  if (depthProblem) return { ok: false, message: depthProblem };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    return {
      ok: false,
      message: `the XML is not well-formed: ${valid.err.msg}`,
      at: { line: valid.err.line, column: valid.err.col },
    };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: '#cdata',
    commentPropName: false,
  });
  const parsed = parser.parse(text) as OrderedNode[];
  const elements = parsed.map(toElement).filter((n): n is XmlElement => typeof n !== 'string');
  const root = elements[0];
  if (!root) return { ok: false, message: 'the file contains no XML element' };
  return { ok: true, root };
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

function toElement(node: OrderedNode): XmlNode {
  if ('#text' in node) return decodeEntities(String(node['#text']));
  if ('#cdata' in node) {
    const inner = node['#cdata'];
    return Array.isArray(inner)
      ? inner.map((c) => String((c as OrderedNode)['#text'] ?? '')).join('')
      : String(inner ?? '');
  }
  const key = Object.keys(node).find((k) => k !== ':@') ?? '';
  const colon = key.indexOf(':');
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(node[':@'] ?? {})) attributes[name] = decodeEntities(String(value));
  const children = (Array.isArray(node[key]) ? (node[key] as OrderedNode[]) : []).map(toElement);
  return {
    name: colon >= 0 ? key.slice(colon + 1) : key,
    prefix: colon >= 0 ? key.slice(0, colon) : '',
    attributes,
    children,
  };
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** One pass over the text, so `&amp;lt;` stays `&lt;`. Unknown named entities are kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

/** Counts elements and nesting with a cheap scan before the parser builds anything. */
function nestingProblem(text: string, limits: XmlLimits): string | undefined {
  let depth = 0;
  let elements = 0;
  const tag = /<(\/?)([A-Za-z_][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
  for (const m of text.matchAll(tag)) {
    if (m[2] === undefined) continue;
    if (m[1] === '/') {
      depth--;
      continue;
    }
    elements++;
    if (elements > limits.maxElements) return `the XML has more than ${limits.maxElements} elements`;
    if (m[3] !== '/') {
      depth++;
      if (depth > limits.maxDepth) return `the XML nests elements more than ${limits.maxDepth} levels deep`;
    }
  }
  return undefined;
}

/** Helpers for walking a parsed tree by local names. */
export function childElements(e: XmlElement, name?: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstChild(e: XmlElement, name: string): XmlElement | undefined {
  return childElements(e, name)[0];
}

/** The first element at a path of local names below `e`. */
export function pathChild(e: XmlElement, ...names: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = e;
  for (const n of names) {
    if (!current) return undefined;
    current = firstChild(current, n);
  }
  return current;
}

export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** Every descendant element with this local name, in document order (depth is limited by the parser). */
export function descendants(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const k of childElements(e)) {
    if (k.name === name) out.push(k);
    descendants(k, name, out);
  }
  return out;
}
