import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { languagesOf } from '../../load/spec/spec.js';
import { languageName, SOURCE_LANGUAGE } from '../../lib/language-tag.js';
import { languagePosition } from '../../document/i18n/translation-warnings.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { gapCount, packTextGaps, type PackTextGaps } from './pack-text-gaps.js';

/** How many items a message names before it says "and N more": a diagnostic is one line a person reads. */
const LISTED = 5;

/**
 * `validate`'s word on translations: one finding per spec and language whose documents would show text in another
 * language for want of a current translation (every text of DESIGN 2.5: requirements, reference titles, enumerated
 * values, spec texts, annexes, frame labels), at the spec's `language`. A warning, or an error (`translations`)
 * for a spec with `translations: required`, which `build` then refuses.
 */
export function translationWarnings(
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'resolution' | 'i18n'>,
  only?: ReadonlySet<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const resolved of workspace.resolution.resolved.values()) {
    if (only && !only.has(resolved.spec.id)) continue;
    for (const language of languagesOf(resolved.spec)) {
      const finding = translationFinding(resolved, packTextGaps(workspace, resolved, language));
      if (finding) out.push(finding);
    }
  }
  return out;
}

/** The one finding of a spec's pack in a language, or undefined when every text it needs is there. Pure. */
export function translationFinding(resolved: ResolvedSpec, gaps: PackTextGaps): Diagnostic | undefined {
  if (gapCount(gaps) === 0) return undefined;
  const { spec } = resolved;
  const language = gaps.language;
  const name = `${languageName(language, SOURCE_LANGUAGE)} (${language})`;
  const parts: string[] = [];
  const ids = [...gaps.missing, ...gaps.stale];
  if (ids.length > 0) {
    const kinds = [
      gaps.missing.length > 0 && `${gaps.missing.length} missing`,
      gaps.stale.length > 0 && `${gaps.stale.length} stale`,
    ]
      .filter(Boolean)
      .join(', ');
    parts.push(
      `${ids.length} of ${resolved.requirements.length} requirements have no current ${name} translation (${kinds}): ${list(ids)}`,
    );
  }
  const more = (items: string[], what: string) => {
    if (items.length > 0) parts.push(`${items.length} ${what}: ${list(items)}`);
  };
  more(gaps.replaced, `statements have no ${name} text`);
  more(gaps.references, 'reference titles have no text in that language');
  more(gaps.values, 'enumerated values have no text in that language');
  more(gaps.specTexts, 'spec texts have no text in that language');
  more(
    gaps.annexes.map((a) => `${a.path} (${a.status})`),
    'annexes have no current translation',
  );
  more(gaps.labels, 'frame labels are in English');
  const required = spec.translations === 'required';
  return diagnostic(
    required ? 'error' : 'warning',
    'translations',
    `spec ${spec.id}: ${parts.join('; ')}; ${
      required
        ? 'the spec has "translations: required", so its pack is not built until they are all current'
        : 'its documents in that language would show the original text'
    } (\`tenderkit translations --lang ${language}\` lists them all)`,
    spec.file,
    languagePosition(spec, language),
  );
}

function list(ids: string[]): string {
  return ids.length <= LISTED ? ids.join(', ') : `${ids.slice(0, LISTED).join(', ')} and ${ids.length - LISTED} more`;
}
