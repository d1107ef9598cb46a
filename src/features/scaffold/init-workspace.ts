import { SCHEMAS } from '../../load/schema/validate-schema.js';

/** Where a new workspace keeps the JSON Schemas its YAML files name, for editors that check as you type. */
export const SCHEMA_FOLDER = '.schemas';

/** The schema files of a workspace: `<kind>.schema.json` for tenderkit.yaml, spec files and requirements' front matter. */
export function schemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([kind, schema]) => [
      `${SCHEMA_FOLDER}/${kind}.schema.json`,
      `${JSON.stringify(schema, null, 2)}\n`,
    ]),
  );
}

/**
 * The files of a new workspace: a minimal valid catalogue and one spec, ready to build. tenderkit.yaml and the spec
 * start with the yaml-language-server comment that points an editor at their schema.
 */
export function initialWorkspaceFiles(): Record<string, string> {
  return {
    ...schemaFiles(),
    'tenderkit.yaml': `# yaml-language-server: $schema=${SCHEMA_FOLDER}/config.schema.json
# tenderkit workspace: domains, scenarios and rule settings.
domains:
  - { id: interconnection, prefix: INT, title: Interconnection of operational centres }
  - { id: security, prefix: SEC, title: Security }
  - { id: eu-sourcing, prefix: EUS, title: EU sourcing and supply-chain sovereignty }
  - { id: resilience, prefix: RES, title: Resilience and crisis operation }
scenarios:
  - { id: flood, title: Large-scale cross-border flooding }
rules: {}
`,
    'requirements/interconnection/INT-001.md': `---
id: INT-001
title: Incident information exchange in EMSI
domain: interconnection
obligation: mandatory
verification: [test, demonstration]
status: approved
references:
  - id: "ISO/TR 22351:2015"
    title: Emergency management - Message structure for exchange of information
    equivalent: true
scenarios: [flood]
parameters:
  max_delivery_seconds: { type: number, default: 5, unit: s, min: 1, max: 60, stricter: lower }
tags: [emsi]
---
The system shall deliver EMSI event messages to every connected peer operational centre within {{max_delivery_seconds}} of the event being recorded.

## Rationale
Centres that coordinate a cross-border response need one shared operational picture.

## Acceptance criteria
- In a test with three peer centres, each of 1,000 EMSI messages arrives within {{max_delivery_seconds}}.
`,
    'specs/baseline.yaml': `# yaml-language-server: $schema=../${SCHEMA_FOLDER}/spec.schema.json
# The root of the chain: selects the requirements every tender starts from.
id: baseline
title: Operational centre interconnection - baseline
language: en
authority: { name: Contracting authority }
procurement:
  title: Interconnection platform for the operational centre
  reference: REF-0001
  cpv: ["35710000-4"]
select:
  domains: [interconnection, security, eu-sourcing, resilience]
# The award method, fixed before any tender is seen: each quality criterion's scale with a descriptor per step,
# the price formula (lowest-ratio, or linear between a best and a worst price) and, for a life-cycle cost, lcc:.
award:
  - id: quality
    title: Technical quality
    weight: 60
    type: quality
    scale:
      max: 3
      descriptors:
        0: The tender does not describe how it meets the requirements of this criterion.
        1: The tender describes some of the requirements of this criterion in a way the committee can verify.
        2: The tender describes every requirement of this criterion verifiably.
        3: As for 2, and commits to better values than those stated, each verifiable at acceptance.
  # linear: the full 40 points at or below best, none at or above worst; set both from the estimated value
  - { id: price, title: Price, weight: 40, type: price, formula: { kind: linear, best: 800000, worst: 1600000 } }
evaluation: { consensus: mean, tie_break: [quality, price] }
`,
    'templates/.gitkeep': '',
    'out/.gitkeep': '',
    '.gitignore': 'out/*\n!out/.gitkeep\n',
  };
}
