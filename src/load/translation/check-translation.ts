import { findPlaceholders } from '../requirement/placeholders.js';
import type { Requirement } from '../requirement/requirement.js';
import { diagnostic, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import { isSourceLanguage, SOURCE_LANGUAGE, canonicalTag } from '../../lib/language-tag.js';
import { translationName } from './parse-translation.js';
import type { Translation } from './translation.js';

/** Checks a parsed translation against its source requirement (undefined when the id is unknown). */
export function checkTranslation(t: Translation, source: Requirement | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (message: string, at: Position) => out.push(diagnostic('error', 'translation', message, t.file, at));
  const warning = (message: string, at: Position) =>
    out.push(diagnostic('warning', 'translation', message, t.file, at));
  const fm = t.frontMatter;

  const named = translationName(t.file);
  if (named && named.id !== t.id)
    error(`the id "${t.id}" differs from the file name, which names ${named.id}`, fm.positionOf(['id']));
  if (named && canonicalTag(named.lang) !== t.lang)
    error(`"lang: ${t.lang}" differs from the language in the file name (${named.lang})`, fm.positionOf(['lang']));
  if (isSourceLanguage(t.lang))
    error(
      `the catalogue is written in ${SOURCE_LANGUAGE}: a translation into it has no use; edit the source file instead`,
      fm.positionOf(['lang']),
    );
  if (!source) {
    error(
      `${t.id} is not a requirement of the catalogue: a translation needs its source file (${t.id}.md)`,
      fm.positionOf(['id']),
    );
    return out;
  }
  const folder = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  if (folder(t.file) !== folder(source.file))
    warning(`a translation sits next to its source: move it to ${folder(source.file)}`, { line: 1, column: 1 });

  if (t.sections.length !== source.sections.length) {
    const theirs = source.sections.map((s) => `"${s.heading}"`).join(', ') || 'none';
    error(
      `the translation has ${t.sections.length} "##" sections and the source has ${source.sections.length} (${theirs}); sections match the source's by order`,
      t.sections[0] ? { line: t.sections[0].line, column: 1 } : { line: t.statement.line, column: 1 },
    );
  }
  const compare = (field: string, translated: string, original: string, at: Position) => {
    const mine = names(translated);
    const theirs = names(original);
    const extra = [...mine].filter((n) => !theirs.has(n));
    const lacking = [...theirs].filter((n) => !mine.has(n));
    if (extra.length === 0 && lacking.length === 0) return;
    const parts = [
      lacking.length ? `lacks ${lacking.map((n) => `{{${n}}}`).join(', ')}` : '',
      extra.length ? `has ${extra.map((n) => `{{${n}}}`).join(', ')}, which the source does not` : '',
    ].filter(Boolean);
    error(`the ${field} ${parts.join(' and ')}: a translation keeps the source's placeholders unchanged`, at);
  };
  compare('title', t.title, source.title, fm.positionOf(['title']));
  compare('statement', t.statement.markdown, source.statement.markdown, { line: t.statement.line, column: 1 });
  // sections pair by order: when their number differs, the pairs mean nothing
  if (t.sections.length === source.sections.length) {
    t.sections.forEach((s, i) =>
      compare(`section "${s.heading}"`, s.markdown, source.sections[i]!.markdown, { line: s.line, column: 1 }),
    );
  }

  const refIds = new Set(source.references.map((r) => r.id));
  for (const id of t.references.keys()) {
    if (!refIds.has(id))
      warning(
        `${source.id} has no reference "${id}"; this translation is not used`,
        fm.positionOf(['references', id], true),
      );
  }
  const bases = new Set(source.legalBasis);
  for (const entry of t.legalBasis.keys()) {
    if (!bases.has(entry))
      warning(
        `"${entry}" is not (or no longer) a legal basis of ${source.id}; this translation is not used`,
        fm.positionOf(['legal_basis', entry], true),
      );
  }
  for (const [name, map] of t.values) {
    const p = source.parameters.get(name);
    if (!p || (p.type !== 'enum' && p.type !== 'string')) {
      warning(
        `${source.id} has no text parameter "${name}"; only enum and string values have display names`,
        fm.positionOf(['values', name], true),
      );
      continue;
    }
    if (p.type === 'enum' && p.values) {
      const allowed = new Set(p.values.map(String));
      for (const v of map.keys())
        if (!allowed.has(v))
          warning(
            `"${v}" is not a value of ${name} (${[...allowed].join(', ')})`,
            fm.positionOf(['values', name, v], true),
          );
    }
  }
  return out;
}

function names(text: string): Set<string> {
  return new Set(findPlaceholders(text).map((p) => p.name));
}
