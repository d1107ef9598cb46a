import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('tenderkit schema', () => {
  it.each(['requirement', 'spec', 'config'])('prints the %s schema as valid JSON Schema 2020-12', async (kind) => {
    const run = await runCli(['schema', kind]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  it('refuses an unknown kind with exit 2', async () => {
    expect((await runCli(['schema', 'award'])).code).toBe(2);
  });
});
