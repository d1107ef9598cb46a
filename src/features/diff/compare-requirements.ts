import type { FieldValue } from '../../document/field-display.js';
import { rewriteModal } from '../../resolve/modal-verb.js';
import type { EffectiveRequirement, Origin } from '../../resolve/resolved.js';
import { obligationEffect, parameterEffect, verificationEffect, type Effect } from '../../resolve/effects.js';
import { normaliseMarkdown } from '../../lib/text/normalise-text.js';

/** One field of a requirement that differs between two specs. */
export interface FieldChange {
  /** `obligation`, `parameters.<name>`, `statement`, `verification` or `title` */
  field: string;
  from: FieldValue;
  to: FieldValue;
  effect: Effect;
  /** the spec whose deviation makes the difference, and its justification */
  origin: Origin;
}

/** Picks the origin that explains a difference, given where each side's value came from. */
export type Explain = (baseline: Origin, variant: Origin) => Origin;

/** Every field in which `variant` differs from `baseline`, in a fixed order: obligation, parameters, statement, verification, title. */
export function compareRequirements(
  baseline: EffectiveRequirement,
  variant: EffectiveRequirement,
  explain: Explain,
): FieldChange[] {
  // a requirement no level below the shared ancestry touched is one object on both sides
  if (baseline === variant) return [];
  const out: FieldChange[] = [];
  const b = baseline.provenance;
  const v = variant.provenance;

  const obligation = obligationEffect(baseline.obligation, variant.obligation);
  if (obligation)
    out.push({
      field: 'obligation',
      from: baseline.obligation,
      to: variant.obligation,
      effect: obligation,
      origin: explain(b.obligation, v.obligation),
    });

  for (const name of parameterNames(baseline, variant)) {
    const from = baseline.parameters.get(name);
    const to = variant.parameters.get(name);
    const effect = parameterEffect(
      variant.source.parameters.get(name) ?? baseline.source.parameters.get(name),
      from,
      to,
    );
    if (!effect) continue;
    const origin = explain(b.parameters.get(name) ?? b.selected, v.parameters.get(name) ?? v.selected);
    out.push({ field: `parameters.${name}`, from: from ?? null, to: to ?? null, effect, origin });
  }

  // most requirements keep their text: compare the strings before normalising them
  const same = baseline.statement.markdown === variant.statement.markdown;
  const fromText = same ? '' : normaliseMarkdown(baseline.statement.markdown);
  const toText = same ? '' : normaliseMarkdown(variant.statement.markdown);
  if (fromText !== toText && !isModalRewording(baseline, variant, toText)) {
    out.push({
      field: 'statement',
      from: fromText,
      to: toText,
      effect: 'modified',
      origin: explain(b.statement, v.statement),
    });
  }

  const verification = verificationEffect(baseline.verification, variant.verification);
  if (verification)
    out.push({
      field: 'verification',
      from: [...baseline.verification],
      to: [...variant.verification],
      effect: verification,
      origin: explain(b.verification, v.verification),
    });

  if (baseline.title.trim() !== variant.title.trim())
    out.push({
      field: 'title',
      from: baseline.title,
      to: variant.title,
      effect: 'modified',
      origin: explain(b.title, v.title),
    });
  return out;
}

/**
 * A statement whose only change is the modal verb that follows a changed obligation ("should" -> "shall"): the
 * resolver rewords it, so the change is part of the obligation's, not a modification of its own.
 */
function isModalRewording(baseline: EffectiveRequirement, variant: EffectiveRequirement, toText: string): boolean {
  if (baseline.obligation === variant.obligation) return false;
  const reworded = rewriteModal(baseline.statement.markdown, baseline.obligation, variant.obligation);
  return reworded !== undefined && normaliseMarkdown(reworded) === toText;
}

/** The catalogue's parameter order, then any name only one side knows. */
function parameterNames(a: EffectiveRequirement, b: EffectiveRequirement): string[] {
  return [...new Set([...a.source.parameters.keys(), ...a.parameters.keys(), ...b.parameters.keys()])];
}
