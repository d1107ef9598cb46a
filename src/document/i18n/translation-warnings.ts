import { diagnostic, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Spec } from '../../load/spec/spec.js';
import { languageName, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { localiseRequirement, type LocalisationContext, type LocalisedRequirement } from './localise-requirement.js';

/** How many ids a warning names before it says "and N more": a warning is one line a person reads. */
const LISTED = 5;

/** What a spec's documents in one language show in English instead: requirement ids, and statements with why. */
export interface TranslationGaps {
  missing: string[];
  stale: string[];
  /** statements with no text in the language: "<id> (<why>)" */
  replaced: string[];
}

/** The gaps of a spec in the language its requirements were localised to. Pure. */
export function translationGaps(
  resolved: ResolvedSpec,
  localised: ReadonlyMap<string, LocalisedRequirement>,
): TranslationGaps {
  const gaps: TranslationGaps = { missing: [], stale: [], replaced: [] };
  for (const r of resolved.requirements) {
    const l = localised.get(r.id);
    if (!l) continue;
    if (l.status === 'missing') gaps.missing.push(r.id);
    else if (l.status === 'stale') gaps.stale.push(r.id);
    const fallback = l.statement.fallback;
    if (fallback?.reason === 'deviation') gaps.replaced.push(`${r.id} (replacement statement of ${fallback.spec})`);
    else if (fallback?.reason === 'obligation')
      gaps.replaced.push(
        `${r.id} (obligation changed by ${fallback.spec}; the translation's modal verb could not follow)`,
      );
  }
  return gaps;
}

/** Localises every requirement of a spec in the context's language and gives its gaps. Pure. */
export function translationGapsIn(resolved: ResolvedSpec, context: LocalisationContext): TranslationGaps {
  return translationGaps(resolved, new Map(resolved.requirements.map((r) => [r.id, localiseRequirement(r, context)])));
}

/** Where a spec names one of its languages: the item of a `language` list, else the field itself. */
export function languagePosition(spec: Pick<Spec, 'yaml' | 'languages'>, language: string): Position {
  const index = spec.languages?.indexOf(language) ?? -1;
  return spec.yaml.positionOf(index >= 0 ? ['language', index] : ['language']);
}

/**
 * For `build`: one warning per spec and kind rather than one per requirement: `translation-missing` (no translation,
 * or a replacement statement without a text in the document language) and `translation-stale` (made from an older text).
 */
export function translationReport(
  resolved: ResolvedSpec,
  localised: ReadonlyMap<string, LocalisedRequirement>,
  where: { file: string; at: Position },
): Diagnostic[] {
  const { spec } = resolved;
  const name = `${languageName(spec.language, SOURCE_LANGUAGE)} (${spec.language})`;
  const { missing, stale, replaced } = translationGaps(resolved, localised);
  const out: Diagnostic[] = [];
  const total = resolved.requirements.length;
  if (missing.length > 0 || replaced.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0)
      parts.push(`${missing.length} of ${total} requirements have no ${name} translation: ${list(missing)}`);
    if (replaced.length > 0) parts.push(`${replaced.length} statements have no ${name} text: ${list(replaced)}`);
    out.push(
      diagnostic(
        'warning',
        'translation-missing',
        `spec ${spec.id}: ${parts.join('; ')}; the document shows the English text, marked as such (${listCommand(spec.language)} lists them all)`,
        where.file,
        where.at,
      ),
    );
  }
  if (stale.length > 0) {
    out.push(
      diagnostic(
        'warning',
        'translation-stale',
        `spec ${spec.id}: ${stale.length} ${name} translations were made from an older English text: ${list(stale)}; the document shows the English text, marked as such (${listCommand(spec.language)} lists them all)`,
        where.file,
        where.at,
      ),
    );
  }
  return out;
}

function list(ids: string[]): string {
  return ids.length <= LISTED ? ids.join(', ') : `${ids.slice(0, LISTED).join(', ')} and ${ids.length - LISTED} more`;
}

function listCommand(language: string): string {
  return `\`tenderkit translations --lang ${language}\``;
}
