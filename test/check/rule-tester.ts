import { describe, expect, it } from 'vitest';
import { lint } from '../../src/check/engine.js';
import type { LintRule } from '../../src/check/rule.js';
import { type Severity, sortDiagnostics } from '../../src/lib/diagnostics.js';
import { parseCatalogue } from '../../src/load/parse-catalogue.js';
import { resolveAll } from '../../src/resolve/resolve.js';
import { source } from '../support/source.js';
import { files, type Workspace } from './lint-workspace.js';

/** One file of a case: a requirement (text starting with `---`, at requirements/<id>.md) or a spec (specs/<id>.yaml). */
export interface RuleCase {
  text: string;
  /** the rest of the workspace the rule needs (other requirements, a parent spec) */
  workspace?: Workspace;
}

export interface ExpectedError {
  message: string | RegExp;
  /** of the case's text (1-based) */
  line: number;
  column: number;
  /** when the finding has another severity than the rule's default */
  severity?: Severity;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

function pathOf(text: string): string {
  const id = /^id:\s*(\S+)/m.exec(text)?.[1];
  if (!id) throw new Error(`a rule case needs an id: line:\n${text}`);
  return text.startsWith('---') ? `requirements/${id}.md` : `specs/${id}.yaml`;
}

/** The diagnostics of `rule` on the case's file, after the workspace loaded without errors. */
export function runRule(rule: LintRule, c: RuleCase) {
  const file = pathOf(c.text);
  const base = files(c.workspace ?? {});
  const requirements = base.requirements.filter((r) => r.path !== file);
  const specs = base.specs.filter((s) => s.path !== file);
  (file.startsWith('requirements/') ? requirements : specs).push(source(file, c.text));
  const { catalogue, diagnostics } = parseCatalogue({
    root: '/virtual',
    config: base.config,
    requirements,
    specs,
    templates: [],
    diagnostics: [],
  });
  const resolution = resolveAll(catalogue);
  const broken = [...diagnostics, ...resolution.diagnostics].filter((d) => d.severity === 'error');
  if (broken.length > 0)
    throw new Error(`the case does not load: ${broken.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  return { file, diagnostics: lint(catalogue, resolution, [rule]).filter((d) => d.rule === rule.id) };
}

/**
 * A rule's tests as data: every `valid` text gives no diagnostic of the rule; every `invalid` one gives exactly the
 * listed diagnostics, in the order of their positions, in the case's own file, each with its message (the text, or a pattern), line and
 * column (and severity when it is not the rule's default). One `it` per case, named by the case's first statement
 * line, inside a `describe` named by the rule.
 */
export function testRule(rule: LintRule, cases: { valid: Array<string | RuleCase>; invalid: InvalidCase[] }): void {
  const name = (text: string) => {
    const body = text.startsWith('---') ? (text.split(/^---$/m)[2] ?? text) : text;
    return (body.trim().split('\n')[0] ?? '').slice(0, 80);
  };
  describe(`rule ${rule.id}`, () => {
    for (const valid of cases.valid) {
      const c = typeof valid === 'string' ? { text: valid } : valid;
      it(`accepts: ${name(c.text)}`, () => {
        expect(runRule(rule, c).diagnostics).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${name(c.text)}`, () => {
        const { file, diagnostics } = runRule(rule, c);
        expect(
          sortDiagnostics(diagnostics).map((d) => ({
            file: d.file,
            message: d.message,
            line: d.line,
            column: d.column,
            severity: d.severity,
          })),
        ).toEqual(
          c.errors.map((e) => ({
            file,
            message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message),
            line: e.line,
            column: e.column,
            severity: e.severity ?? rule.severity,
          })),
        );
      });
    }
  });
}
