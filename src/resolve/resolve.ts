import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { parameterValueProblem } from '../load/requirement/check-requirement.js';
import { withLazyNodes } from '../load/requirement/lazy-nodes.js';
import type { Requirement, Statement } from '../load/requirement/requirement.js';
import type { Catalogue } from '../load/catalogue.js';
import type { WorkspaceConfig } from '../load/config.js';
import { compareIds } from '../lib/text/order.js';
import { pickLanguage } from './localised.js';
import { rewriteModal } from './modal-verb.js';
import type { EffectiveRequirement, Origin, RemovedRequirement, ResolvedSpec } from './resolved.js';
import type { Deviation, Spec } from '../load/spec/spec.js';

export interface Resolution {
  resolved: Map<string, ResolvedSpec>;
  diagnostics: Diagnostic[];
}

/**
 * Resolves every spec of the catalogue: selection at the root, then each level's deviations in order.
 * Each spec is resolved once and its children start from its result; each problem is reported once, at its spec.
 */
export function resolveAll(catalogue: Catalogue): Resolution {
  const resolver = new Resolver(catalogue);
  for (const id of catalogue.specs.keys()) resolver.resolve(id, []);
  return { resolved: resolver.done, diagnostics: resolver.diagnostics };
}

/** Resolves the named specs (unknown names are skipped) and, on the way, their ancestors; nothing else. */
export function resolveSome(catalogue: Catalogue, ids: readonly string[]): Resolution {
  const resolver = new Resolver(catalogue);
  for (const id of ids) resolver.resolve(id, []);
  return { resolved: resolver.done, diagnostics: resolver.diagnostics };
}

interface Working {
  requirements: Map<string, EffectiveRequirement>;
  removed: Map<string, RemovedRequirement>;
  /** whether `requirements` may be out of document order: a root's selection, or a requirement a level added */
  unordered: boolean;
}

