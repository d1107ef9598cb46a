import path from 'node:path';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { ParameterValue } from '../requirement/requirement.js';
import { validateAgainstSchema } from '../schema/validate-schema.js';
import type { SourceFile } from '../source-file.js';
import { knownYaml, parseYaml, type PositionStore } from '../yaml/parse-yaml.js';
import { acceptanceBlock, type AcceptancePhase } from './acceptance.js';
import { noticeBlock, type RawNoticeBlock } from './notice.js';
import type { LocalisedText } from './localised-text.js';
import { selectionBlock, type RawSelectionBlock } from './selection.js';
import type { AwardCriterion, Deviation, EvaluationBlock, Regime, SetChange, Spec, SubCriterion } from './spec.js';
import { specTextReader, type SpecTextReader } from './spec-text-reader.js';

interface RawDeviation {
  requirement: string;
  set?: {
    obligation?: SetChange['obligation'];
    parameters?: Record<string, ParameterValue>;
    statement?: LocalisedText;
    verification?: SetChange['verification'];
    title?: LocalisedText;
  };
  remove?: true;
  add?: true;
  justification?: LocalisedText;
  reviewed?: string;
}

type RawAwardCriterion = Omit<
  AwardCriterion,
  'requirements' | 'written' | 'index' | 'subcriteria' | 'title' | 'weight' | 'description'
> & {
  title?: LocalisedText;
  description?: LocalisedText;
  weight?: number;
  requirements?: string[];
  subcriteria?: Array<Omit<SubCriterion, 'requirements'> & { requirements?: string[] }>;
};

