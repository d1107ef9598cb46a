import type { LintRule } from '../rule.js';

const normal = (id: string) => id.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The register of standards in tenderkit.yaml says which versions are superseded: one edit there flags every
 * requirement that still cites the old version, with its successor named.
 */
export const referenceSuperseded: LintRule = {
  id: 'reference-superseded',
  description: 'A reference to a standard that the register in tenderkit.yaml (standards) marks superseded',
  severity: 'warning',
  check({ catalogue }, report) {
    const superseded = new Map(
      catalogue.config.standards.filter((s) => s.supersededBy !== undefined).map((s) => [normal(s.id), s]),
    );
    if (superseded.size === 0) return;
    for (const requirement of catalogue.requirements.values()) {
      requirement.references.forEach((ref, i) => {
        const entry = superseded.get(normal(ref.id));
        if (!entry) return;
        report({
          message: `"${ref.id}" is superseded by "${entry.supersededBy}"${entry.since ? ` (since ${entry.since})` : ''}, as the register of standards in tenderkit.yaml says: cite the successor, or state why this requirement keeps the old version`,
          at: { requirement, path: ['references', i, 'id'] },
        });
      });
    }
  },
};
