import type { Catalogue } from '../load/catalogue.js';
import { sha256 } from '../lib/hash/sha256.js';
import { compareCodePoints } from '../lib/text/order.js';
import type { ResolvedSpec } from './resolved.js';
import { specInputs } from './spec-inputs.js';

/**
 * The first 16 hex digits of the SHA-256 of everything a spec's documents are made from (the chain's specs, its
 * requirements and their translations, templates, labels, tenderkit.yaml), by path and normalised text. Documents
 * carry it, so that an import can tell whether the catalogue changed since the document was built.
 */
export function specFingerprint(catalogue: Catalogue, resolved: ResolvedSpec): string {
  const inputs = specInputs(catalogue, resolved).sort((a, b) => compareCodePoints(a.path, b.path));
  const texts = new Map(catalogue.sources.map((f) => [f.path, f.text]));
  // workspace files by their decoded text (line ends normalised), annexes by their bytes
  return sha256(inputs.map((f) => `${f.path}\u0000${texts.get(f.path) ?? f.sha256}\u0000`).join('')).slice(0, 16);
}
