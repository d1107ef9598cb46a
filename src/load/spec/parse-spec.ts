import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { ParameterValue } from '../requirement/requirement.js';
import { validateAgainstSchema } from '../schema/validate-schema.js';
import type { SourceFile } from '../source-file.js';
import { knownYaml, parseYaml, type PositionStore } from '../yaml/parse-yaml.js';
import { acceptanceBlock, type AcceptancePhase } from './acceptance.js';
import { noticeBlock, type RawNoticeBlock } from './notice.js';
import { selectionBlock, type RawSelectionBlock } from './selection.js';
import type {
  AwardCriterion,
  Deviation,
  EvaluationBlock,
  SubCriterion,
  LocalisedText,
  Regime,
  SetChange,
  Spec,
} from './spec.js';

interface RawDeviation {
  requirement: string;
  set?: {
    obligation?: SetChange['obligation'];
    parameters?: Record<string, ParameterValue>;
    statement?: LocalisedText;
    verification?: SetChange['verification'];
    title?: string;
  };
  remove?: true;
  add?: true;
  justification?: string;
  reviewed?: string;
}

type RawAwardCriterion = Omit<
  AwardCriterion,
  'requirements' | 'written' | 'index' | 'subcriteria' | 'title' | 'weight'
> & {
  title?: string;
  weight?: number;
  requirements?: string[];
  subcriteria?: Array<Omit<SubCriterion, 'requirements'> & { requirements?: string[] }>;
};

interface RawSpec {
  id: string;
  title: string;
  extends?: string;
  language?: string | string[];
  regime?: Regime;
  date?: string;
  authority?: Spec['authority'];
  procurement?: { title?: string; reference?: string; cpv?: string[]; lots?: string[] };
  select?: { domains?: string[]; include?: string[]; exclude?: string[] };
  deviations?: RawDeviation[];
  annexes?: Array<{ path: string; title: string }>;
  award?: RawAwardCriterion[];
  evaluation?: EvaluationBlock;
  notice?: RawNoticeBlock;
  selection?: RawSelectionBlock;
  acceptance?: { phases: AcceptancePhase[] };
}

export function specIdFromPath(file: string): string {
  return path.posix.basename(file).replace(/\.ya?ml$/, '');
}

/** A spec file; `known` is its value when these bytes parsed and passed the schema before (the parse cache). */
export function parseSpec(
  file: SourceFile,
  defaultLanguage = 'en',
  known?: unknown,
  positions?: PositionStore,
): { spec: Spec | undefined; diagnostics: Diagnostic[] } {
  const parsed =
    known === undefined
      ? parseYaml(file.text, { file: file.path }, positions)
      : knownYaml(file.text, known, { file: file.path }, positions);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.value === undefined) return { spec: undefined, diagnostics };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    const what = parsed.value === null ? 'empty' : Array.isArray(parsed.value) ? 'a list' : 'a single value';
    diagnostics.push(
      diagnostic(
        'error',
        'schema',
        `a spec must be a map of fields (id, title, ...), but this file is ${what}`,
        file.path,
        parsed.positionOf([]),
      ),
    );
    return { spec: undefined, diagnostics };
  }
  const schemaErrors = known === undefined ? validateAgainstSchema('spec', parsed.value, parsed, file.path) : [];
  diagnostics.push(...schemaErrors);
  if (schemaErrors.length > 0) return { spec: undefined, diagnostics };
  const raw = parsed.value as RawSpec;

  const deviations: Deviation[] = [];
  (raw.deviations ?? []).forEach((d, index) => {
    const kinds = [d.set !== undefined && 'set', d.remove && 'remove', d.add && 'add'].filter(Boolean);
    if (kinds.length !== 1) {
      diagnostics.push(
        diagnostic(
          'error',
          'deviation',
          kinds.length === 0
            ? `deviation of ${d.requirement} says neither "set", "remove: true" nor "add: true"`
            : `deviation of ${d.requirement} combines ${kinds.join(' and ')}; write one deviation per change`,
          file.path,
          parsed.positionOf(['deviations', index]),
        ),
      );
      return;
    }
    const base = {
      requirement: d.requirement,
      justification: d.justification?.trim() || undefined,
      index,
      ...(d.reviewed !== undefined ? { reviewed: d.reviewed } : {}),
    };
    if (d.set) {
      const changes: SetChange = {};
      if (d.set.obligation) changes.obligation = d.set.obligation;
      if (d.set.parameters) changes.parameters = new Map(Object.entries(d.set.parameters));
      if (d.set.statement !== undefined) changes.statement = d.set.statement;
      if (d.set.verification) changes.verification = d.set.verification;
      if (d.set.title) changes.title = d.set.title;
      deviations.push({ ...base, kind: 'set', changes });
    } else if (d.remove) {
      deviations.push({ ...base, kind: 'remove' });
    } else {
      deviations.push({ ...base, kind: 'add' });
    }
  });

  const spec: Spec = {
    id: raw.id,
    title: raw.title,
    language: (Array.isArray(raw.language) ? raw.language[0] : raw.language) ?? defaultLanguage,
    ...(Array.isArray(raw.language) && raw.language.length > 1 ? { languages: raw.language } : {}),
    deviations,
    award: (raw.award ?? []).map((a, index) => awardCriterion(a, index)),
    ...(raw.evaluation !== undefined ? { evaluation: raw.evaluation } : {}),
    annexes: (raw.annexes ?? []).map((a, index) => ({ path: a.path, title: a.title, index })),
    file: file.path,
    yaml: parsed,
    ...(raw.extends !== undefined ? { extends: raw.extends } : {}),
    ...(raw.regime !== undefined ? { regime: raw.regime } : {}),
    ...(raw.date !== undefined ? { date: raw.date } : {}),
    ...(raw.authority !== undefined ? { authority: raw.authority } : {}),
    ...(raw.notice !== undefined ? { notice: noticeBlock(raw.notice) } : {}),
    ...(raw.selection !== undefined ? { selection: selectionBlock(raw.selection) } : {}),
    ...(raw.acceptance !== undefined ? { acceptance: acceptanceBlock(raw.acceptance) } : {}),
    ...(raw.procurement !== undefined
      ? { procurement: { ...raw.procurement, cpv: raw.procurement.cpv ?? [] } as NonNullable<Spec['procurement']> }
      : {}),
    ...(raw.select !== undefined
      ? {
          select: {
            ...(raw.select.domains ? { domains: raw.select.domains } : {}),
            include: raw.select.include ?? [],
            exclude: raw.select.exclude ?? [],
          },
        }
      : {}),
  };
  return { spec, diagnostics };
}

/** A criterion as written; the title and weight a parent may give stay empty here and are checked when resolved. */
function awardCriterion(a: RawAwardCriterion, index: number): AwardCriterion {
  const { subcriteria, ...rest } = a;
  return {
    ...rest,
    title: a.title ?? '',
    weight: a.weight ?? 0,
    requirements: a.requirements ?? [],
    ...(subcriteria ? { subcriteria: subcriteria.map((s) => ({ ...s, requirements: s.requirements ?? [] })) } : {}),
    written: Object.keys(a),
    index,
  };
}
