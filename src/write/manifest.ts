import { compareCodePoints } from '../lib/text/order.js';
import type { InputFile } from '../load/source-file.js';
import { sha256 } from '../lib/hash/sha256.js';
import type { PackFile } from './pack-file.js';

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
}

/** An annex of the pack: its title, the workspace file it comes from, the spec that lists it, its files in the pack. */
export interface ManifestAnnex {
  title: string;
  source: string;
  spec: string;
  /** paths in the pack, each listed with its hash in `outputs` */
  files: string[];
}

export interface Manifest {
  /** `build`: the hash of the bundled code (dist/build-id), empty when running from source */
  tool: { name: string; version: string; build: string };
  spec: string;
  chain: string[];
  /** the catalogue's version (tenderkit.yaml `version`), null when it states none */
  catalogueVersion: string | null;
  /** the commit checked out in the workspace's git repository, null outside one */
  gitCommit: string | null;
  sourceDateEpoch: number | null;
  /** the pack formats that were asked for */
  formats: string[];
  /** the languages of a spec that has several, the main one first (absent for one language) */
  languages?: string[];
  inputs: ManifestEntry[];
  outputs: ManifestEntry[];
  /** in the order the tender document lists them */
  annexes: ManifestAnnex[];
}

export interface ManifestInput {
  toolName: string;
  toolVersion: string;
  toolBuild: string;
  spec: string;
  chain: string[];
  catalogueVersion: string | undefined;
  gitCommit: string | null;
  sourceDateEpoch: number | undefined;
  formats: readonly string[];
  languages?: readonly string[];
  inputs: readonly InputFile[];
  outputs: readonly PackFile[];
  annexes: readonly ManifestAnnex[];
}

const byPath = (a: ManifestEntry, b: ManifestEntry) => compareCodePoints(a.path, b.path);

/** The manifest of a pack: what went in, what came out, each with its SHA-256. */
export function buildManifest(m: ManifestInput): Manifest {
  return {
    tool: { name: m.toolName, version: m.toolVersion, build: m.toolBuild },
    spec: m.spec,
    chain: m.chain,
    catalogueVersion: m.catalogueVersion ?? null,
    gitCommit: m.gitCommit,
    sourceDateEpoch: m.sourceDateEpoch ?? null,
    formats: [...m.formats],
    ...(m.languages !== undefined ? { languages: [...m.languages] } : {}),
    inputs: m.inputs.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })).sort(byPath),
    outputs: m.outputs.map((f) => ({ path: f.name, sha256: sha256(f.bytes), size: f.bytes.length })).sort(byPath),
    annexes: m.annexes.map((a) => ({ ...a, files: [...a.files] })),
  };
}

export function manifestFile(manifest: Manifest): PackFile {
  return { name: 'manifest.json', bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
}
