import type { Parameter, ParameterValue, Requirement } from '../../load/requirement/requirement.js';
import { substituteParameters } from '../../document/substitute-parameters.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { plainText } from '../../render/xlsx/plain-text.js';
import type { EffectiveRequirement, Origin, ResolvedSpec } from '../../resolve/resolved.js';
import { TOOL_NAME, TOOL_VERSION } from '../../lib/version.js';
import type { Catalogue } from '../../load/catalogue.js';
import type { ExportOutcome } from '../export-outcome.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { findSpec } from '../../resolve/find-spec.js';

/** The shape of `tenderkit export json`, for other programs. Version it when a field changes meaning. */
export interface JsonExport {
  format: 'tenderkit-export';
  formatVersion: 1;
  tool: { name: string; version: string };
  scope: 'catalogue' | 'spec';
  spec: JsonSpec | null;
  domains: Array<{ id: string; prefix: string; title: string }>;
  requirements: JsonRequirement[];
  /** spec scope only: requirements of the chain that a level removed */
  removed?: Array<{ id: string; by: JsonOrigin }>;
}

export interface JsonSpec {
  id: string;
  title: string;
  extends: string | null;
  chain: string[];
  language: string;
  date: string | null;
  authority: unknown;
  procurement: unknown;
  award: unknown[];
}

export interface JsonRequirement {
  id: string;
  title: string;
  domain: string;
  obligation: string;
  verification: string[];
  status: string;
  statement: { markdown: string; text: string };
  sections: Array<{ heading: string; key: string; markdown: string }>;
  parameters: Record<string, JsonParameter>;
  references: unknown[];
  legalBasis: string[];
  scenarios: string[];
  tags: string[];
  source: { file: string; sha256: string | null };
  /** spec scope only: which spec set each effective field, and why */
  provenance?: {
    selected: JsonOrigin;
    title: JsonOrigin;
    obligation: JsonOrigin;
    verification: JsonOrigin;
    statement: JsonOrigin;
    parameters: Record<string, JsonOrigin>;
  };
  /** spec scope only: every deviation of the chain that touched the requirement, root first */
  history?: Array<{ spec: string; kind: string; justification: string | null }>;
}

export interface JsonOrigin {
  spec: string;
  justification?: string;
}

export interface JsonParameter {
  value: ParameterValue;
  type: string;
  default: ParameterValue;
  unit: string | null;
  min: number | null;
  max: number | null;
  values: Array<string | number> | null;
  stricter: string;
}

/** The catalogue (spec undefined) or one resolved spec as plain JSON data, with provenance for a spec. */
export function exportJson(workspace: Workspace<Resolution>, specId: string | undefined): JsonExport {
  const { catalogue } = workspace;
  const domains = catalogue.config.domains.map((d) => ({ id: d.id, prefix: d.prefix, title: d.title }));
  const base = {
    format: 'tenderkit-export' as const,
    formatVersion: 1 as const,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    domains,
  };
  if (specId === undefined) {
    const requirements = [...catalogue.requirements.values()].map((r) =>
      requirementJson(catalogue, r, defaults(r), undefined),
    );
    return { ...base, scope: 'catalogue', spec: null, requirements };
  }
  const resolved = workspace.resolution.resolved.get(specId);
  if (!resolved) throw new Error(`spec ${specId} did not resolve although the workspace has no errors`);
  return {
    ...base,
    scope: 'spec',
    spec: specJson(resolved),
    requirements: resolved.requirements.map((r) => requirementJson(catalogue, r.source, r.parameters, r)),
    removed: resolved.removed.map((r) => ({ id: r.id, by: originJson(r.by) })),
  };
}

function specJson(resolved: ResolvedSpec): JsonSpec {
  const s = resolved.spec;
  return {
    id: s.id,
    title: s.title,
    extends: s.extends ?? null,
    chain: resolved.chain.map((c) => c.id),
    language: s.language,
    date: s.date ?? null,
    authority: s.authority ?? null,
    procurement: s.procurement ?? null,
    award: s.award,
  };
}

function defaults(r: Requirement): Map<string, ParameterValue> {
  return new Map([...r.parameters].map(([name, p]) => [name, p.default]));
}

function requirementJson(
  catalogue: Catalogue,
  r: Requirement,
  values: ReadonlyMap<string, ParameterValue>,
  effective: EffectiveRequirement | undefined,
): JsonRequirement {
  const statement = effective?.statement ?? r.statement;
  const out: JsonRequirement = {
    id: r.id,
    title: effective?.title ?? r.title,
    domain: r.domain,
    obligation: effective?.obligation ?? r.obligation,
    verification: [...(effective?.verification ?? r.verification)],
    status: r.status,
    statement: {
      markdown: statement.markdown,
      text: plainText(substituteParameters(statement.nodes, values, r.parameters)),
    },
    sections: r.sections.map((s) => ({ heading: s.heading, key: s.key, markdown: s.markdown })),
    parameters: Object.fromEntries(
      [...r.parameters].map(([name, p]) => [name, parameterJson(p, values.get(name) ?? p.default)]),
    ),
    references: r.references.map((ref) => ({ ...ref })),
    legalBasis: [...r.legalBasis],
    scenarios: [...r.scenarios],
    tags: [...r.tags],
    source: { file: r.file, sha256: catalogue.sources.find((f) => f.path === r.file)?.sha256 ?? null },
  };
  if (effective) {
    const p = effective.provenance;
    out.provenance = {
      selected: originJson(p.selected),
      title: originJson(p.title),
      obligation: originJson(p.obligation),
      verification: originJson(p.verification),
      statement: originJson(p.statement),
      parameters: Object.fromEntries([...p.parameters].map(([k, o]) => [k, originJson(o)])),
    };
    out.history = effective.history.map((h) => ({
      spec: h.spec,
      kind: h.deviation.kind,
      justification: h.deviation.justification ?? null,
    }));
  }
  return out;
}

/** An origin as the export gives it, `{spec, justification?}`: the index of the deviation is the resolver's own. */
function originJson(o: Origin): JsonOrigin {
  return o.justification === undefined ? { spec: o.spec } : { spec: o.spec, justification: o.justification };
}

function parameterJson(p: Parameter, value: ParameterValue): JsonParameter {
  return {
    value,
    type: p.type,
    default: p.default,
    unit: p.unit ?? null,
    min: p.min ?? null,
    max: p.max ?? null,
    values: p.values ?? null,
    stricter: p.stricter,
  };
}

/** `tenderkit export json`: the workspace, checked as a build checks it, as the JSON text of `exportJson`. */
export function runExportJson(root: string, spec: string | undefined): ExportOutcome<string> {
  const loaded = loadWorkspace(root, { valid: true, lint: true, annexes: true }, RESOLVE_AND_CHECK);
  if (loaded.kind !== 'ok') return loaded;
  const { workspace } = loaded;
  const named = spec === undefined ? undefined : findSpec(workspace, spec);
  if (typeof named === 'string') return { kind: 'usage', message: named };
  return {
    kind: 'ok',
    value: `${JSON.stringify(exportJson(workspace, spec), null, 2)}\n`,
    diagnostics: workspace.diagnostics,
  };
}
