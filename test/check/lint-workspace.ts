import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/lib/diagnostics.js';
import { lint } from '../../src/check/engine.js';
import type { LintRule } from '../../src/check/rule.js';
import { resolveAll } from '../../src/resolve/resolve.js';
import { parseCatalogue } from '../../src/load/parse-catalogue.js';
import type { SourceFile } from '../../src/load/source-file.js';
import { source } from '../support/source.js';

export const CONFIG = `domains:
  - { id: interconnection, prefix: INT, title: Interconnection }
  - { id: security, prefix: SEC, title: Security }
  - { id: eu-sourcing, prefix: EUS, title: EU sourcing }
  - { id: resilience, prefix: RES, title: Resilience }
scenarios:
  - { id: flood, title: Flooding }
  - { id: radiological, title: Radioactive substance }
`;

const DOMAIN_OF: Record<string, string> = {
  INT: 'interconnection',
  SEC: 'security',
  EUS: 'eu-sourcing',
  RES: 'resilience',
};

export const CRITERIA =
  '## Acceptance criteria\n\n- A test with 3 peer centres shows that every message arrives within 5 s.\n';

export interface RequirementFile {
  id: string;
  statement: string;
  /** front matter fields besides the defaults (obligation mandatory, status approved, ...) */
  fields?: Record<string, unknown>;
  /** the body after the statement; acceptance criteria by default */
  sections?: string;
}

/** A requirement file with sensible defaults: mandatory, approved, verified by test, with acceptance criteria. */
export function requirementText({ id, statement, fields = {}, sections = CRITERIA }: RequirementFile): string {
  const prefix = id.replace(/^[A-Z]{2}-(?=[A-Z]+-)/, '').split('-')[0]!;
  const front = {
    id,
    title: `Requirement ${id}`,
    domain: DOMAIN_OF[prefix] ?? 'interconnection',
    obligation: 'mandatory',
    verification: ['test'],
    status: 'approved',
    ...fields,
  };
  return `---\n${stringify(front)}---\n${statement}\n\n${sections}`;
}

export interface Workspace {
  requirements?: RequirementFile[];
  /** spec id -> YAML text */
  specs?: Record<string, string>;
  config?: string;
}

export function files({ requirements = [], specs = {}, config = CONFIG }: Workspace): {
  config: SourceFile;
  requirements: SourceFile[];
  specs: SourceFile[];
} {
  return {
    config: source('tenderkit.yaml', config),
    requirements: requirements.map((r) => source(`requirements/${r.id}.md`, requirementText(r))),
    specs: Object.entries(specs).map(([id, text]) => source(`specs/${id}.yaml`, text)),
  };
}

/** Loads an in-memory workspace and runs the given rules; fails loudly when the workspace itself is broken. */
export function lintWorkspace(rules: LintRule[], workspace: Workspace): Diagnostic[] {
  const f = files(workspace);
  const { catalogue, diagnostics } = parseCatalogue({ root: '/virtual', ...f, templates: [], diagnostics: [] });
  const resolution = resolveAll(catalogue);
  const broken = [...diagnostics, ...resolution.diagnostics].filter((d) => d.severity === 'error');
  if (broken.length)
    throw new Error(
      `the test workspace is broken: ${broken.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`,
    );
  return lint(catalogue, resolution, rules);
}

/** Runs one rule over one requirement. */
export function lintRequirement(rule: LintRule, requirement: RequirementFile): Diagnostic[] {
  return lintWorkspace([rule], { requirements: [requirement] });
}

/** The 1-based line and column of the first occurrence of `needle` in the requirement's file text. */
export function positionIn(
  requirement: RequirementFile,
  needle: string,
  occurrence = 1,
): { line: number; column: number } {
  return positionInText(requirementText(requirement), needle, occurrence);
}

/** The 1-based line and column of the n-th occurrence of `needle` in a text. */
export function positionInText(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A root spec that selects every domain. */
export function baseline(extra = ''): string {
  return `id: base\ntitle: Baseline\n${extra}`;
}
