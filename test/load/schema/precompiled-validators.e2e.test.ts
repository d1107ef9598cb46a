import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import yaml from 'js-yaml';
import { describe, expect, it, inject } from 'vitest';
import { splitRequirement } from '../../../src/load/requirement/split-requirement.js';
import { AJV_OPTIONS } from '../../../src/load/schema/ajv-options.js';
import { PRECOMPILED_VALIDATORS, SCHEMAS, type SchemaName } from '../../../src/load/schema/validate-schema.js';
import { isTranslation } from '../../../src/load/parse-catalogue.js';
import { FIXTURES } from '../../support/workspace.js';

/** Every front matter, spec and configuration of the fixtures, as values. */
function corpus(): Array<{ name: SchemaName; label: string; value: unknown }> {
  const out: Array<{ name: SchemaName; label: string; value: unknown }> = [];
  for (const fixture of readdirSync(FIXTURES)) {
    const root = path.join(FIXTURES, fixture);
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const rel = path.relative(root, file).split(path.sep).join('/');
      const text = readFileSync(file, 'utf8');
      const load = (t: string) => {
        try {
          return yaml.load(t);
        } catch {
          return undefined;
        }
      };
      if (rel.startsWith('requirements/') && rel.endsWith('.md') && !isTranslation({ path: rel })) {
        const front = splitRequirement(text).frontMatter;
        if (front !== undefined) out.push({ name: 'requirement', label: `${fixture}/${rel}`, value: load(front) });
      } else if (rel.startsWith('specs/') && rel.endsWith('.yaml'))
        out.push({ name: 'spec', label: `${fixture}/${rel}`, value: load(text) });
      else if (rel === 'tenderkit.yaml') out.push({ name: 'config', label: `${fixture}/${rel}`, value: load(text) });
    }
  }
  return out;
}

/** Each value and a few broken copies: a field dropped, an unknown field, a wrong type, a wrong enum value. */
function withMutations(value: unknown): unknown[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [value];
  const map = value as Record<string, unknown>;
  const keys = Object.keys(map);
  return [
    value,
    ...keys.map((k) => Object.fromEntries(Object.entries(map).filter(([key]) => key !== k))),
    { ...map, colour: 'blue' },
    ...keys.map((k) => ({ ...map, [k]: typeof map[k] === 'string' ? 42 : 'text' })),
    { ...map, obligation: 'perhaps', status: 'gone' },
  ];
}

/** the CLI compiled once for the e2e run (test/support/compiled-cli-setup.ts) */
const cli = { bin: inject('compiledCli') };

describe('the validators compiled by the build', () => {
  it('accept and refuse exactly what the schemas compiled at run time do, with the same errors', () => {
    const built = createRequire(import.meta.url)(
      path.join(path.dirname(cli.bin), '..', 'dist', 'vendor', `${PRECOMPILED_VALIDATORS}.cjs`),
    ) as Record<SchemaName, ValidateFunction>;
    const ajv = new Ajv2020(AJV_OPTIONS);
    const runtime = Object.fromEntries(
      (Object.keys(SCHEMAS) as SchemaName[]).map((k) => [k, ajv.compile(SCHEMAS[k])]),
    ) as Record<SchemaName, ValidateFunction>;
    const values = corpus();
    expect(new Set(values.map((v) => v.name))).toEqual(new Set(['requirement', 'spec', 'config']));
    let refused = 0;
    let accepted = 0;
    for (const { name, label, value } of values) {
      for (const v of withMutations(value)) {
        const expected = runtime[name](v);
        expect({ label, valid: built[name](v) }).toEqual({ label, valid: expected });
        expect(built[name].errors ?? null).toEqual(runtime[name].errors ?? null);
        if (expected) accepted++;
        else refused++;
      }
    }
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(100);
  });
});
