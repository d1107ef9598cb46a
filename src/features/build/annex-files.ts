import { annexDocument } from '../../document/annex-document.js';
import { docxLabels, documentFrame } from '../../document/i18n/document-frame.js';
import { NO_I18N } from '../../load/i18n.js';
import { annexInLanguage } from '../../load/annex/annex-translation.js';
import { languagesOf } from '../../load/spec/spec.js';
import { SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { TOOL_NAME } from '../../lib/version.js';
import { annexOutputNames, effectiveAnnexes, isMarkdownAnnex } from '../../resolve/effective-annexes.js';
import { resolvedInLanguage } from '../../resolve/in-language.js';
import type { PackContext, PackFile } from './pack-format.js';

/**
 * The annexes of a spec's pack, under `annexes/`: each file as it is, and a Markdown annex also rendered to Word by
 * the tender document's renderer, in each language of the spec: the main language's under the annex's own name,
 * a further language's as `<name>.<lang>.md` and `.docx`, each the annex's translation into that language where it
 * is current (the original otherwise, which `translations` lists as missing or stale); an annex folder's files
 * as they are, once. Every pack holds them
 * whatever its formats, as the tender document lists them.
 */
export async function annexFiles(context: Omit<PackContext, 'document'>): Promise<PackFile[]> {
  const { workspace, resolved, date } = context;
  const { catalogue } = workspace;
  const files: PackFile[] = [];
  const [main, ...further] = languagesOf(resolved.spec);
  const i18n = workspace.i18n ?? NO_I18N;
  for (const language of [main!, ...further]) {
    const inLanguage = resolvedInLanguage(resolved, language);
    for (const annex of effectiveAnnexes(inLanguage)) {
      const file = catalogue.annexes?.get(annex.path);
      if (!file)
        throw new Error(`the annex ${annex.path} of ${annex.spec} was not read although the workspace is valid`);
      if (file.files) {
        if (language !== main) continue;
        const names = annexOutputNames(annex.path, file.files);
        file.files.forEach((member, i) => {
          const bytes = catalogue.annexes?.get(member)?.bytes;
          if (!bytes) throw new Error(`the file ${member} of the annex folder ${annex.path} was not read`);
          files.push({ name: names[i]!, bytes: new Uint8Array(bytes) });
        });
        continue;
      }
      const markdown = isMarkdownAnnex(annex.path);
      if (!markdown && language !== main) continue;
      const [copied, rendered] = annexOutputNames(annex.path, undefined, language === main ? undefined : language);
      if (!markdown) {
        // a copy of its own: a pack's buffers may be handed to another thread, and the annex serves other packs too
        files.push({ name: copied!, bytes: new Uint8Array(file.bytes) });
        continue;
      }
      const shown = annexInLanguage(file, language, SOURCE_LANGUAGE);
      files.push({
        name: copied!,
        bytes: shown.status === 'current' ? new TextEncoder().encode(shown.text) : new Uint8Array(file.bytes),
      });
      const { renderDocx } = await import('../../render/docx/render-docx.js');
      const { frame } = documentFrame(
        shown.lang,
        { overrides: i18n.labelOverrides, templates: catalogue.templates, defaultLanguage: shown.lang },
        { file: resolved.spec.file, at: { line: 1, column: 1 } },
      );
      const document = annexDocument(shown.text, annex, inLanguage.spec, {
        language: shown.lang,
        toolName: TOOL_NAME,
        date,
      });
      files.push({ name: rendered!, bytes: await renderDocx(document, { labels: docxLabels(frame.labels) }) });
    }
  }
  return files;
}
