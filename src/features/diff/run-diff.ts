import { buildDate } from '../../lib/build-date.js';
import { diffSpecs, type SpecDiff } from './diff-specs.js';
import { renderDiffJson } from './diff-json.js';
import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Result } from '../../lib/result.js';
import { renderDiffMarkdown } from './render-markdown.js';
import { localiseDiff, redlineSettings, reportLanguage, type ReportLanguage } from './localise-diff.js';
import { specInLanguage } from '../../load/spec/spec-in-language.js';
import type { WorkspaceDigest } from '../../load/read-files.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { selectedDomains } from '../../resolve/resolve.js';

export type DiffFormat = 'md' | 'json' | 'html' | 'docx';

export interface DiffRequest {
  root: string;
  variant: string;
  /** another spec to compare with; the root of the variant's chain when undefined */
  against?: string;
  format: DiffFormat;
  sourceDateEpoch?: number;
  /** the workspace's files as hashed just before: with it, a Markdown, JSON or HTML report reads only what it compares */
  digest?: WorkspaceDigest;
  /** use the workspace's cache */
  cache?: boolean;
  /** the language of the report's words and texts; the variant's (main) language by default */
  lang?: string;
}

/**
 * `tenderkit diff`: loads the workspace, compares two specs and renders the report in one format. The Markdown, JSON
 * and HTML reports show changes only: with the digest of the files, the load reads only the requirements the two
 * chains name (`compare`), and the requirements no spec of the chain names count as unchanged. The Word redline is the
 * whole text of the variant with its changes tracked: it needs every requirement.
 */
export async function runDiff(request: DiffRequest): Promise<Result<{ diff: SpecDiff; output: string | Uint8Array }>> {
  const loaded = loadWorkspace(
    request.root,
    {
      valid: true,
      specs: specsOf(request),
      cache: request.cache === true,
      ...(request.digest && request.format !== 'docx' ? { compare: request.digest } : {}),
    },
    RESOLVE_AND_CHECK,
  );
  if (loaded.kind !== 'ok') return loaded;
  const { workspace, unnamed } = loaded;
  const variant = findSpec(workspace, request.variant);
  if (typeof variant === 'string') return { kind: 'usage', message: variant };
  const baseline = findSpec(workspace, request.against ?? variant.chain[0]!.id);
  if (typeof baseline === 'string') return { kind: 'usage', message: baseline };
  const alsoUnchanged = unnamed
    ? selectedDomains(variant.chain[0]!, workspace.catalogue.config).reduce((n, d) => n + (unnamed.get(d) ?? 0), 0)
    : 0;
  return report(workspace, compare(workspace, baseline, variant, alsoUnchanged), request);
}

function specsOf(request: DiffRequest): string[] {
  return [request.variant, ...(request.against !== undefined ? [request.against] : [])];
}

function compare(
  workspace: Workspace<Resolution>,
  baseline: ResolvedSpec,
  variant: ResolvedSpec,
  alsoUnchanged = 0,
): SpecDiff {
  return diffSpecs(baseline, variant, { domains: workspace.catalogue.config.domains.map((d) => d.id), alsoUnchanged });
}

async function report(
  workspace: Workspace<Resolution>,
  diff: SpecDiff,
  request: DiffRequest,
): Promise<{ kind: 'ok'; diff: SpecDiff; output: string | Uint8Array }> {
  const date = buildDate(request.sourceDateEpoch, diff.variant.spec.date).date;
  const spec = request.lang !== undefined ? specInLanguage(diff.variant.spec, request.lang) : diff.variant.spec;
  const language = reportLanguage(workspace, spec);
  const shown = request.format === 'json' ? diff : localiseDiff(diff, language, workspace.i18n?.translations);
  return { kind: 'ok', diff, output: await renderDiff(shown, request.format, { date, language }) };
}

/** One format of a diff: text for md, json and html; a Word redline for docx. */
export async function renderDiff(
  diff: SpecDiff,
  format: DiffFormat,
  settings: { date: Date; language: ReportLanguage },
): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderDiffJson(diff);
    case 'md':
      return renderDiffMarkdown(diff, settings.language);
    case 'html': {
      const { renderDiffHtml } = await import('./render-html.js');
      return renderDiffHtml(diff, settings.language);
    }
    case 'docx': {
      const { renderRedline } = await import('./render-redline.js');
      return renderRedline(diff, redlineSettings(settings.language, settings.date));
    }
  }
}
