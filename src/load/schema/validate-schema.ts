import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { bundledModule, lazyRequire } from '../../lib/lazy-require.js';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { ParsedYaml, YamlPath } from '../yaml/parse-yaml.js';
import { AJV_OPTIONS } from './ajv-options.js';
import { configSchema } from './config-schema.js';
import { requirementSchema } from './requirement-schema.js';
import { specSchema } from './spec-schema.js';
import { glossarySchema } from './glossary-schema.js';

export const SCHEMAS = {
  requirement: requirementSchema,
  spec: specSchema,
  config: configSchema,
  glossary: glossarySchema,
} as const;
export type SchemaName = keyof typeof SCHEMAS;

/** the schema compiler, loaded only when a file is not in the parse cache and no compiled validators were built */
const ajvLibrary = lazyRequire<typeof import('ajv/dist/2020.js')>('ajv/dist/2020.js');

/** The validators scripts/build.mjs compiled from SCHEMAS ahead of time (dist/vendor/schema-validators.cjs). */
export const PRECOMPILED_VALIDATORS = 'schema-validators';
const precompiled = bundledModule<Record<SchemaName, ValidateFunction>>(PRECOMPILED_VALIDATORS);

let compiled: Map<SchemaName, ValidateFunction> | undefined;

/**
 * The validator of one schema. The bundled command line loads the validators compiled when it was built, which
 * spares compiling three schemas on every run that parses a file; sources run by the test runner compile them.
 */
function validator(name: SchemaName): ValidateFunction {
  if (!compiled) {
    compiled = new Map();
    const built = precompiled();
    if (built) {
      for (const key of Object.keys(SCHEMAS) as SchemaName[]) compiled.set(key, built[key]);
    } else {
      const ajv = new (ajvLibrary().Ajv2020)(AJV_OPTIONS);
      for (const key of Object.keys(SCHEMAS) as SchemaName[]) compiled.set(key, ajv.compile(SCHEMAS[key]));
    }
  }
  return compiled.get(name)!;
}

/** Validates a parsed YAML value against a schema and maps each error to the position of its node. */
export function validateAgainstSchema(
  name: SchemaName,
  value: unknown,
  parsed: ParsedYaml,
  file: string,
): Diagnostic[] {
  const validate = validator(name);
  if (validate(value)) return [];
  return dedupe(validate.errors ?? []).map((e) => toDiagnostic(e, parsed, file));
}

/** ajv reports each failed branch of a oneOf; keep the most useful error per instance path. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    // a bad key gives a pattern error naming the key, then this summary of it
    if (e.keyword === 'propertyNames') continue;
    const key =
      e.instancePath + (e.keyword === 'additionalProperties' ? `/${String(e.params['additionalProperty'])}` : '');
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  const out: ErrorObject[] = [];
  for (const list of byPath.values()) {
    const specific = list.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    if (list.some((e) => e.keyword === 'oneOf') && specific.length > 1) {
      out.push(list.find((e) => e.keyword === 'oneOf')!);
    } else {
      out.push(...(specific.length ? specific : list));
    }
  }
  return out;
}

function pointerToPath(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describePath(path: YamlPath): string {
  if (path.length === 0) return 'the document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function toDiagnostic(e: ErrorObject, parsed: ParsedYaml, file: string): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const where = describePath(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p['additionalProperty']);
      return diagnostic(
        'error',
        'schema',
        `unknown field "${key}" in ${where}`,
        file,
        parsed.positionOf([...path, key], true),
      );
    }
    case 'required':
      return diagnostic(
        'error',
        'schema',
        `${where} lacks the required field "${String(p['missingProperty'])}"`,
        file,
        parsed.positionOf(path),
      );
    case 'enum':
      return diagnostic(
        'error',
        'schema',
        `${where} must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        file,
        parsed.positionOf(path),
      );
    case 'const':
      return diagnostic(
        'error',
        'schema',
        `${where} must be ${JSON.stringify(p['allowedValue'])}`,
        file,
        parsed.positionOf(path),
      );
    case 'pattern':
      if (typeof e.propertyName === 'string') {
        const key = e.propertyName;
        return diagnostic(
          'error',
          'schema',
          `the name "${key}" in ${where} has the wrong form (expected ${patternHint(String(p['pattern']))})`,
          file,
          parsed.positionOf([...path, key], true),
        );
      }
      return diagnostic(
        'error',
        'schema',
        `${where} has the wrong form (expected ${patternHint(String(p['pattern']))})`,
        file,
        parsed.positionOf(path),
      );
    case 'propertyNames':
      return diagnostic('error', 'schema', `${where} has a key of the wrong form`, file, parsed.positionOf(path));
    case 'type':
      return diagnostic(
        'error',
        'schema',
        `${where} must be ${article(String(p['type']))}`,
        file,
        parsed.positionOf(path),
      );
    case 'oneOf':
      return diagnostic(
        'error',
        'schema',
        path.at(-1) === 'language'
          ? `${where} must be a language tag or a list of language tags`
          : `${where} must be a text or a map from language tags to texts`,
        file,
        parsed.positionOf(path),
      );
    default:
      return diagnostic('error', 'schema', `${where} ${e.message ?? 'is invalid'}`, file, parsed.positionOf(path));
  }
}

function article(type: string): string {
  const parts = type.split(',');
  const named = parts.map((t) =>
    t === 'object' ? 'a map' : t === 'array' ? 'a list' : t === 'integer' ? 'an integer' : `a ${t}`,
  );
  return named.join(' or ');
}

const PATTERN_HINTS: Record<string, string> = {
  '^[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]{3,4}$':
    'upper-case segments joined by "-" ending in 3-4 digits, such as INT-001',
  '^[a-z0-9][a-z0-9-]*$': 'lower-case letters, digits and "-", such as eu-baseline',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a BCP 47 language tag such as en, nl or fr-BE',
  '^[A-Z]{2}$': 'a two-letter country code such as BE',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date YYYY-MM-DD',
  '^[^\\n]*\\S[^\\n]*$': 'one non-empty line',
  '^https?://\\S+$': 'an http(s) address',
  '^[A-Za-z][A-Za-z0-9_]*$': 'a letter, then letters, digits or "_"',
};

function patternHint(pattern: string): string {
  return PATTERN_HINTS[pattern] ?? `the pattern ${pattern}`;
}
