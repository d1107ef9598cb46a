import { diagnostic, type Diagnostic, type Position } from '../lib/diagnostics.js';
import type { Resolution } from '../resolve/resolve.js';
import type { Catalogue } from '../load/catalogue.js';
import type { I18n } from '../load/i18n.js';
import { positionAt } from '../lib/text/text-position.js';
import { RULES } from './registry.js';
import type { Finding, LintContext, LintRule, Location } from './rule.js';
import type { ReviewHistory } from './review-history.js';

/** Runs every enabled rule, applies the configured severities and the per-requirement suppressions. */
export function lint(
  catalogue: Catalogue,
  resolution: Resolution,
  rules: readonly LintRule[] = RULES,
  extra: { history?: ReviewHistory; i18n?: I18n } = {},
): Diagnostic[] {
  const texts = new Map(catalogue.sources.map((s) => [s.path, s.text]));
  const context: LintContext = {
    catalogue,
    resolution,
    text: (file) => texts.get(file),
    ...(extra.history ? { history: extra.history } : {}),
    ...(extra.i18n !== undefined ? { i18n: extra.i18n } : {}),
  };
  const out: Diagnostic[] = [];
  const known = new Set(rules.map((r) => r.id));
  for (const [id] of catalogue.config.rules) {
    if (!known.has(id) && !BUILT_IN_CHECKS.has(id)) {
      out.push(
        diagnostic(
          'warning',
          'config',
          `tenderkit.yaml configures the unknown rule "${id}"; \`tenderkit rules\` lists them`,
          configFile(catalogue),
          { line: 1, column: 1 },
        ),
      );
    }
  }
  for (const req of catalogue.requirements.values()) {
    req.lint?.disable.forEach((id, i) => {
      if (!known.has(id)) {
        out.push(
          diagnostic(
            'warning',
            'config',
            `lint.disable names the unknown rule "${id}"`,
            req.file,
            req.frontMatter.positionOf(['lint', 'disable', i]),
          ),
        );
      }
    });
  }
  for (const rule of rules) {
    const setting = catalogue.config.rules.get(rule.id);
    if (setting === 'off') continue;
    rule.check(context, (finding) => {
      if (isSuppressed(finding, rule.id)) return;
      const severity = setting ?? finding.severity ?? rule.severity;
      const { file, position } = locate(finding.at, texts);
      out.push(diagnostic(severity, rule.id, finding.message, file, position));
    });
  }
  return out;
}

/** Checks reported by the loader and the resolver; their severities are fixed, but naming them in tenderkit.yaml is not a typo. */
const BUILT_IN_CHECKS = new Set<string>();

function configFile(catalogue: Catalogue): string {
  return catalogue.sources.find((s) => /^tenderkit\.ya?ml$/.test(s.path))?.path ?? 'tenderkit.yaml';
}

function isSuppressed(finding: Finding, ruleId: string): boolean {
  const at = finding.at;
  if ('requirement' in at) return at.requirement?.lint?.disable.includes(ruleId) ?? false;
  return false;
}

function locate(at: Location, texts: Map<string, string>): { file: string; position: Position } {
  if ('file' in at) return { file: at.file, position: { line: at.line, column: at.column } };
  if ('spec' in at) return { file: at.spec.file, position: at.spec.yaml.positionOf(at.path, at.key) };
  const req = at.requirement;
  if ('statementOffset' in at) {
    const text = texts.get(req.file) ?? '';
    return { file: req.file, position: positionAt(text, req.statement.offset + at.statementOffset) };
  }
  if ('section' in at) {
    const text = texts.get(req.file) ?? '';
    const section = req.sections[at.section];
    return { file: req.file, position: positionAt(text, (section?.offset ?? 0) + at.sectionOffset) };
  }
  return { file: req.file, position: req.frontMatter.positionOf(at.path ?? ['id'], at.key) };
}
