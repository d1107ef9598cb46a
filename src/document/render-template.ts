import Handlebars from 'handlebars';
import { DEFAULT_TEMPLATES } from '../load/frame/default-templates.js';

export type TemplateResult =
  | { ok: true; markdown: string }
  | { ok: false; message: string; line?: number; column?: number };

type TemplateAst = ReturnType<typeof Handlebars.parse>;

/** Names that every object inherits; a template that names one is reaching for a prototype, never for data. */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const KNOWN_HELPERS = {
  if: true,
  unless: true,
  each: true,
  with: true,
  lookup: false,
  log: false,
  helperMissing: true,
  blockHelperMissing: true,
} as const;

/** One isolated Handlebars environment: no custom helpers, no partials, no prototype access. */
const handlebars = Handlebars.create();

/**
 * Renders a frame template with data that is already escaped for Markdown (so `noEscape`: HTML escaping would be wrong here).
 * Templates are data from the workspace: strict mode, only the built-in block helpers, never prototype properties.
 */
export function renderTemplate(name: string, overrides: ReadonlyMap<string, string>, data: unknown): TemplateResult {
  const source = overrides.get(name) ?? DEFAULT_TEMPLATES[name];
  if (source === undefined) return { ok: false, message: `no template named ${name}` };
  let ast: TemplateAst;
  try {
    ast = handlebars.parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!message.startsWith('Parse error')) return { ok: false, ...describeTemplateError(err, handlebars.parse('')) };
    // the parser's message locates the error inside an excerpt; its lexer knows the real place
    const at = (
      handlebars as unknown as { Parser: { lexer: { yylloc?: { first_line: number; first_column: number } } } }
    ).Parser.lexer.yylloc;
    const detail = message.split('\n').pop()!;
    return {
      ok: false,
      message: `syntax error: ${detail}`,
      ...(at ? { line: at.first_line, column: at.first_column + 1 } : {}),
    };
  }
  const partial = partialStatement(ast);
  if (partial) {
    return {
      ok: false,
      message: 'the template uses a partial ({{> ...}}); frame templates are single files without partials',
      line: partial.line,
      column: partial.column,
    };
  }
  const reach = prototypePath(ast);
  if (reach) {
    return {
      ok: false,
      message: `the template names "${reach.name}", which every object inherits; templates may use only the fields of their data`,
      line: reach.line,
      column: reach.column,
    };
  }
  try {
    const template = handlebars.compile(source, {
      strict: true,
      noEscape: true,
      knownHelpers: KNOWN_HELPERS,
      knownHelpersOnly: true,
      assumeObjects: true,
    });
    const markdown = template(ownFieldsOnly(data), {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    return { ok: true, markdown };
  } catch (err) {
    return { ok: false, ...describeTemplateError(err, ast) };
  }
}

interface PathNode {
  type: string;
  parts?: string[];
  loc?: { start: { line: number; column: number } };
}

/** Every path expression of a template, in source order (helper arguments and hash values included). */
function pathsOf(ast: TemplateAst): PathNode[] {
  const out: PathNode[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as PathNode & Record<string, unknown>;
    if (n.type === 'PathExpression') out.push(n);
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') visit(value);
  };
  visit(ast);
  return out;
}

function partialStatement(ast: TemplateAst): { line: number; column: number } | undefined {
  let found: { line: number; column: number } | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const n = node as PathNode & Record<string, unknown>;
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      found = { line: n.loc?.start.line ?? 1, column: (n.loc?.start.column ?? 0) + 1 };
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') visit(value);
  };
  visit(ast);
  return found;
}

function prototypePath(ast: TemplateAst): { name: string; line: number; column: number } | undefined {
  for (const p of pathsOf(ast)) {
    const name = p.parts?.find((part) => PROTOTYPE_NAMES.has(part));
    if (name !== undefined) return { name, line: p.loc?.start.line ?? 1, column: (p.loc?.start.column ?? 0) + 1 };
  }
  return undefined;
}

/**
 * Strict mode asks `name in object`, which is true for inherited names (`map` of a list), and then renders them as
 * empty; behind this proxy only own fields exist, so such a name is reported like any unknown field.
 */
const OWN_FIELDS_ONLY: ProxyHandler<object> = { has: (target, key) => Object.hasOwn(target, key) };

function ownFieldsOnly(value: unknown): unknown {
  if (Array.isArray(value)) return new Proxy(value.map(ownFieldsOnly), OWN_FIELDS_ONLY);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = ownFieldsOnly(v);
    return new Proxy(out, OWN_FIELDS_ONLY);
  }
  return value;
}

function describeTemplateError(err: unknown, ast: TemplateAst): { message: string; line?: number; column?: number } {
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const raw = typeof e.message === 'string' ? e.message : String(err);
  const parse = /^Parse error on line (\d+):[\s\S]*?\n(-*)\^\n([\s\S]*)$/.exec(raw);
  if (parse) {
    return {
      message: `syntax error: ${parse[3]!.split('\n')[0]}`,
      line: Number(parse[1]),
      column: parse[2]!.length + 1,
    };
  }
  const missing = /^"([^"]+)" not defined in/.exec(raw);
  const onPrimitive = /^Cannot use 'in' operator to search for '([^']+)'/.exec(raw);
  const message = missing
    ? `the template uses "${missing[1]}", which is not a field of the data it receives`
    : onPrimitive
      ? `the template looks up "${onPrimitive[1]}" in a value that has no fields`
      : raw.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  // a lookup in a text or number carries no position; the first path that names the field does
  const named = onPrimitive ? pathsOf(ast).find((p) => p.parts?.includes(onPrimitive[1]!))?.loc?.start : undefined;
  return {
    message: `the template cannot be rendered: ${message}`,
    ...(typeof e.lineNumber === 'number'
      ? { line: e.lineNumber, column: (e.column ?? 0) + 1 }
      : named
        ? { line: named.line, column: named.column + 1 }
        : {}),
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
