import { renderCsv } from '../render/csv.js';
import { complianceRows } from '../render/compliance-rows.js';
import { renderMarkdown } from '../render/markdown.js';
import type { PackFormat } from './pack-format.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

const markdown: PackFormat = {
  id: 'md',
  description: 'tender-specification.md (GitHub-flavoured Markdown)',
  byDefault: true,
  async render({ document }) {
    return { files: [{ name: 'tender-specification.md', bytes: utf8(renderMarkdown(document)) }], diagnostics: [] };
  },
};

const docx: PackFormat = {
  id: 'docx',
  description: 'tender-specification.docx (Word)',
  byDefault: true,
  async render({ document }) {
    const { renderDocx } = await import('../render/docx/render-docx.js');
    return { files: [{ name: 'tender-specification.docx', bytes: await renderDocx(document) }], diagnostics: [] };
  },
};

const csv: PackFormat = {
  id: 'csv',
  description: 'compliance-matrix.csv (RFC 4180, UTF-8)',
  byDefault: true,
  async render({ resolved }) {
    return { files: [{ name: 'compliance-matrix.csv', bytes: utf8(renderCsv(complianceRows(resolved))) }], diagnostics: [] };
  },
};

/** Every pack format, in the order files are listed. Add a format here. */
export const FORMATS: readonly PackFormat[] = [markdown, docx, csv];
