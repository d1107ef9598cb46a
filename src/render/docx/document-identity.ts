import type { Catalogue } from '../../load/catalogue.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { specFingerprint } from '../../resolve/spec-fingerprint.js';

/**
 * What a Word document that tenderkit writes says about where it came from, as custom document properties
 * (docProps/custom.xml): Word and LibreOffice keep them when a person edits and saves the document, so that
 * `import docx` can check that an edited document belongs to this workspace and spec.
 */
export interface DocumentIdentity {
  /** the spec the document was built for */
  spec: string;
  kind: 'tender-specification' | 'deviations-redline';
  /** the tool and its version, "tenderkit 0.4.0" */
  tool: string;
  /** the spec's fingerprint at build time (src/resolve/spec-fingerprint.ts) */
  fingerprint: string;
}

/** The property names, fixed: documents in people's hands carry them. */
export const IDENTITY_PROPERTIES = {
  spec: 'tenderkit.spec',
  kind: 'tenderkit.document',
  tool: 'tenderkit.tool',
  fingerprint: 'tenderkit.fingerprint',
} as const satisfies Record<keyof DocumentIdentity, string>;

/** The identity as docx's custom properties, in a fixed order. */
export function identityProperties(identity: DocumentIdentity | undefined): Array<{ name: string; value: string }> {
  if (!identity) return [];
  return (Object.keys(IDENTITY_PROPERTIES) as Array<keyof DocumentIdentity>).map((key) => ({
    name: IDENTITY_PROPERTIES[key],
    value: identity[key],
  }));
}

/** The identity of a document built now for a resolved spec of the catalogue. */
export function documentIdentity(
  catalogue: Catalogue,
  resolved: ResolvedSpec,
  kind: DocumentIdentity['kind'],
): DocumentIdentity {
  return {
    spec: resolved.spec.id,
    kind,
    tool: `${TOOL_NAME} ${TOOL_VERSION}`,
    fingerprint: specFingerprint(catalogue, resolved),
  };
}
