import { buildDocument } from '../../src/document/build-document.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import type { Workspace } from '../../src/load/workspace.js';
import type { Resolution } from '../../src/resolve/resolve.js';
import type { Root, RootContent } from 'mdast';
import type { Diagnostic } from '../../src/lib/diagnostics.js';

/** The document tree of one spec, as `build` makes it. */
export function documentOf(workspace: Workspace<Resolution>, spec: string): { tree: Root; diagnostics: Diagnostic[] } {
  const resolved = workspace.resolution.resolved.get(spec);
  if (!resolved) throw new Error(`spec ${spec} did not resolve`);
  const { document, diagnostics } = buildDocument(resolved, {
    config: workspace.catalogue.config,
    templates: workspace.catalogue.templates,
    toolName: 'tenderkit',
    date: new Date(Date.UTC(2027, 2, 15)),
    showDate: true,
    ...(workspace.i18n ? { i18n: workspace.i18n } : {}),
  });
  return { tree: document.tree, diagnostics };
}

export { loadWorkspace };

/** Every text of the tree with the language it is tagged with (the nearest `data.lang`, else the document's). */
export function textsByLanguage(tree: Root, documentLanguage: string): Array<{ text: string; lang: string }> {
  const out: Array<{ text: string; lang: string }> = [];
  const walk = (node: RootContent | Root, lang: string) => {
    const own = (node as { data?: { lang?: string } }).data?.lang ?? lang;
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode'))
      out.push({ text: node.value, lang: own });
    if ('children' in node) for (const c of node.children as RootContent[]) walk(c, own);
  };
  walk(tree, documentLanguage);
  return out;
}
