import path from 'node:path';
import { diagnostic } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';
import { readRawText } from '../../load/read-raw-text.js';
import { parentRequirement, reviewStamp } from '../../resolve/review-stamp.js';
import { writeFileAtomically } from '../../write/write-atomic.js';
import { findSpec } from '../../resolve/find-spec.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { stampSpecText, type Stamp } from './stamp-spec-text.js';

export type ReviewOutcome = Result<{ output: string }>;

/**
 * `tenderkit review SPEC [--requirement ID]`: records that a person checked the deviations of SPEC (or the ones on
 * one requirement) against the parent as it is now, by writing each one's `reviewed:` stamp into the spec file.
 * The file keeps every other byte; one that cannot be edited that way is left alone with a message.
 */
export async function runReview(request: {
  root: string;
  spec: string;
  requirement?: string;
  /** check and show the stamps, write nothing */
  dryRun?: boolean;
}): Promise<ReviewOutcome> {
  const loaded = await loadWorkspace(request.root, { valid: true, specs: [request.spec] }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const resolved = findSpec(workspace, request.spec);
  if (typeof resolved === 'string') return { kind: 'usage', message: resolved };
  const spec = resolved.spec;
  const parentId = spec.extends;
  if (parentId === undefined)
    return {
      kind: 'usage',
      message: `${spec.id} extends no other spec, so it has no deviations to review; name a spec that extends another`,
    };
  const parent = workspace.resolution.resolved.get(parentId);
  const deviations = spec.deviations.filter(
    (d) => request.requirement === undefined || d.requirement === request.requirement,
  );
  if (request.requirement !== undefined && deviations.length === 0)
    return {
      kind: 'usage',
      message: unknownIdMessage(`deviation of ${spec.id} on requirement`, request.requirement, [
        ...new Set(spec.deviations.map((d) => d.requirement)),
      ]),
    };
  const stamps: Array<Stamp & { requirement: string; before: string | undefined }> = [];
  for (const d of deviations) {
    const state = parentRequirement(parent, workspace.catalogue, d.requirement);
    if (state)
      stamps.push({ index: d.index, stamp: reviewStamp(state), requirement: d.requirement, before: d.reviewed });
  }
  const changed = stamps.filter((s) => s.stamp !== s.before);
  const lines = stamps.map(
    (s) =>
      `  ${s.requirement.padEnd(12)} ${s.stamp}${s.before === undefined ? '  (new)' : s.before === s.stamp ? '  (unchanged)' : `  (was ${s.before})`}`,
  );
  const verb = request.dryRun ? 'would be stamped' : 'stamped';
  const summary = `${spec.file}: ${changed.length} of ${stamps.length} deviations ${verb} as reviewed against ${parentId}`;
  if (changed.length === 0) return { kind: 'ok', output: `${summary}; the file is unchanged\n${lines.join('\n')}\n` };

  const text = readRawText(workspace.catalogue.root, spec.file);
  if (text === undefined)
    return {
      kind: 'invalid',
      diagnostics: [diagnostic('error', 'review', 'cannot read the spec file again to write the stamps', spec.file)],
    };
  const edited = stampSpecText(text, changed);
  if (!edited.ok)
    return {
      kind: 'invalid',
      diagnostics: [diagnostic('error', 'review', `${edited.message}; nothing was written`, spec.file, edited)],
    };
  if (!request.dryRun) await writeFileAtomically(path.join(workspace.catalogue.root, spec.file), edited.text);
  return { kind: 'ok', output: `${summary}\n${lines.join('\n')}\n` };
}
