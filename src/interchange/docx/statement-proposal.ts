import { formatValue } from '../../document/format-value.js';
import { wordDiff } from '../../lib/text/word-diff.js';
import { findPlaceholders } from '../../load/requirement/placeholders.js';
import type { Parameter, ParameterValue } from '../../load/requirement/requirement.js';

export interface ParameterProposal {
  name: string;
  from: ParameterValue;
  to: ParameterValue;
}

export interface StatementProposal {
  parameters: ParameterProposal[];
  /** the proposed source text, `{{name}}` kept where the value did not change; absent when only values changed */
  statement?: string;
}

interface ValueSpan {
  name: string;
  start: number;
  end: number;
  rendered: string;
}

/**
 * Reads an edited statement back into the catalogue's terms. `shown` is the statement as the document showed it
 * (values filled in), `edited` the same with every tracked change accepted. A change confined to a filled-in value
 * is a proposal for that parameter (numbers as numbers); any other change gives a proposed source text in which
 * every value that did not change is its placeholder again.
 */
export function proposeStatement(
  source: string,
  shown: string,
  edited: string,
  values: ReadonlyMap<string, ParameterValue>,
  parameters: ReadonlyMap<string, Parameter>,
  locale: string,
): StatementProposal {
  const spans: ValueSpan[] = [];
  let cursor = 0;
  for (const use of findPlaceholders(source)) {
    const value = values.get(use.name);
    if (value === undefined) continue;
    const rendered = formatValue(value, parameters.get(use.name), locale);
    const start = shown.indexOf(rendered, cursor);
    if (start < 0) continue;
    spans.push({ name: use.name, start, end: start + rendered.length, rendered });
    cursor = start + rendered.length;
  }
  const onlyValues = matchValues(shown, edited, spans);
  if (onlyValues) {
    const proposals: ParameterProposal[] = [];
    spans.forEach((span, i) => {
      const now = onlyValues[i] ?? span.rendered;
      const was = values.get(span.name);
      if (now === span.rendered || was === undefined) return;
      proposals.push({ name: span.name, from: was, to: parseValue(now, parameters.get(span.name)) });
    });
    if (proposals.length > 0 || shown === edited) return { parameters: proposals };
  }
  return { parameters: [], statement: withPlaceholders(shown, edited, spans) };
}

/** The texts that stand where the values stood, when everything else is as shown; undefined otherwise. */
function matchValues(shown: string, edited: string, spans: readonly ValueSpan[]): string[] | undefined {
  if (spans.length === 0) return shown === edited ? [] : undefined;
  let pattern = '^';
  let at = 0;
  for (const span of spans) {
    pattern += `${escape(shown.slice(at, span.start))}(.+?)`;
    at = span.end;
  }
  pattern += `${escape(shown.slice(at))}$`;
  const m = new RegExp(pattern, 's').exec(edited);
  return m ? m.slice(1).map((g) => g ?? '') : undefined;
}

function withPlaceholders(shown: string, edited: string, spans: readonly ValueSpan[]): string {
  let out = '';
  let at = 0;
  for (const part of wordDiff(shown, edited).parts) {
    if (part.type === 'insert') {
      out += part.text;
      continue;
    }
    const start = at;
    at += part.text.length;
    if (part.type === 'delete') continue;
    let text = '';
    let from = start;
    for (const span of spans) {
      if (span.start < start || span.end > at) continue;
      text += `${shown.slice(from, span.start)}{{${span.name}}}`;
      from = span.end;
    }
    out += text + shown.slice(from, at);
  }
  return out;
}

function parseValue(text: string, parameter: Parameter | undefined): ParameterValue {
  let t = text.trim();
  if (parameter?.unit && t.endsWith(parameter.unit)) t = t.slice(0, -parameter.unit.length).trim();
  if (parameter?.type === 'number' || parameter?.type === 'integer') {
    const n = /^-?\d+(?:[.,]\d+)?/.exec(t.replace(/[\s\u00a0\u202f]/g, ''));
    if (n) return Number(n[0].replace(',', '.'));
  }
  if (parameter?.type === 'boolean') return /^(true|yes)$/i.test(t);
  return t;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
