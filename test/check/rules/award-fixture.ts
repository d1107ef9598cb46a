import type { RequirementFile } from '../lint-workspace.js';

/** A quality criterion with a complete 0-2 scale, in YAML flow style. */
export const SCALE = 'scale: { max: 2, descriptors: { 0: none, 1: some, 2: all } }';
export const PRICE =
  '  - { id: price, title: Price, type: price, weight: 40, formula: { kind: linear, best: 100, worst: 200 } }\n';

export const REQUIREMENTS: RequirementFile[] = [
  { id: 'INT-001', statement: 'The system shall deliver every message within 5 seconds.' },
  {
    id: 'INT-002',
    statement: 'The system should show received alerts on the map.',
    fields: { obligation: 'recommended' },
  },
  {
    id: 'INT-003',
    statement: 'The system may translate received free text.',
    fields: { obligation: 'optional' },
  },
];

/** A root spec `base` with the given award list (YAML lines under `award:`) and optional extra top-level YAML. */
export function awardSpec(award: string, extra = ''): string {
  return `id: base\ntitle: Base\naward:\n${award}${extra}`;
}