/** A spec file as written: every text of it one string or one per language (DESIGN 2.5). */
export interface RawSpec {
  id: string;
  title: LocalisedText;
  extends?: string;
  language?: string | string[];
  regime?: Regime;
  translations?: 'required' | 'optional';
  date?: string;
  authority?: Omit<NonNullable<Spec['authority']>, 'name'> & { name: LocalisedText };
  procurement?: { title?: LocalisedText; reference?: string; cpv?: string[]; lots?: string[] };
  select?: { domains?: string[]; include?: string[]; exclude?: string[] };
  deviations?: RawDeviation[];
  annexes?: Array<{ path: string; title: LocalisedText }>;
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
  const main = mainLanguageOf(parsed.value as RawSpec, defaultLanguage);
  const read = specFromRaw(parsed.value as RawSpec, { path: file.path, yaml: parsed }, specTextReader(main, main));
  return { spec: read.spec, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/** The first language of a spec as written: the first of its `language` list, else the workspace's default. */
export function mainLanguageOf(raw: Pick<RawSpec, 'language'>, defaultLanguage: string): string {
  return (Array.isArray(raw.language) ? raw.language[0] : raw.language) ?? defaultLanguage;
}

/**
 * A spec from its checked YAML value, with its texts in the reader's language. Pure: `specInLanguage` reads the
 * same value again in another language.
 */
export function specFromRaw(
  raw: RawSpec,
  file: { path: string; yaml: Spec['yaml'] },
  texts: SpecTextReader,
): { spec: Spec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const parsed = file.yaml;

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
      justification: texts.maybe(d.justification, ['deviations', index, 'justification'])?.trim() || undefined,
      index,
      ...(d.reviewed !== undefined ? { reviewed: d.reviewed } : {}),
    };
    if (d.set) {
      const changes: SetChange = {};
      if (d.set.obligation) changes.obligation = d.set.obligation;
      if (d.set.parameters) changes.parameters = new Map(Object.entries(d.set.parameters));
      if (d.set.statement !== undefined) changes.statement = d.set.statement;
      if (d.set.verification) changes.verification = d.set.verification;
      if (d.set.title) changes.title = texts.take(d.set.title, ['deviations', index, 'set', 'title']);
      deviations.push({ ...base, kind: 'set', changes });
    } else if (d.remove) {
      deviations.push({ ...base, kind: 'remove' });
    } else {
      deviations.push({ ...base, kind: 'add' });
    }
  });

  const spec: Spec = {
    id: raw.id,
    title: texts.take(raw.title, ['title']),
    language: texts.language,
    ...(Array.isArray(raw.language) && raw.language.length > 1 ? { languages: raw.language } : {}),
    deviations,
    award: (raw.award ?? []).map((a, i) => awardCriterion(a, i, texts)),
    ...(raw.evaluation !== undefined ? { evaluation: evaluationBlock(raw.evaluation, texts) } : {}),
    annexes: (raw.annexes ?? []).map((a, index) => ({
      path: a.path,
      title: texts.take(a.title, ['annexes', index, 'title']),
      index,
    })),
    file: file.path,
    yaml: parsed,
    texts: { main: texts.main, slots: texts.slots },
    ...(raw.extends !== undefined ? { extends: raw.extends } : {}),
    ...(raw.regime !== undefined ? { regime: raw.regime } : {}),
    ...(raw.translations !== undefined ? { translations: raw.translations } : {}),
    ...(raw.date !== undefined ? { date: raw.date } : {}),
    ...(raw.authority !== undefined
      ? { authority: { ...raw.authority, name: texts.take(raw.authority.name, ['authority', 'name']) } }
      : {}),
    ...(raw.notice !== undefined ? { notice: noticeBlock(raw.notice) } : {}),
    ...(raw.acceptance !== undefined ? { acceptance: acceptanceBlock(raw.acceptance) } : {}),
    ...(raw.selection !== undefined ? { selection: selectionBlock(selectionTexts(raw.selection, texts)) } : {}),
    ...(raw.procurement !== undefined ? { procurement: procurementBlock(raw.procurement, texts) } : {}),
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

/**
 * A criterion as written, its texts in the reader's language; the title and weight a parent may give stay empty
 * here and are checked when resolved.
 */
function awardCriterion(a: RawAwardCriterion, index: number, texts: SpecTextReader): AwardCriterion {
  const at = (...path: Array<string | number>) => ['award', index, ...path];
  const { subcriteria, title, description, scale, rules, lcc, ...rest } = a;
  const read = texts.maybe(description, at('description'));
  return {
    ...rest,
    title: texts.maybe(title, at('title')) ?? '',
    ...(read !== undefined ? { description: read } : {}),
    weight: a.weight ?? 0,
    requirements: a.requirements ?? [],
    ...(scale
      ? {
          scale: {
            ...scale,
            descriptors: keepTexts(scale.descriptors, texts, at('scale', 'descriptors')),
          },
        }
      : {}),
    ...(rules ? { rules: keepTexts(rules, texts, at('rules')) } : {}),
    ...(lcc
      ? {
          lcc: {
            ...lcc,
            lines: lcc.lines.map((line, i) => {
              const { title: t, description: d, ...restOfLine } = line;
              const lt = texts.keep(t, at('lcc', 'lines', i, 'title'));
              const ld = texts.keep(d, at('lcc', 'lines', i, 'description'));
              return {
                ...restOfLine,
                ...(lt !== undefined ? { title: lt } : {}),
                ...(ld !== undefined ? { description: ld } : {}),
              };
            }),
          },
        }
      : {}),
    ...(subcriteria
      ? {
          subcriteria: subcriteria.map((sc, i) => {
            const d = texts.keep(sc.description, at('subcriteria', i, 'description'));
            const { description: _, ...restOfSub } = sc;
            return {
              ...restOfSub,
              title: texts.keep(sc.title, at('subcriteria', i, 'title')),
              ...(d !== undefined ? { description: d } : {}),
              requirements: sc.requirements ?? [],
            };
          }),
        }
      : {}),
    written: Object.keys(a),
    index,
  };
}

function evaluationBlock(e: EvaluationBlock, texts: SpecTextReader): EvaluationBlock {
  if (!e.unscored) return e;
  return {
    ...e,
    unscored: e.unscored.map((u, i) => ({
      ...u,
      reason: texts.take(u.reason, ['evaluation', 'unscored', i, 'reason']),
    })),
  };
}

/** The selection block, its descriptions recorded as written (the selection chapter picks their language). */
function selectionTexts(raw: RawSelectionBlock, texts: SpecTextReader): RawSelectionBlock {
  const described = <T extends { description?: LocalisedText }>(entry: T, path: Array<string | number>): T => {
    const { description, ...rest } = entry;
    const kept = texts.keep(description, [...path, 'description']);
    return (kept !== undefined ? { ...rest, description: kept } : rest) as T;
  };
  return {
    ...(raw.exclusion
      ? {
          exclusion: raw.exclusion.map((e, i) =>
            typeof e === 'string' ? e : described(e, ['selection', 'exclusion', i]),
          ),
        }
      : {}),
    ...(raw.criteria ? { criteria: raw.criteria.map((c, i) => described(c, ['selection', 'criteria', i])) } : {}),
  };
}

/** A map of texts (scale descriptors, rules by requirement), each recorded as written. */
function keepTexts(
  map: Record<string, LocalisedText>,
  texts: SpecTextReader,
  path: Array<string | number>,
): Record<string, LocalisedText> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, texts.keep(v, [...path, k])]));
}

function procurementBlock(
  p: NonNullable<RawSpec['procurement']>,
  texts: SpecTextReader,
): NonNullable<Spec['procurement']> {
  const { title, ...rest } = p;
  const read = texts.maybe(title, ['procurement', 'title']);
  return { ...rest, ...(read !== undefined ? { title: read } : {}), cpv: p.cpv ?? [] };
}
