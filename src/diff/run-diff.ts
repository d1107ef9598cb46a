import { buildDate } from '../build/build-date.js';
import { diffSpecs, type SpecDiff } from './diff-specs.js';
import { renderDiffJson } from './diff-json.js';
import { findSpec, loadValidWorkspace, type Loaded } from './load-valid-workspace.js';
import { renderDiffMarkdown } from './render-markdown.js';
import type { Domain } from '../workspace/config.js';

export type DiffFormat = 'md' | 'json' | 'html' | 'docx';

export interface DiffRequest {
  root: string;
  variant: string;
  /** another spec to compare with; the root of the variant's chain when undefined */
  against?: string;
  format: DiffFormat;
  sourceDateEpoch?: number;
}

/** `tenderkit diff`: loads the workspace, compares two specs and renders the report in one format. */
export async function runDiff(request: DiffRequest): Promise<Loaded<{ diff: SpecDiff; output: string | Uint8Array }>> {
  const loaded = await loadValidWorkspace(request.root, [request.variant, ...(request.against !== undefined ? [request.against] : [])]);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const variant = findSpec(workspace, request.variant);
  if (typeof variant === 'string') return { kind: 'usage', message: variant };
  const baseline = findSpec(workspace, request.against ?? variant.chain[0]!.id);
  if (typeof baseline === 'string') return { kind: 'usage', message: baseline };
  const domains = workspace.catalogue.config.domains;
  const diff = diffSpecs(baseline, variant, { domains: domains.map((d) => d.id) });
  const date = buildDate(request.sourceDateEpoch, variant.spec.date).date;
  return { kind: 'ok', diff, output: await renderDiff(diff, request.format, { date, domains }) };
}

/** One format of a diff: text for md, json and html; a Word redline for docx. */
export async function renderDiff(diff: SpecDiff, format: DiffFormat, settings: { date: Date; domains: readonly Domain[] }): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderDiffJson(diff);
    case 'md':
      return renderDiffMarkdown(diff);
    case 'html': {
      const { renderDiffHtml } = await import('../render/html/diff-html.js');
      return renderDiffHtml(diff);
    }
    case 'docx': {
      const { renderRedline } = await import('../render/redline/render-redline.js');
      return renderRedline(diff, settings);
    }
  }
}
