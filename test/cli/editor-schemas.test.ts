import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/cli.js';
import { fixtureCopies } from '../support/workspace.js';

const copy = fixtureCopies();

describe('schemas for editors', () => {
  it('schema without a kind prints every schema, each with its $id', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const schemas = JSON.parse(run.stdout) as Array<{ $id: string }>;
    expect(schemas.map((s) => s.$id)).toEqual([
      'https://tenderkit.eu/schema/requirement.json',
      'https://tenderkit.eu/schema/spec.json',
      'https://tenderkit.eu/schema/config.json',
      'https://tenderkit.eu/schema/glossary.json',
    ]);
  });

  it('the glossary schema accepts the shipped glossaries', async () => {
    const run = await runCli(['schema', 'glossary']);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(run.stdout));
    const dir = fileURLToPath(new URL('../../glossary/', import.meta.url));
    for (const file of readdirSync(dir))
      expect(validate(parse(readFileSync(path.join(dir, file), 'utf8'))), file).toBe(true);
  });

  it('schema --out-dir writes one file per kind', async () => {
    const root = await copy('basic');
    const run = await runCli(['schema', '--out-dir', 'schemas'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    for (const kind of ['requirement', 'spec', 'config', 'glossary'])
      expect(JSON.parse(readFileSync(path.join(root, 'schemas', `${kind}.schema.json`), 'utf8')).$id).toContain(kind);
  });

  it('init points tenderkit.yaml and the spec at schemas it writes beside them, and the files satisfy them', async () => {
    const root = path.join(await copy('basic'), 'fresh');
    expect((await runCli(['init', root])).code).toBe(0);
    for (const [file, kind] of [
      ['tenderkit.yaml', 'config'],
      ['specs/baseline.yaml', 'spec'],
    ] as const) {
      const text = readFileSync(path.join(root, file), 'utf8');
      const comment = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(comment, file).not.toBeNull();
      const schemaFile = path.resolve(path.dirname(path.join(root, file)), comment![1]!);
      expect(existsSync(schemaFile), schemaFile).toBe(true);
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      expect(schema.$id).toContain(kind);
      const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
