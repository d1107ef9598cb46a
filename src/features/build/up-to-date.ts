import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { InputFile, Manifest } from '../../write/manifest.js';

export interface PackExpectation {
  toolVersion: string;
  toolBuild: string;
  sourceDateEpoch: number | undefined;
  inputs: readonly InputFile[];
  formats: readonly string[];
}

/**
 * Whether the pack in `dir` was built by this tool (version and bundled code) from exactly these inputs and
 * formats, and is unchanged since: then building it again would give the same bytes, so it can be skipped. Any doubt means no.
 */
export function packIsUpToDate(dir: string, expected: PackExpectation): boolean {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return false;
  }
  if (manifest.tool?.version !== expected.toolVersion || manifest.tool?.build !== expected.toolBuild) return false;
  if ((manifest.sourceDateEpoch ?? undefined) !== expected.sourceDateEpoch) return false;
  const inputs = [...expected.inputs].map((f) => `${f.path}\0${f.sha256}`).sort();
  const recorded = (manifest.inputs ?? []).map((f) => `${f.path}\0${f.sha256}`).sort();
  if (inputs.length !== recorded.length || inputs.some((x, i) => x !== recorded[i])) return false;
  if ((manifest.formats ?? []).join(',') !== expected.formats.join(',')) return false;
  for (const o of manifest.outputs ?? []) {
    try {
      if (fileSha256(path.join(dir, o.path)) !== o.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const scratch = Buffer.allocUnsafe(1 << 20);

/**
 * The SHA-256 of a file read through one reused buffer: the packs of a rebuild hold tens of megabytes, and
 * reading each file into a buffer of its own would allocate (and page in) all of it for nothing.
 */
function fileSha256(file: string): string {
  const hash = createHash('sha256');
  // a FIFO put in place of an output fails to read instead of waiting for a writer
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    for (
      let n = readSync(fd, scratch, 0, scratch.length, null);
      n > 0;
      n = readSync(fd, scratch, 0, scratch.length, null)
    )
      hash.update(scratch.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
