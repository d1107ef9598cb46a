import { stat } from 'node:fs/promises';
import { gitCommit } from '../../lib/git-commit.js';
import { TOOL_VERSION } from '../../lib/version.js';
import type { Mismatch } from './mismatch.js';
import { readManifest } from '../../write/read-manifest.js';
import { verifyOutputs } from './verify-outputs.js';
import { verifySources } from './verify-sources.js';

export interface VerifyOptions {
  /** the pack folder, e.g. out/be */
  pack: string;
  /** also compare the pack's inputs with this workspace */
  sourcesRoot?: string;
}

export interface VerifyReport {
  spec: string;
  builtWith: {
    tool: string | null;
    catalogueVersion: string | null;
    gitCommit: string | null;
    sourceDateEpoch: number | null;
  };
  checked: { outputs: number; inputs: number | null };
  mismatches: Mismatch[];
  /** facts worth knowing that are not mismatches, or why a check could not be complete */
  notes: string[];
  ok: boolean;
}

export type VerifyResult =
  | { kind: 'verified'; report: VerifyReport }
  | { kind: 'usage'; message: string }
  | { kind: 'invalid'; message: string };

/** Re-checks a built pack against its manifest and, on request, against the workspace it was built from. */
export async function verifyPack(options: VerifyOptions): Promise<VerifyResult> {
  const isFolder = await stat(options.pack).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder)
    return {
      kind: 'usage',
      message: `${options.pack} is not a folder; verify names a pack folder, such as out/<spec>`,
    };
  const read = await readManifest(options.pack);
  if (read.kind === 'absent') return { kind: 'usage', message: read.message };
  if (read.kind === 'invalid') return { kind: 'invalid', message: read.message };
  const { manifest } = read;
  const mismatches = await verifyOutputs(options.pack, manifest);
  const notes: string[] = [];
  const tool =
    manifest.tool && typeof manifest.tool.version === 'string'
      ? `${manifest.tool.name ?? 'tenderkit'} ${manifest.tool.version}`
      : null;
  let inputs: number | null = null;
  let complete = true;
  if (options.sourcesRoot !== undefined) {
    const sources = await verifySources(options.sourcesRoot, manifest);
    mismatches.push(...sources.mismatches);
    notes.push(...sources.notes);
    inputs = sources.checked;
    complete = sources.complete;
    if (manifest.tool?.version !== TOOL_VERSION)
      notes.push(
        `the pack was built with ${tool ?? 'an unknown tool version'}; this is ${TOOL_VERSION}, whose output may differ`,
      );
    const now = await gitCommit(options.sourcesRoot);
    const then = typeof manifest.gitCommit === 'string' ? manifest.gitCommit : null;
    if (then !== now)
      notes.push(
        `the pack was built at commit ${then ?? '(none recorded)'}; the workspace is at ${now ?? '(no commit)'}`,
      );
  }
  return {
    kind: 'verified',
    report: {
      spec: manifest.spec,
      builtWith: {
        tool,
        catalogueVersion: typeof manifest.catalogueVersion === 'string' ? manifest.catalogueVersion : null,
        gitCommit: typeof manifest.gitCommit === 'string' ? manifest.gitCommit : null,
        sourceDateEpoch: typeof manifest.sourceDateEpoch === 'number' ? manifest.sourceDateEpoch : null,
      },
      checked: { outputs: manifest.outputs.length, inputs },
      mismatches,
      notes,
      ok: mismatches.length === 0 && complete,
    },
  };
}
