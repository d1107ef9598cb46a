import { languagesOf } from '../../load/spec/spec.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { languageName, SOURCE_LANGUAGE, sameLanguage } from '../../lib/language-tag.js';
import { NO_I18N } from '../../load/i18n.js';
import type { Obligation, ParameterValue, Verification } from '../../load/requirement/requirement.js';
import type { Deviation, LocalisedText } from '../../load/spec/spec.js';
import { translationStatus } from '../../load/translation/translation-status.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { treeOrder } from '../../resolve/tree-order.js';
import { catalogueLanguages } from '../translations/catalogue-languages.js';
import { escapeRegExp } from '../../lib/text/escape-reg-exp.js';

/** The effective fields of a requirement in one spec: the values a bidder reads. */
export interface ImpactEffective {
  title: string;
  obligation: Obligation;
  verification: Verification[];
  parameters: Record<string, ParameterValue>;
}

/** For each effective field, the spec of the chain that set it. */
export interface ImpactSetBy {
  selected: string;
  title: string;
  obligation: string;
  verification: string;
  statement: string;
  parameters: Record<string, string>;
}

/** How one spec treats the requirement. */
export type ImpactSpec =
  | {
      spec: string;
      chain: string[];
      selected: true;
      status: 'selected';
      effective: ImpactEffective;
      setBy: ImpactSetBy;
    }
  | {
      spec: string;
      chain: string[];
      selected: false;
      /** `removed`: a spec of the chain removed it; `absent`: no spec of the chain selects or adds it */
      status: 'removed' | 'absent';
      removedBy: string | null;
      effective: null;
      setBy: null;
    };

/** A deviation of some spec that names the requirement. */
export interface ImpactDeviation {
  spec: string;
  action: 'set' | 'add' | 'remove';
  /** what a `set` changes, as the spec writes it; empty for `add` and `remove` */
  set: {
    title?: string;
    obligation?: Obligation;
    verification?: Verification[];
    parameters?: Record<string, ParameterValue>;
    statement?: LocalisedText;
  };
  justification: string | null;
  /** the spec itself and every spec that extends it, in tree order */
  appliesTo: string[];
  file: string;
  line: number;
  column: number;
}

export interface ImpactAwardCriterion {
  spec: string;
  criterion: string;
  title: string;
  weight: number;
}

export interface ImpactTranslation {
  lang: string;
  /** the language's name in English */
  name: string;
  state: 'current' | 'stale' | 'missing';
  /** the translation file, null when missing */
  file: string | null;
  /** the specs written in this language that select the requirement */
  usedBy: string[];
}

/** A Markdown annex whose text names the requirement. */
export interface ImpactAnnex {
  path: string;
  title: string;
  /** the spec that lists it */
  spec: string;
  /** the specs whose packs carry it: that spec and every spec below it */
  carriedBy: string[];
  /** the lines of the annex that name the requirement, 1-based */
  lines: number[];
}

export interface ImpactScenario {
  id: string;
  /** null for a scenario that tenderkit.yaml does not list */
  title: string | null;
}

/** What a change to one requirement touches. The shape of `impact --format json`. */
export interface Impact {
  requirement: {
    id: string;
    title: string;
    domain: string;
    status: string;
    file: string;
    /** the catalogue's parameters: default value and unit (null without one) */
    parameters: Record<string, { default: ParameterValue; unit: string | null }>;
  };
  specs: ImpactSpec[];
  deviations: ImpactDeviation[];
  awardCriteria: ImpactAwardCriterion[];
  translations: ImpactTranslation[];
  scenarios: ImpactScenario[];
  /** Markdown annexes that name the requirement (empty when the workspace was loaded without its annexes) */
  annexes: ImpactAnnex[];
}

/**
 * Every spec that selects the requirement (with its effective values and where each came from), the deviations on
 * it at every level, the award criteria that name it, its translations in the languages the catalogue uses, and the
 * scenarios it covers. Specs in tree order (roots first, each followed by the specs that extend it). Pure.
 */
