import { WORKTREE } from './revision-range.js';
import type { Changes } from './model.js';

/**
 * `changes --format json`: the fixed shape of DESIGN 2.3 (from, to, requirements, specs, review), keys in a fixed
 * order, then `translations`, the translations that became stale, and `translationEdits`, the translation files
 * edited per requirement and language with their changed fields.
 */
export function changesToJson(changes: Changes): unknown {
  return {
    from: changes.from.label,
    to: changes.to.commit === undefined ? WORKTREE : changes.to.label,
    requirements: changes.requirements.map((r) => ({
      id: r.id,
      change: r.change,
      fields: r.fields.map((f) => ({ field: f.field, from: f.from, to: f.to })),
    })),
    specs: changes.specs.map((s) => ({
      id: s.id,
      change: s.change,
      deviations: s.deviations.map((d) => ({ requirement: d.requirement, change: d.change })),
    })),
    review: changes.review.map((r) => ({ spec: r.spec, requirement: r.requirement })),
    translations: changes.translations.map((t) => ({ requirement: t.requirement, language: t.language, file: t.file })),
    translationEdits: changes.translationEdits.map((t) => ({
      requirement: t.requirement,
      language: t.language,
      file: t.file,
      change: t.change,
      fields: t.fields.map((f) => ({ field: f.field, from: f.from, to: f.to })),
    })),
  };
}

export function renderChangesJson(changes: Changes): string {
  return `${JSON.stringify(changesToJson(changes), null, 2)}\n`;
}