class Resolver {
  readonly done = new Map<string, ResolvedSpec>();
  readonly failed = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly catalogue: Catalogue) {}

  resolve(id: string, visiting: string[]): ResolvedSpec | undefined {
    const cached = this.done.get(id);
    if (cached) return cached;
    if (this.failed.has(id)) return undefined;
    const spec = this.catalogue.specs.get(id);
    if (!spec) return undefined;
    let result: ResolvedSpec | undefined;
    if (spec.extends === undefined) {
      result = this.resolveRoot(spec);
    } else {
      result = this.resolveChild(spec, visiting);
    }
    if (result) this.done.set(id, result);
    else this.failed.add(id);
    return result;
  }

  private report(
    spec: Spec,
    rule: string,
    message: string,
    path: Array<string | number>,
    severity: 'error' | 'warning' = 'error',
    key = false,
  ): void {
    this.diagnostics.push(diagnostic(severity, rule, message, spec.file, spec.yaml.positionOf(path, key)));
  }

  private resolveChild(spec: Spec, visiting: string[]): ResolvedSpec | undefined {
    const parentId = spec.extends!;
    if (visiting.includes(parentId) || parentId === spec.id) {
      const cycle = [...visiting.slice(visiting.indexOf(parentId)), spec.id, parentId];
      this.report(spec, 'extends-cycle', `"extends" makes a cycle: ${cycle.join(' -> ')}`, ['extends']);
      return undefined;
    }
    if (!this.catalogue.specs.has(parentId)) {
      const known = [...this.catalogue.specs.keys()].filter((k) => k !== spec.id);
      this.report(
        spec,
        'unknown-extends',
        `"extends" names the unknown spec "${parentId}"${known.length ? `; known specs: ${known.join(', ')}` : ''}`,
        ['extends'],
      );
      return undefined;
    }
    const parent = this.resolve(parentId, [...visiting, spec.id]);
    if (!parent) return undefined;
    if (spec.select) {
      this.report(
        spec,
        'select-in-variant',
        'only the root of a chain selects requirements; a variant adds or removes them with justified deviations',
        ['select'],
        'error',
        true,
      );
    }
    // shared with the parent until a deviation changes one: most requirements of a variant are the parent's, and
    // in its order (changing or removing one keeps the order of the others)
    const working: Working = { requirements: new Map(), removed: new Map(), unordered: false };
    for (const r of parent.requirements) working.requirements.set(r.id, r);
    for (const r of parent.removed) working.removed.set(r.id, r);
    this.applyDeviations(spec, working);
    this.checkAward(spec, working);
    return this.finish(spec, [...parent.chain, spec], working);
  }

  private resolveRoot(spec: Spec): ResolvedSpec {
    const { config } = this.catalogue;
    const known = new Set(config.domains.map((d) => d.id));
    const domains = selectedDomains(spec, config);
    spec.select?.domains?.forEach((d, i) => {
      if (!known.has(d))
        this.report(spec, 'unknown-domain', `unknown domain "${d}"; the workspace has ${[...known].join(', ')}`, [
          'select',
          'domains',
          i,
        ]);
    });
    const selected = new Set(domains);
    const include = spec.select?.include ?? [];
    const exclude = new Set(spec.select?.exclude ?? []);
    (['include', 'exclude'] as const).forEach((list) =>
      (spec.select?.[list] ?? []).forEach((id, i) => {
        if (!this.catalogue.requirements.has(id))
          this.report(spec, 'unknown-requirement', `select.${list} names the unknown requirement ${id}`, [
            'select',
            list,
            i,
          ]);
      }),
    );
    const origin: Origin = { spec: spec.id };
    const working: Working = { requirements: new Map(), removed: new Map(), unordered: true };
    for (const req of this.catalogue.requirements.values()) {
      if ((selected.has(req.domain) || include.includes(req.id)) && !exclude.has(req.id)) {
        working.requirements.set(req.id, fromCatalogue(req, origin));
      }
    }
    this.applyDeviations(spec, working);
    this.checkAward(spec, working);
    return this.finish(spec, [spec], working);
  }

  private applyDeviations(spec: Spec, working: Working): void {
    for (const d of spec.deviations) {
      const at = ['deviations', d.index, 'requirement'];
      const req = this.catalogue.requirements.get(d.requirement);
      if (!req) {
        this.report(spec, 'unknown-requirement', `the deviation names the unknown requirement ${d.requirement}`, at);
        continue;
      }
      const origin: Origin = {
        spec: spec.id,
        deviation: d.index,
        ...(d.justification ? { justification: d.justification } : {}),
      };
      const current = working.requirements.get(d.requirement);
      if (d.kind === 'add') {
        if (current) {
          this.report(
            spec,
            'deviation-target',
            `${d.requirement} is already selected (by ${current.provenance.selected.spec}); "add" is for requirements the parent does not have`,
            at,
          );
          continue;
        }
        const added = fromCatalogue(req, origin);
        added.history.push({ spec: spec.id, deviation: d });
        working.requirements.set(req.id, added);
        working.unordered = true;
        working.removed.delete(req.id);
        continue;
      }
      if (!current) {
        const why = working.removed.has(d.requirement)
          ? `was removed by ${working.removed.get(d.requirement)!.by.spec}`
          : 'is not selected';
        this.report(
          spec,
          'deviation-target',
          `${d.requirement} ${why}, so it cannot be ${d.kind === 'remove' ? 'removed' : 'changed'} here`,
          at,
        );
        continue;
      }
      if (d.kind === 'remove') {
        working.requirements.delete(d.requirement);
        working.removed.set(d.requirement, { id: d.requirement, source: req, by: origin });
        continue;
      }
      const changed = cloneEffective(current);
      working.requirements.set(d.requirement, changed);
      changed.history.push({ spec: spec.id, deviation: d });
      this.applySet(spec, d as Extract<Deviation, { kind: 'set' }>, changed, origin);
    }
  }

  private applySet(
    spec: Spec,
    d: Extract<Deviation, { kind: 'set' }>,
    target: EffectiveRequirement,
    origin: Origin,
  ): void {
    const c = d.changes;
    if (c.title !== undefined) {
      target.title = c.title;
      target.provenance.title = origin;
    }
    if (c.obligation !== undefined) {
      if (c.statement === undefined && c.obligation !== target.obligation) {
        const reworded = rewriteModal(target.statement.markdown, target.obligation, c.obligation);
        if (reworded !== undefined && reworded !== target.statement.markdown) {
          target.statement = withLazyNodes({
            markdown: reworded,
            line: target.statement.line,
            offset: target.statement.offset,
          });
          target.provenance.statement = origin;
        }
      }
      target.obligation = c.obligation;
      target.provenance.obligation = origin;
    }
    if (c.verification !== undefined) {
      target.verification = [...c.verification];
      target.provenance.verification = origin;
    }
    if (c.statement !== undefined) {
      target.statementOverride = c.statement;
      target.statement = statementFromText(pickLanguage(c.statement, spec.language).text);
      target.provenance.statement = origin;
    }
    for (const [name, value] of c.parameters ?? []) {
      const p = target.source.parameters.get(name);
      const at = ['deviations', d.index, 'set', 'parameters', name];
      if (!p) {
        const names = [...target.source.parameters.keys()];
        this.report(
          spec,
          'unknown-parameter',
          `${d.requirement} has no parameter "${name}"${names.length ? `; it has ${names.join(', ')}` : ''}`,
          at,
          'error',
          true,
        );
        continue;
      }
      const problem = parameterValueProblem(p, value);
      if (problem) {
        this.report(
          spec,
          'parameter',
          `the value ${JSON.stringify(value)} of ${d.requirement} "${name}" ${problem}`,
          at,
        );
        continue;
      }
      target.parameters.set(name, value);
      target.provenance.parameters.set(name, origin);
    }
  }

  private checkAward(spec: Spec, working: Working): void {
    const check = (a: string, id: string, path: Array<string | number>) => {
      if (working.requirements.has(id)) return;
      const why = this.catalogue.requirements.has(id) ? 'is not selected by this spec' : 'is unknown';
      this.report(spec, 'unknown-requirement', `award criterion "${a}" refers to ${id}, which ${why}`, path);
    };
    spec.award.forEach((a, i) => {
      a.requirements.forEach((id, k) => check(a.id, id, ['award', i, 'requirements', k]));
      a.subcriteria?.forEach((sub, j) =>
        sub.requirements.forEach((id, k) => check(a.id, id, ['award', i, 'subcriteria', j, 'requirements', k])),
      );
      for (const id of Object.keys(a.rules ?? {})) check(a.id, id, ['award', i, 'rules', id]);
    });
  }

  private finish(spec: Spec, chain: Spec[], working: Working): ResolvedSpec {
    const order = new Map(this.catalogue.config.domains.map((d, i) => [d.id, i]));
    const requirements = [...working.requirements.values()].map((r) => {
      if (r.statementOverride === undefined || typeof r.statementOverride === 'string') return r;
      // a statement given per language reads in this spec's language; the parent's object stays as it is
      return {
        ...cloneEffective(r),
        statement: statementFromText(pickLanguage(r.statementOverride, spec.language).text),
      };
    });
    if (working.unordered) {
      requirements.sort(
        (a, b) =>
          (order.get(a.source.domain) ?? order.size) - (order.get(b.source.domain) ?? order.size) ||
          compareIds(a.id, b.id),
      );
    }
    const removed = [...working.removed.values()].sort((a, b) => compareIds(a.id, b.id));
    return { spec, chain, requirements, removed };
  }
}

