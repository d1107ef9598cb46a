import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../output/manifest.js';
import { sha256, type SourceFile } from '../workspace/source-file.js';

export interface PackExpectation {
  toolVersion: string;
  sourceDateEpoch: number | undefined;
  inputs: readonly SourceFile[];
  formats: readonly string[];
}

/**
 * Whether the pack in `dir` was built by this tool version from exactly these inputs and formats, and is
 * unchanged since: then building it again would give the same bytes, so it can be skipped. Any doubt means no.
 */
export async function packIsUpToDate(dir: string, expected: PackExpectation): Promise<boolean> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return false;
  }
  if (manifest.tool?.version !== expected.toolVersion) return false;
  if ((manifest.sourceDateEpoch ?? undefined) !== expected.sourceDateEpoch) return false;
  const inputs = [...expected.inputs].map((f) => `${f.path}\0${f.sha256}`).sort();
  const recorded = (manifest.inputs ?? []).map((f) => `${f.path}\0${f.sha256}`).sort();
  if (inputs.length !== recorded.length || inputs.some((x, i) => x !== recorded[i])) return false;
  if ((manifest.formats ?? []).join(',') !== expected.formats.join(',')) return false;
  for (const o of manifest.outputs ?? []) {
    try {
      if (sha256(await readFile(path.join(dir, o.path))) !== o.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}
