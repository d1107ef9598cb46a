import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_IDS } from '../../src/check/diagnostic-ids.js';
import { RULES } from '../../src/check/registry.js';
import { rulesReference } from '../../src/check/rules-reference.js';
import { REPO_ROOT } from '../support/outside-tools.js';

const doc = () => readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/**
 * The ids the sources emit, read from how they emit them: `diagnostic('error', 'id', ...)` and the other helpers
 * called with a severity and an id, `fileDiagnostic('id', ...)`, `rule: 'id'` in a diagnostic written as an object,
 * the resolver's `this.report(spec, 'id', ...)`, and the ids a `refused(...)` helper is given or defaults to.
 */
function emittedIds(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /'(?:error|warning|info)',\s*'([a-z][a-z0-9-]*)'/g,
    /\brule: '([a-z][a-z0-9-]*)'/g,
    /this\.report\(\s*\w+,\s*'([a-z][a-z0-9-]*)'/g,
    /fileDiagnostic\(\s*'([a-z][a-z0-9-]*)'/g,
    /\brule = '([a-z][a-z0-9-]*)'/g,
    /refused\([^;]*?,\s*'([a-z][a-z0-9-]*)'\)/g,
  ];
  for (const file of sources(path.join(REPO_ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns)
      for (const m of text.matchAll(pattern)) if (!found.has(m[1]!)) found.set(m[1]!, path.relative(REPO_ROOT, file));
  }
  return found;
}

describe('docs/rules.md', () => {
  it('holds the tables the registry makes (run `npm run build && node scripts/rules-doc.mjs` after changing a rule)', () => {
    expect(doc()).toBe(rulesReference(doc(), RULES));
  });

  it('lists every diagnostic id the sources emit, and no id that they do not', () => {
    const listed = new Set([...DIAGNOSTIC_IDS.flatMap((g) => g.ids), ...RULES.map((r) => r.id)]);
    const emitted = emittedIds();
    // a severity named as a value in a schema, not an id
    emitted.delete('warning');
    const unlisted = [...emitted].filter(([id]) => !listed.has(id)).map(([id, file]) => `${id} (${file})`);
    expect(unlisted, 'emitted but in neither table').toEqual([]);
    const lintIds = new Set(RULES.map((r) => r.id));
    const unused = DIAGNOSTIC_IDS.flatMap((g) => g.ids).filter((id) => !emitted.has(id) && !lintIds.has(id));
    expect(unused, 'listed but emitted nowhere').toEqual([]);
  });

  it('gives every rule a url that is its row of the table', () => {
    const text = doc();
    for (const rule of RULES) {
      expect(rule.url).toBe(`docs/rules.md#${rule.id}`);
      expect(text).toContain(`<a id="${rule.id}"></a>\`${rule.id}\``);
    }
  });
});