/** The domains whose requirements the root of a chain selects: those it names, or every domain of the workspace. */
export function selectedDomains(spec: Spec, config: WorkspaceConfig): readonly string[] {
  return spec.select?.domains ?? config.domains.map((d) => d.id);
}

export function statementFromText(markdown: string): Statement {
  return withLazyNodes({ markdown: markdown.trim(), line: 1, offset: 0 });
}

function fromCatalogue(req: Requirement, origin: Origin): EffectiveRequirement {
  const parameters = new Map<string, import('../load/requirement/requirement.js').ParameterValue>();
  const paramOrigins = new Map<string, Origin>();
  for (const [name, p] of req.parameters) {
    parameters.set(name, p.default);
    paramOrigins.set(name, origin);
  }
  return {
    id: req.id,
    source: req,
    title: req.title,
    obligation: req.obligation,
    verification: [...req.verification],
    statement: req.statement,
    statementOverride: undefined,
    parameters,
    provenance: {
      selected: origin,
      title: origin,
      obligation: origin,
      verification: origin,
      statement: origin,
      parameters: paramOrigins,
    },
    history: [],
  };
}

function cloneEffective(r: EffectiveRequirement): EffectiveRequirement {
  return {
    ...r,
    verification: [...r.verification],
    parameters: new Map(r.parameters),
    provenance: { ...r.provenance, parameters: new Map(r.provenance.parameters) },
    history: [...r.history],
  };
}
