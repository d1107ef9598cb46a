import { annexDocument } from '../../document/annex-document.js';
import { docxLabels, documentFrame } from '../../document/i18n/document-frame.js';
import { NO_I18N } from '../../load/i18n.js';
import { TOOL_NAME } from '../../lib/version.js';
import { annexOutputNames, effectiveAnnexes, isMarkdownAnnex } from '../../resolve/effective-annexes.js';
import type { PackContext, PackFile } from './pack-format.js';

/**
 * The annexes of a spec's pack, under `annexes/`: each file as it is, and a Markdown annex also rendered to Word by
 * the tender document's renderer. Every pack holds them whatever its formats, as the tender document lists them.
 */
export async function annexFiles(context: Omit<PackContext, 'document'>): Promise<PackFile[]> {
  const { workspace, resolved, date } = context;
  const { catalogue } = workspace;
  const files: PackFile[] = [];
  for (const annex of effectiveAnnexes(resolved)) {
    const file = catalogue.annexes?.get(annex.path);
    if (!file) throw new Error(`the annex ${annex.path} of ${annex.spec} was not read although the workspace is valid`);
    if (file.files) {
      const names = annexOutputNames(annex.path, file.files);
      file.files.forEach((member, i) => {
        const bytes = catalogue.annexes?.get(member)?.bytes;
        if (!bytes) throw new Error(`the file ${member} of the annex folder ${annex.path} was not read`);
        files.push({ name: names[i]!, bytes: new Uint8Array(bytes) });
      });
      continue;
    }
    const [copied, rendered] = annexOutputNames(annex.path);
    // a copy of its own: a pack's buffers may be handed to another thread, and the annex serves other packs too
    files.push({ name: copied!, bytes: new Uint8Array(file.bytes) });
    if (!isMarkdownAnnex(annex.path) || rendered === undefined) continue;
    const { renderDocx } = await import('../../render/docx/render-docx.js');
    const language = catalogue.config.defaultLanguage;
    const i18n = workspace.i18n ?? NO_I18N;
    const { frame } = documentFrame(
      language,
      { overrides: i18n.labelOverrides, templates: catalogue.templates, defaultLanguage: language },
      { file: resolved.spec.file, at: { line: 1, column: 1 } },
    );
    const document = annexDocument(file.text ?? '', annex, resolved.spec, { language, toolName: TOOL_NAME, date });
    files.push({ name: rendered, bytes: await renderDocx(document, { labels: docxLabels(frame.labels) }) });
  }
  return files;
}