export function impactOf(
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'resolution' | 'i18n'>,
  id: string,
): Impact {
  const { catalogue } = workspace;
  const requirement = catalogue.requirements.get(id);
  if (!requirement) throw new Error(`impactOf: ${id} is not a requirement of the catalogue`);
  const i18n = workspace.i18n ?? NO_I18N;
  const specs = treeOrder(workspace.resolution.resolved);
  const uses = specs.map((s) => specUse(s, id));
  const selecting = uses.filter((u) => u.selected).map((u) => u.spec);

  const deviations: ImpactDeviation[] = [];
  for (const s of specs) {
    for (const d of s.spec.deviations) {
      if (d.requirement !== id) continue;
      const at = s.spec.yaml.positionOf(['deviations', d.index]);
      deviations.push({
        spec: s.spec.id,
        action: d.kind,
        set: setOf(d),
        justification: d.justification ?? null,
        appliesTo: specs.filter((x) => x.chain.some((c) => c.id === s.spec.id)).map((x) => x.spec.id),
        file: s.spec.file,
        line: at.line,
        column: at.column,
      });
    }
  }

  const awardCriteria: ImpactAwardCriterion[] = [];
  for (const s of specs)
    for (const a of s.spec.award)
      if (a.requirements.includes(id))
        awardCriteria.push({ spec: s.spec.id, criterion: a.id, title: a.title, weight: a.weight });

  const translations = catalogueLanguages(catalogue, i18n).map((lang): ImpactTranslation => {
    const state = translationStatus(requirement, lang, i18n.translations);
    const usedBy = specs
      // every language of a spec: be's French and German documents use the fr and de translations as much as its Dutch
      .filter((s) => languagesOf(s.spec).some((l) => sameLanguage(l, lang)) && selecting.includes(s.spec.id))
      .map((s) => s.spec.id);
    const name = languageName(lang, SOURCE_LANGUAGE);
    if (state.status === 'current' || state.status === 'stale')
      return { lang, name, state: state.status, file: state.translation.file, usedBy };
    return { lang, name, state: 'missing', file: null, usedBy };
  });

  const annexes: ImpactAnnex[] = [];
  const named = idPattern(id);
  for (const s of specs) {
    for (const annex of s.spec.annexes) {
      const text = catalogue.annexes?.get(annex.path)?.text;
      if (text === undefined) continue;
      const lines = text.split('\n').flatMap((line, i) => (named.test(line) ? [i + 1] : []));
      if (lines.length === 0) continue;
      const carriedBy = specs.filter((x) => x.chain.some((c) => c.id === s.spec.id)).map((x) => x.spec.id);
      annexes.push({ path: annex.path, title: annex.title, spec: s.spec.id, carriedBy, lines });
    }
  }

  const scenarioTitles = new Map(catalogue.config.scenarios.map((s) => [s.id, s.title]));
  return {
    requirement: {
      id,
      title: requirement.title,
      domain: requirement.domain,
      status: requirement.status,
      file: requirement.file,
      parameters: Object.fromEntries(
        [...requirement.parameters].map(([name, p]) => [name, { default: p.default, unit: p.unit ?? null }]),
      ),
    },
    specs: uses,
    deviations,
    awardCriteria,
    translations,
    scenarios: requirement.scenarios.map((s) => ({ id: s, title: scenarioTitles.get(s) ?? null })),
    annexes,
  };
}

/** The id as a word of its own: INT-001 is not named by BE-INT-001 or INT-0010. */
function idPattern(id: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9-])${escapeRegExp(id)}(?![A-Za-z0-9])`);
}

function specUse(resolved: ResolvedSpec, id: string): ImpactSpec {
  const spec = resolved.spec.id;
  const chain = resolved.chain.map((s) => s.id);
  const r = resolved.requirements.find((x) => x.id === id);
  if (!r) {
    const removed = resolved.removed.find((x) => x.id === id);
    return removed
      ? { spec, chain, selected: false, status: 'removed', removedBy: removed.by.spec, effective: null, setBy: null }
      : { spec, chain, selected: false, status: 'absent', removedBy: null, effective: null, setBy: null };
  }
  const p = r.provenance;
  return {
    spec,
    chain,
    selected: true,
    status: 'selected',
    effective: {
      title: r.title,
      obligation: r.obligation,
      verification: [...r.verification],
      parameters: Object.fromEntries(r.parameters),
    },
    setBy: {
      selected: p.selected.spec,
      title: p.title.spec,
      obligation: p.obligation.spec,
      verification: p.verification.spec,
      statement: p.statement.spec,
      parameters: Object.fromEntries(
        [...r.parameters.keys()].map((k) => [k, (p.parameters.get(k) ?? p.selected).spec]),
      ),
    },
  };
}

function setOf(d: Deviation): ImpactDeviation['set'] {
  if (d.kind !== 'set') return {};
  const c = d.changes;
  return {
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.obligation !== undefined ? { obligation: c.obligation } : {}),
    ...(c.verification !== undefined ? { verification: [...c.verification] } : {}),
    ...(c.parameters !== undefined ? { parameters: Object.fromEntries(c.parameters) } : {}),
    ...(c.statement !== undefined ? { statement: c.statement } : {}),
  };
}
