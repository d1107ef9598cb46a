import type { Obligation, Parameter, ParameterValue } from '../../load/requirement/requirement.js';
import { CHANGE_LABEL, CHANGE_SYMBOL, percent } from '../../document/field-display.js';
import { formatValue } from '../../document/format-value.js';
import { EN } from '../../load/frame/labels.js';
import { html, Html } from '../../render/html/html.js';

/** A change class with its mark and its word, so that colour is never the only signal. */
export function changeBadge(kind: string): Html {
  return html`<span class="badge k-${kind}"><span aria-hidden="true">${CHANGE_SYMBOL[kind] ?? ''}</span> ${CHANGE_LABEL[kind] ?? kind}</span>`;
}

export function obligationBadge(obligation: Obligation): Html {
  return html`<span class="ob ob-${obligation}">${EN.obligation[obligation]}</span>`;
}

/** The harmonisation index as a number and a bar (the bar is decoration; the number is the content). */
export function indexBar(share: number): Html {
  const width = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return html`<span class="index"><span class="index-value">${percent(share, 1)}</span><span class="index-bar" aria-hidden="true"><span class="index-fill" style="width: ${width}%"></span></span></span>`;
}

const formatted = new WeakMap<Parameter, Map<ParameterValue, string>>();

/** A parameter value as the tender reads it ("5 s"); remembered, because Intl formatters are slow to make. */
export function displayParameter(value: ParameterValue, parameter: Parameter | undefined): string {
  if (!parameter) return formatValue(value, parameter);
  let known = formatted.get(parameter);
  if (!known) formatted.set(parameter, (known = new Map()));
  let text = known.get(value);
  if (text === undefined) known.set(value, (text = formatValue(value, parameter)));
  return text;
}

export function joinHtml(parts: readonly Html[], separator: Html | string): Html {
  const sep = separator instanceof Html ? separator.value : html`${separator}`.value;
  return new Html(parts.map((p) => p.value).join(sep));
}

/** Gives an element id to the first mention of each key on a page, so `#INT-001` always lands somewhere useful. */
export function anchorOnce(): (key: string) => Html {
  const seen = new Set<string>();
  return (key) => {
    if (seen.has(key)) return html``;
    seen.add(key);
    return html` id="${key}"`;
  };
}

/** "1 spec", "3 specs" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
