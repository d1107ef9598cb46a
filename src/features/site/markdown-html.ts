import type { AlignType, Nodes, RootContent } from 'mdast';
import { escapeHtml, Html } from '../../render/html/html.js';

export interface MarkdownHtmlOptions {
  /** added to every heading depth, so that a `#` inside a section sits below the page's own headings */
  headingOffset?: number;
  /** the address of a page for an in-document link `#INT-001`; undefined when the id is unknown */
  anchorHref?: (fragment: string) => string | undefined;
}

/**
 * Catalogue Markdown (mdast) as HTML. Every text is escaped; raw HTML from the catalogue never becomes markup
 * (comments are dropped, anything else is shown as the text it is); links keep only web and mail addresses and
 * known anchors; images, which would load something from elsewhere, become links with their alternative text.
 */
export function markdownToHtml(nodes: readonly RootContent[], options: MarkdownHtmlOptions = {}): Html {
  const render = renderer(options);
  return new Html(nodes.map(render).join(''));
}

function renderer(options: MarkdownHtmlOptions): (node: Nodes) => string {
  const offset = options.headingOffset ?? 0;
  let phrasing = 0;
  const all = (children: readonly Nodes[]): string => children.map(one).join('');
  /** inline content: an `html` node in it is inline HTML */
  const inline = (children: readonly Nodes[]): string => {
    phrasing++;
    try {
      return all(children);
    } finally {
      phrasing--;
    }
  };
  function one(node: Nodes): string {
    switch (node.type) {
      case 'root':
        return all(node.children);
      case 'paragraph':
        return `<p>${inline(node.children)}</p>\n`;
      case 'heading': {
        const depth = Math.min(6, node.depth + offset);
        return `<h${depth}>${inline(node.children)}</h${depth}>\n`;
      }
      case 'text':
        return esc(node.value);
      case 'emphasis':
        return `<em>${inline(node.children)}</em>`;
      case 'strong':
        return `<strong>${inline(node.children)}</strong>`;
      case 'delete':
        return `<s>${inline(node.children)}</s>`;
      case 'inlineCode':
        return `<code>${esc(node.value)}</code>`;
      case 'code':
        return `<pre><code>${esc(node.value)}</code></pre>\n`;
      case 'break':
        return '<br>\n';
      case 'thematicBreak':
        return '<hr>\n';
      case 'blockquote':
        return `<blockquote>\n${all(node.children)}</blockquote>\n`;
      case 'list': {
        const start =
          node.ordered && node.start !== null && node.start !== undefined && node.start !== 1
            ? ` start="${Math.trunc(node.start)}"`
            : '';
        const tag = node.ordered ? 'ol' : 'ul';
        return `<${tag}${start}>\n${node.children.map((item) => listItem(item, node.spread === true)).join('')}</${tag}>\n`;
      }
      case 'listItem':
        return listItem(node, node.spread === true);
      case 'table': {
        const [head, ...body] = node.children;
        const align = node.align ?? [];
        const row = (r: (typeof node.children)[number], tag: 'th' | 'td') =>
          `<tr>${r.children.map((c, i) => `<${tag}${alignment(align[i])}${tag === 'th' ? ' scope="col"' : ''}>${inline(c.children)}</${tag}>`).join('')}</tr>\n`;
        const thead = head ? `<thead>\n${row(head, 'th')}</thead>\n` : '';
        const tbody = body.length ? `<tbody>\n${body.map((r) => row(r, 'td')).join('')}</tbody>\n` : '';
        return `<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>\n${thead}${tbody}</table></div>\n`;
      }
      case 'tableRow':
      case 'tableCell':
        return inline(node.children);
      case 'link': {
        const href = safeHref(node.url, options.anchorHref);
        const label = inline(node.children);
        return href === undefined
          ? label
          : `<a href="${esc(href)}"${node.title ? ` title="${esc(node.title)}"` : ''}>${label}</a>`;
      }
      case 'image': {
        const href = safeHref(node.url, undefined);
        const label = esc(`[image: ${node.alt || node.url}]`);
        return href === undefined ? label : `<a href="${esc(href)}">${label}</a>`;
      }
      case 'html': {
        const value = node.value.trim();
        if (value.startsWith('<!--') || value === '') return '';
        // inline HTML reads as the text it is; a block of it stays a block
        return phrasing > 0 ? esc(node.value) : `<p class="raw">${esc(value)}</p>\n`;
      }
      case 'linkReference':
      case 'imageReference':
      case 'footnoteReference':
        return 'children' in node
          ? all(node.children)
          : 'label' in node
            ? esc(`[${node.label ?? node.identifier}]`)
            : '';
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        return '';
      default: {
        // nodes that the tender document adds (table of contents, page breaks) have no place in catalogue text
        const unknown = node as { value?: unknown; children?: Nodes[] };
        if (Array.isArray(unknown.children)) return all(unknown.children);
        return typeof unknown.value === 'string' ? esc(unknown.value) : '';
      }
    }
  }
  function listItem(item: Extract<Nodes, { type: 'listItem' }>, spread: boolean): string {
    const check = item.checked === true ? '\u2611 ' : item.checked === false ? '\u2610 ' : '';
    // a tight list's paragraphs are shown without their margins, as Markdown renders them
    const inner = spread
      ? all(item.children)
      : item.children.map((c) => (c.type === 'paragraph' ? inline(c.children) : one(c))).join('');
    return `<li>${check}${inner}</li>\n`;
  }
  return one;
}

function alignment(align: AlignType | undefined): string {
  return align ? ` class="align-${align}"` : '';
}

/** Web and mail addresses as written; `#ID` through the page map; anything else (javascript:, relative files) is no link. */
export function safeHref(
  url: string,
  anchorHref: ((fragment: string) => string | undefined) | undefined,
): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return anchorHref?.(trimmed.slice(1));
  if (/^(?:https?:\/\/|mailto:)[^\s"'<>`]+$/i.test(trimmed)) return trimmed;
  return undefined;
}

const esc = escapeHtml;
