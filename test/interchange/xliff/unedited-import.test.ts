import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import { exportXliff } from '../../../src/interchange/xliff/export-xliff.js';
import { parseXliff, type ParsedXliff } from '../../../src/interchange/xliff/parse-xliff.js';
import { planImport } from '../../../src/interchange/xliff/plan-import.js';
import { NO_I18N } from '../../../src/load/i18n.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { splitRequirement } from '../../../src/load/requirement/split-requirement.js';
import type { Workspace } from '../../../src/load/workspace.js';
import type { Resolution } from '../../../src/resolve/resolve.js';
import { REPO, SHIPPED } from '../../support/shipped.js';

let workspace: Workspace<Resolution>;
const files = new Map<string, string>();

function exported(lang: string): ParsedXliff {
  const { xml } = exportXliff([...workspace.catalogue.requirements.values()], workspace.i18n ?? NO_I18N, { lang });
  const parsed = parseXliff(xml);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.xliff;
}

/** The languages the shipped catalogue has translations in. */
function languages(): string[] {
  const tags = new Set<string>();
  for (const byLang of (workspace.i18n ?? NO_I18N).translations.values()) for (const l of byLang.keys()) tags.add(l);
  return [...tags].sort();
}

describe.skipIf(!SHIPPED)('issue 28.3: import xliff changes only what changed', () => {
  beforeAll(async () => {
    const loaded = await loadWorkspace(REPO, {}, RESOLVE_AND_CHECK);
    workspace = loaded as unknown as Workspace<Resolution>;
    for (const f of workspace.catalogue.sources) files.set(f.path, f.text);
  }, 60_000);

  it('issue 28.3 an unedited export of every language writes nothing, and plans each file as its bytes', () => {
    const tags = languages();
    expect(tags.length).toBeGreaterThanOrEqual(3);
    for (const lang of tags) {
      const plan = planImport(exported(lang), workspace.catalogue, workspace.i18n ?? NO_I18N);
      if (typeof plan === 'string') throw new Error(plan);
      const changed = plan.files.filter((f) => f.change !== 'unchanged');
      expect(
        changed.map((f) => f.path),
        lang,
      ).toEqual([]);
      for (const f of plan.files) expect(f.text, f.path).toBe(files.get(f.path));
    }
  });

  it('issue 28.3 an edit of one field rewrites that field only: the rest of the file keeps its bytes', () => {
    const byLang = new Map(languages().map((l) => [l, exported(l)]));
    const cases = [...byLang].flatMap(([lang, x]) =>
      x.files.flatMap((f, fi) =>
        [...f.units.values()]
          .filter(
            (u) => /^(statement|section-\d+)$/.test(u.id) && u.parts.some((p) => p.kind === 'segment' && p.target),
          )
          .map((u) => ({ lang, fi, unit: u.id })),
      ),
    );
    expect(cases.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...cases), ({ lang, fi, unit }) => {
        const whole = byLang.get(lang)!;
        // the edited requirement's <file> alone: the others are the unedited case above
        const xliff = { ...whole, files: [structuredClone(whole.files[fi]!)] };
        const file = xliff.files[0]!;
        const edited = file.units.get(unit)!;
        const segment = edited.parts.find((p) => p.kind === 'segment' && p.target !== undefined);
        if (segment?.kind !== 'segment') return;
        segment.target = [...segment.target!, { kind: 'text', text: ' Geändert\u00a0!' }];
        const plan = planImport(xliff, workspace.catalogue, workspace.i18n ?? NO_I18N);
        if (typeof plan === 'string') throw new Error(plan);
        const changed = plan.files.filter((f) => f.change !== 'unchanged');
        expect(changed.map((f) => f.id)).toEqual([file.id]);
        const before = splitRequirement(files.get(changed[0]!.path)!);
        const after = splitRequirement(changed[0]!.text);
        expect(after.frontMatter).toBe(before.frontMatter);
        const section = unit === 'statement' ? -1 : Number(unit.slice('section-'.length)) - 1;
        if (section === -1) expect(after.statement.text).toContain('Geändert\u00a0!');
        else expect(after.statement.text).toBe(before.statement.text);
        after.sections.forEach((s, i) => {
          if (i === section) expect(s.content.text).toContain('Geändert\u00a0!');
          else expect(s.content.text, `${file.id} ${lang} section ${i + 1}`).toBe(before.sections[i]!.content.text);
        });
      }),
      { numRuns: 40 },
    );
  });
});
