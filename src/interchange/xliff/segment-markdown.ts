import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PLACEHOLDER } from '../../load/requirement/placeholders.js';
import type { OriginalData, Inline } from './inline.js';

/** Segmenting needs source offsets of every node, which remark's parser keeps (one field at a time, so its speed is fine). */
const positioned = unified().use(remarkParse).use(remarkGfm);

/** A field cut for translation: Markdown block markup (list markers, blank lines, code) kept aside, text segments in between. */
export type FieldPart = { kind: 'ignorable'; text: string } | { kind: 'segment'; content: Inline[] };

/**
 * Cuts a Markdown field into segments, one per paragraph, heading or table cell, with the text between them
 * (markers, indentation, blank lines, code blocks) as ignorables. Joining the parts gives the field back.
 */
export function segmentMarkdown(markdown: string, data: OriginalData): FieldPart[] {
  const tree = positioned.parse(markdown) as Root;
  const parts: FieldPart[] = [];
  let cursor = 0;
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children[node.children.length - 1]?.position?.end.offset;
        if (first === undefined || last === undefined) continue;
        if (first > cursor) parts.push({ kind: 'ignorable', text: markdown.slice(cursor, first) });
        parts.push({ kind: 'segment', content: phrasing(node.children, markdown, data) });
        cursor = last;
      } else if ('children' in node) {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  if (cursor < markdown.length) parts.push({ kind: 'ignorable', text: markdown.slice(cursor) });
  if (!parts.some((p) => p.kind === 'segment')) {
    // nothing to translate (a code block alone): one placeholder, so the unit still has a segment
    return markdown === ''
      ? []
      : [{ kind: 'segment', content: [{ kind: 'ph', id: data.codeId(), dataRef: data.ref(markdown) }] }];
  }
  return parts;
}

/** A plain text (a title) as a segment: its placeholders become `<ph>`, nothing else is markup. */
export function plainSegment(text: string, data: OriginalData): Inline[] {
  return textWithPlaceholders(text, data);
}

function phrasing(nodes: readonly PhrasingContent[], markdown: string, data: OriginalData): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text') {
      out.push(...textWithPlaceholders(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), data));
      continue;
    }
    if (start === undefined || end === undefined) continue;
    const source = markdown.slice(start, end);
    if (
      (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link') &&
      node.children.length > 0
    ) {
      const innerStart = node.children[0]!.position?.start.offset;
      const innerEnd = node.children[node.children.length - 1]!.position?.end.offset;
      if (innerStart !== undefined && innerEnd !== undefined) {
        const open = markdown.slice(start, innerStart);
        const close = markdown.slice(innerEnd, end);
        out.push({
          kind: 'pc',
          id: data.codeId(),
          dataRefStart: data.ref(open),
          dataRefEnd: data.ref(close),
          ...formatting(node),
          children: phrasing(node.children, markdown, data),
        });
        continue;
      }
    }
    // a hard break is its line end; elsewhere a line end inside markup reads as a space
    const markup = node.type === 'break' ? source : source.replace(/[ \t]*\n[ \t]*/g, ' ');
    out.push({
      kind: 'ph',
      id: data.codeId(),
      dataRef: data.ref(markup),
      ...placeholderKind(node),
      disp: display(node, source),
    });
  }
  return merge(out);
}

function formatting(node: Nodes): { type: string; subType?: string } {
  switch (node.type) {
    case 'emphasis':
      return { type: 'fmt', subType: 'xlf:i' };
    case 'strong':
      return { type: 'fmt', subType: 'xlf:b' };
    case 'link':
      return { type: 'link' };
    default:
      return { type: 'fmt' };
  }
}

function placeholderKind(node: Nodes): { type: string; subType?: string } {
  if (node.type === 'break') return { type: 'fmt', subType: 'xlf:lb' };
  if (node.type === 'image' || node.type === 'imageReference') return { type: 'image' };
  return { type: 'other' };
}

function display(node: Nodes, source: string): string {
  if (node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\u21b5';
  return source.length > 40 ? `${source.slice(0, 39)}\u2026` : source;
}

function textWithPlaceholders(text: string, data: OriginalData): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({
      kind: 'ph',
      id: data.codeId(),
      dataRef: data.ref(m[0]),
      equiv: m[0],
      disp: m[0],
      type: 'other',
      subType: 'tk:param',
    });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

function merge(items: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'text' && item.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: prev.text + item.text };
    else out.push(item);
  }
  return out;
}
