import type { Obligation, Requirement } from '../../load/requirement/requirement.js';
import type { Spec } from '../../load/spec/spec.js';
import type { YamlPath } from '../../load/yaml/parse-yaml.js';
import type { LintContext, Location } from '../rule.js';
import type { DetectedLanguage } from '../../lib/language/language.js';
import type { Prose } from '../../lib/language/prose.js';
import { readText } from './reading.js';
import { wordInYaml } from './yaml-word.js';

/** Where a statement's effective text or obligation was last changed by a spec. */
export interface DeviationOrigin {
  spec: Spec;
  index: number;
  /** which of the two fields this spec changed */
  statement: boolean;
  obligation: boolean;
}

/**
 * A normative statement as a rule reads it: the catalogue's own text with its obligation, or the
 * effective text and obligation of a requirement in a spec whose deviations changed one of them.
 */
export interface StatementSubject {
  requirement: Requirement;
  obligation: Obligation;
  markdown: string;
  prose: Prose;
  language: DetectedLanguage;
  /** set for the effective statement of a spec; absent for the catalogue's own text */
  deviation?: DeviationOrigin;
  /** where a finding at an offset of the statement belongs: the word, or the deviation of the spec */
  at(offset: number): Location;
  /** where a finding about the obligation belongs */
  obligationAt(): Location;
}

const cache = new WeakMap<LintContext['resolution'], StatementSubject[]>();

/** Every catalogue statement, then every statement or obligation that a spec's deviation changed (once, at that spec). */
export function statementSubjects(context: LintContext): StatementSubject[] {
  const cached = cache.get(context.resolution);
  if (cached) return cached;
  const subjects: StatementSubject[] = [];
  for (const req of context.catalogue.requirements.values()) {
    const { prose, language } = readText(context.catalogue, req.statement.markdown);
    subjects.push({
      requirement: req,
      obligation: req.obligation,
      markdown: req.statement.markdown,
      prose,
      language,
      at: (offset) => ({ requirement: req, statementOffset: offset }),
      obligationAt: () => ({ requirement: req, path: ['obligation'] }),
    });
  }
  for (const resolved of context.resolution.resolved.values()) {
    const spec = resolved.spec;
    for (const effective of resolved.requirements) {
      // most requirements of a spec are the catalogue's, untouched: skip them without allocating
      if (effective.history.length === 0) continue;
      let statementSet: { index: number; texts: Array<{ path: YamlPath; markdown: string }> } | undefined;
      let obligationSet: { index: number; path: YamlPath } | undefined;
      for (const { spec: by, deviation } of effective.history) {
        if (by !== spec.id || deviation.kind !== 'set') continue;
        const base = ['deviations', deviation.index, 'set'];
        const text = deviation.changes.statement;
        // every translation of a replacement is checked where it is written, not only the one this spec prints
        if (text !== undefined) {
          statementSet = {
            index: deviation.index,
            texts:
              typeof text === 'string'
                ? [{ path: [...base, 'statement'], markdown: text.trim() }]
                : Object.entries(text).map(([lang, t]) => ({ path: [...base, 'statement', lang], markdown: t.trim() })),
          };
        }
        if (deviation.changes.obligation !== undefined)
          obligationSet = { index: deviation.index, path: [...base, 'obligation'] };
      }
      const texts =
        statementSet?.texts ??
        (obligationSet ? [{ path: obligationSet.path, markdown: effective.statement.markdown }] : []);
      for (const { path, markdown } of texts) {
        const { prose, language } = readText(context.catalogue, markdown);
        const node: Location = { spec, path };
        const obligationNode: Location = { spec, path: obligationSet?.path ?? path };
        const source = statementSet ? context.text(spec.file) : undefined;
        // positions need the YAML library's parse of the spec: only a finding pays for it
        const valueStart = () => (statementSet ? spec.yaml.positionOf(path) : undefined);
        subjects.push({
          requirement: effective.source,
          obligation: effective.obligation,
          markdown,
          prose,
          language,
          deviation: {
            spec,
            index: (statementSet ?? obligationSet)!.index,
            statement: statementSet !== undefined,
            obligation: obligationSet !== undefined,
          },
          at: (offset) => {
            const start = valueStart();
            return (source && start ? wordInYaml(spec.file, source, start, markdown, offset) : undefined) ?? node;
          },
          obligationAt: () => obligationNode,
        });
      }
    }
  }
  cache.set(context.resolution, subjects);
  return subjects;
}

/** The subjects whose text a text rule reads: a deviation that only changes the obligation leaves the text as checked. */
export function textSubjects(context: LintContext): StatementSubject[] {
  return statementSubjects(context).filter((s) => s.deviation === undefined || s.deviation.statement);
}

/** "French (fr)" */
export function languageLabel(language: DetectedLanguage): string {
  return `${language.words.name} (${language.words.code})`;
}
