import { deviationsFormat } from './deviations-format.js';
import { renderCsv } from '../../render/csv.js';
import { complianceRows } from '../../render/compliance-rows.js';
import { renderMarkdownBytes } from '../../render/markdown.js';
import type { PackFormat } from './pack-format.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

const markdown: PackFormat = {
  id: 'md',
  description: 'tender-specification.md (GitHub-flavoured Markdown)',
  byDefault: true,
  async render({ document }) {
    return { files: [{ name: 'tender-specification.md', bytes: renderMarkdownBytes(document) }], diagnostics: [] };
  },
};

const docx: PackFormat = {
  id: 'docx',
  description: 'tender-specification.docx (Word)',
  byDefault: true,
  async render({ document, workspace, resolved }) {
    const { renderDocx } = await import('../../render/docx/render-docx.js');
    const { frameOf, wordingOf } = await import('../../document/i18n/frame-of.js');
    const { docxLabels } = await import('../../document/i18n/document-frame.js');
    const { documentIdentity } = await import('../../render/docx/document-identity.js');
    const labels = docxLabels(frameOf(wordingOf(workspace), resolved.spec).labels);
    const identity = documentIdentity(workspace.catalogue, resolved, 'tender-specification');
    return {
      files: [{ name: 'tender-specification.docx', bytes: await renderDocx(document, { labels, identity }) }],
      diagnostics: [],
    };
  },
};

const csv: PackFormat = {
  id: 'csv',
  description: 'compliance-matrix.csv (RFC 4180, UTF-8)',
  byDefault: true,
  async render({ resolved, workspace }) {
    const { wordingOf } = await import('../../document/i18n/frame-of.js');
    return {
      files: [
        { name: 'compliance-matrix.csv', bytes: utf8(renderCsv(complianceRows(resolved, wordingOf(workspace)))) },
      ],
      diagnostics: [],
    };
  },
};

const xlsx: PackFormat = {
  id: 'xlsx',
  description: "compliance-matrix.xlsx (the bidder's response form)",
  byDefault: true,
  async render(context) {
    const { renderXlsx } = await import('./xlsx-format.js');
    return { files: [{ name: 'compliance-matrix.xlsx', bytes: renderXlsx(context) }], diagnostics: [] };
  },
};

/** Every pack format, in the order files are listed. Add a format here. */
export const FORMATS: readonly PackFormat[] = [markdown, docx, csv, xlsx, deviationsFormat];
