import Handlebars from 'handlebars';
import { DEFAULT_TEMPLATES } from './default-templates.js';

export type TemplateResult = { ok: true; markdown: string } | { ok: false; message: string; line?: number; column?: number };


const KNOWN_HELPERS = { if: true, unless: true, each: true, with: true, lookup: false, log: false, helperMissing: true, blockHelperMissing: true } as const;

/** One isolated Handlebars environment: no custom helpers, no partials, no prototype access. */
const handlebars = Handlebars.create();

/**
 * Renders a frame template with data that is already escaped for Markdown (so `noEscape`: HTML escaping would be wrong here).
 * Templates are data from the workspace: strict mode, only the built-in block helpers, never prototype properties.
 */
export function renderTemplate(name: string, overrides: ReadonlyMap<string, string>, data: unknown): TemplateResult {
  const source = overrides.get(name) ?? DEFAULT_TEMPLATES[name];
  if (source === undefined) return { ok: false, message: `no template named ${name}` };
  try {
    const template = handlebars.compile(source, {
      strict: true,
      noEscape: true,
      knownHelpers: KNOWN_HELPERS,
      knownHelpersOnly: true,
      assumeObjects: true,
    });
    const markdown = template(data, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    return { ok: true, markdown };
  } catch (err) {
    return { ok: false, ...describeTemplateError(err) };
  }
}

function describeTemplateError(err: unknown): { message: string; line?: number; column?: number } {
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const raw = typeof e.message === 'string' ? e.message : String(err);
  const parse = /^Parse error on line (\d+):[\s\S]*?\n(-*)\^\n([\s\S]*)$/.exec(raw);
  if (parse) {
    return { message: `syntax error: ${parse[3]!.split('\n')[0]}`, line: Number(parse[1]), column: parse[2]!.length + 1 };
  }
  const missing = /^"([^"]+)" not defined in/.exec(raw);
  const onPrimitive = /^Cannot use 'in' operator to search for '([^']+)'/.exec(raw);
  const message = missing
    ? `the template uses "${missing[1]}", which is not a field of the data it receives`
    : onPrimitive
      ? `the template looks up "${onPrimitive[1]}" in a value that has no fields`
      : raw.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  return {
    message: `the template cannot be rendered: ${message}`,
    ...(typeof e.lineNumber === 'number' ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : {}),
  };
}

/** Backslash-escapes the characters that Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&')
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

/** A deep copy in which every string is escaped for Markdown (Handlebars refuses prototype properties itself). */
export function escapeData(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkdown(value);
  if (Array.isArray(value)) return value.map(escapeData);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeData(v);
    return out;
  }
  return value;
}
