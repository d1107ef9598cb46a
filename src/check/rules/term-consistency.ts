import type { LintRule, Finding } from '../rule.js';
import type { Requirement } from '../../load/requirement/requirement.js';
import type { Glossary, GlossaryTerm } from '../../load/glossary/glossary.js';
import type { Translation } from '../../load/translation/translation.js';
import { findTerms } from '../../lib/text/term-match.js';
import { positionAt } from '../../lib/text/text-position.js';
import type { Position } from '../../lib/diagnostics.js';

/** One text of a requirement and its translation: the title, the statement or a section. */
interface FieldPair {
  source: string;
  translated: string;
  /** where the translated text starts in the translation file, and how to find a character of it */
  at(offset: number): Position;
}

/**
 * A translation that uses a variant the glossary of its language forbids, or that lacks the approved translation of
 * a term its English text uses. Terms match with their inflections, the longest first; field by field (title,
 * statement, each section).
 */
export const termConsistency: LintRule = {
  id: 'term-consistency',
  description:
    'Translations use the approved terms of glossary/<lang>.yaml: no forbidden variant, and the approved term wherever the English text has the source term',
  severity: 'warning',
  check(context, report) {
    const glossaries = context.i18n?.glossaries;
    const translations = context.i18n?.translations;
    if (!glossaries || !translations) return;
    for (const glossary of glossaries.values()) {
      if (glossary.terms.length === 0) continue;
      for (const requirement of context.catalogue.requirements.values()) {
        const translation = translations.get(requirement.id)?.get(glossary.lang);
        if (!translation) continue;
        const fileText = context.text(translation.file) ?? '';
        for (const pair of fieldPairs(requirement, translation, fileText))
          checkPair(pair, glossary, translation.file, requirement, report);
      }
    }
  },
};

function checkPair(
  pair: FieldPair,
  glossary: Glossary,
  file: string,
  requirement: Requirement,
  report: (f: Finding) => void,
): void {
  const { terms } = glossary;
  // the terms the English text uses: only for those is a variant a wrong translation (a word the glossary forbids
  // for "bidder" may well translate "provider")
  const used = new Map<GlossaryTerm, string>();
  for (const m of findTerms(
    pair.source,
    terms.map((t) => ({ text: t.source, kind: 'source' as const })),
  )) {
    const term = terms[m.term]!;
    if (!used.has(term)) used.set(term, pair.source.slice(m.start, m.end));
  }
  if (used.size === 0) return;
  // a forbidden variant is one the approved translations (the longest first) leave over
  const phrases = [
    ...terms.map((t) => ({ term: t, text: t.target, kind: 'approved' as const })),
    ...terms.flatMap((t) => t.forbidden.map((f) => ({ term: t, text: f, kind: 'variant' as const }))),
  ];
  for (const m of findTerms(pair.translated, phrases)) {
    const phrase = phrases[m.term]!;
    if (phrase.kind === 'variant' && used.has(phrase.term))
      report({
        message: `"${pair.translated.slice(m.start, m.end)}" translates "${used.get(phrase.term)}", but ${glossary.file} forbids this variant: write "${phrase.term.target}"`,
        at: { file, ...pair.at(m.start), requirement },
      });
  }
  // each approved term is looked for on its own: "Partnerleitstellen" holds both "Partnerleitstelle" and "Leitstelle"
  const checked = new Set<string>();
  for (const [term, said] of used) {
    const target = term.target.toLowerCase();
    if (checked.has(target)) continue;
    checked.add(target);
    if (findTerms(pair.translated, [{ text: term.target, kind: 'approved' }]).length > 0) continue;
    report({
      message: `the English text says "${said}", but this translation lacks its approved term "${term.target}" (${glossary.file})`,
      at: { file, ...pair.at(0), requirement },
    });
  }
}

/** The title, the statement and each section present on both sides, with positions in the translation file. */
function fieldPairs(requirement: Requirement, translation: Translation, fileText: string): FieldPair[] {
  const inFile = (text: string, fallback: Position) => {
    const base = text.length > 0 ? fileText.indexOf(text) : -1;
    return (offset: number): Position => (base >= 0 ? positionAt(fileText, base + offset) : fallback);
  };
  const titleAt = translation.frontMatter.positionOf(['title']);
  const pairs: FieldPair[] = [
    { source: requirement.title, translated: translation.title, at: () => titleAt },
    {
      source: requirement.statement.markdown,
      translated: translation.statement.markdown,
      at: inFile(translation.statement.markdown, { line: translation.statement.line, column: 1 }),
    },
  ];
  requirement.sections.forEach((s, i) => {
    const t = translation.sections[i];
    if (t)
      pairs.push({ source: s.markdown, translated: t.markdown, at: inFile(t.markdown, { line: t.line, column: 1 }) });
  });
  return pairs;
}
