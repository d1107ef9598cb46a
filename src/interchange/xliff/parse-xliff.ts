import { childElements, parseXmlSafely, type XmlElement } from '../../lib/xml/safe-xml.js';
import type { Inline } from './inline.js';

export type ParsedPart =
  | { kind: 'ignorable'; source: string }
  | { kind: 'segment'; source: Inline[]; target: Inline[] | undefined; state: string | undefined };

export interface ParsedUnit {
  id: string;
  name: string | undefined;
  data: Map<string, string>;
  parts: ParsedPart[];
}

export interface ParsedFile {
  id: string;
  original: string | undefined;
  meta: Map<string, string>;
  units: Map<string, ParsedUnit>;
}

export interface ParsedXliff {
  srcLang: string;
  trgLang: string | undefined;
  files: ParsedFile[];
}

/** Reads an XLIFF 2.x document (untrusted: no entities, bounded size): files, units (also inside groups), segments. */
export function parseXliff(
  text: string,
): { ok: true; xliff: ParsedXliff } | { ok: false; message: string; at?: { line: number; column: number } } {
  const parsed = parseXmlSafely(text);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  if (root.name !== 'xliff') return { ok: false, message: `the root element is <${root.name}>, not <xliff>` };
  const version = root.attributes['version'];
  if (!version?.startsWith('2.'))
    return {
      ok: false,
      message: `this is XLIFF ${version ?? '(no version)'}; tenderkit reads XLIFF 2 (write one with \`tenderkit export xliff\`)`,
    };
  const srcLang = root.attributes['srcLang'];
  if (!srcLang) return { ok: false, message: '<xliff> has no srcLang' };
  return {
    ok: true,
    xliff: { srcLang, trgLang: root.attributes['trgLang'], files: childElements(root, 'file').map(readFile) },
  };
}

function readFile(node: XmlElement): ParsedFile {
  const meta = new Map<string, string>();
  const units = new Map<string, ParsedUnit>();
  const walk = (e: XmlElement) => {
    for (const child of childElements(e)) {
      if (child.name === 'unit') {
        const unit = readUnit(child);
        units.set(unit.id, unit);
      } else if (child.name === 'meta' && child.attributes['type']) {
        meta.set(child.attributes['type'], textOf(child));
      } else {
        walk(child);
      }
    }
  };
  walk(node);
  return { id: node.attributes['id'] ?? '', original: node.attributes['original'], meta, units };
}

function readUnit(node: XmlElement): ParsedUnit {
  const data = new Map<string, string>();
  for (const od of childElements(node, 'originalData')) {
    for (const d of childElements(od, 'data')) data.set(d.attributes['id'] ?? '', textOf(d));
  }
  const parts: ParsedPart[] = [];
  for (const child of childElements(node)) {
    const source = childElements(child, 'source')[0];
    if (child.name === 'ignorable') parts.push({ kind: 'ignorable', source: source ? textOf(source) : '' });
    else if (child.name === 'segment') {
      const target = childElements(child, 'target')[0];
      parts.push({
        kind: 'segment',
        source: source ? inline(source) : [],
        target: target ? inline(target) : undefined,
        state: child.attributes['state'],
      });
    }
  }
  return { id: node.attributes['id'] ?? '', name: node.attributes['name'], data, parts };
}

/** The inline content of a source or target: text, <ph>, <pc>; annotations (<mrk>) keep their content. */
function inline(node: XmlElement): Inline[] {
  const out: Inline[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') {
      const last = out[out.length - 1];
      if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + child };
      else out.push({ kind: 'text', text: child });
      continue;
    }
    const a = child.attributes;
    if (child.name === 'ph') {
      out.push({
        kind: 'ph',
        id: a['id'] ?? '',
        dataRef: a['dataRef'] ?? '',
        ...defined({ equiv: a['equiv'], type: a['type'], subType: a['subType'] }),
      });
    } else if (child.name === 'pc') {
      out.push({
        kind: 'pc',
        id: a['id'] ?? '',
        dataRefStart: a['dataRefStart'] ?? '',
        dataRefEnd: a['dataRefEnd'] ?? '',
        ...defined({ type: a['type'], subType: a['subType'] }),
        children: inline(child),
      });
    } else if (child.name === 'mrk') {
      out.push(...inline(child));
    }
  }
  return out;
}

/** The defined fields only: the model's optional fields are absent, never undefined. */
function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}

function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
