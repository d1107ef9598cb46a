import type { Catalogue } from '../../load/catalogue.js';
import type { Domain } from '../../load/config.js';

/** The next free id of a domain: one above the highest `<PREFIX>-<n>` in the catalogue, three digits at least. */
export function nextRequirementId(catalogue: Catalogue, domain: Domain): string {
  const pattern = new RegExp(`^${domain.prefix}-(\\d{3,4})$`);
  let highest = 0;
  for (const id of catalogue.requirements.keys()) {
    const m = pattern.exec(id);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  const next = highest + 1;
  if (next > 9999) throw new RangeError(`the domain ${domain.id} has no free id left`);
  return `${domain.prefix}-${String(next).padStart(3, '0')}`;
}

const yamlString = (s: string) => JSON.stringify(s);

/** A requirement file with every field and section, valid as written; the texts marked TODO are for the author. */
export function requirementTemplate(id: string, domain: Domain, title: string | undefined): string {
  const legal =
    domain.id === 'eu-sourcing'
      ? 'legal_basis:\n  - "TODO: the instrument that makes this requirement lawful, e.g. Directive 2009/81/EC, Article 23"\n'
      : '';
  return `---
id: ${id}
title: ${yamlString(title ?? 'TODO: a one-line title')}
domain: ${domain.id}
obligation: mandatory # mandatory (shall), recommended (should) or optional (may)
verification: [test] # inspection, analysis, demonstration, test
status: draft # draft until the working group approves it
references: [] # - { id: "ISO/TR 22351:2015", title: ..., equivalent: true }
${legal}scenarios: [] # ids from tenderkit.yaml
parameters: {} # name: { type: number, default: 5, unit: s, stricter: lower }; use as {{name}} in the text
tags: []
---
The system shall TODO (one normative sentence; write each measurable value as a parameter placeholder).

## Rationale
TODO: why the requirement exists and what it protects.

## Acceptance criteria
- TODO: a check that a tester can perform and that passes or fails.
`;
}
