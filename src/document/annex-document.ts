import type { RootContent } from 'mdast';
import { parseMarkdown } from '../load/requirement/markdown-parser.js';
import type { Spec } from '../load/spec/spec.js';
import type { TenderDocument } from './tender-document.js';

/**
 * A Markdown annex as a document the tender document's renderers take: its own blocks, with the properties of the
 * pack it belongs to (the annex's title, the spec, the build date). Pure.
 */
export function annexDocument(
  markdown: string,
  annex: { title: string },
  spec: Spec,
  settings: { language: string; toolName: string; date: Date },
): TenderDocument {
  const children = parseMarkdown(markdown).children as RootContent[];
  return {
    tree: { type: 'root', children },
    properties: {
      title: annex.title,
      subject: spec.title,
      creator: spec.authority?.name ?? settings.toolName,
      keywords: [spec.id],
      description: `${annex.title} (${spec.id})`,
      language: settings.language,
      footer: [spec.procurement?.reference, annex.title].filter(Boolean).join(' \u2013 '),
      date: settings.date,
    },
  };
}
