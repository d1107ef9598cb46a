import type { Severity } from '../lib/diagnostics.js';
import type { Requirement } from '../load/requirement/requirement.js';
import type { Resolution } from '../resolve/resolve.js';
import type { Spec } from '../load/spec/spec.js';
import type { Catalogue } from '../load/catalogue.js';
import type { YamlPath } from '../load/yaml/parse-yaml.js';
import type { ReviewHistory } from './review-history.js';
import type { I18n } from '../load/i18n.js';

/** What a rule sees: the parsed catalogue and every resolved spec. */
export interface LintContext {
  catalogue: Catalogue;
  resolution: Resolution;
  /** the source text of a workspace file, by its relative path */
  text(file: string): string | undefined;
  /** the workspace's history, when it is kept in git: what a stale review stamp was made from */
  history?: ReviewHistory;
  /** translations and glossaries, when the workspace was loaded with them */
  i18n?: I18n;
}

/** Where a finding is: the engine turns it into file, line and column. */
export type Location =
  /** a front matter field of a requirement (the key when `key` is true); the `id` line when no path */
  | { requirement: Requirement; path?: YamlPath; key?: boolean }
  /** characters of a requirement's statement: offset into `statement.markdown` */
  | { requirement: Requirement; statementOffset: number }
  /** characters of a requirement's section (by index in `sections`): offset into its markdown */
  | { requirement: Requirement; section: number; sectionOffset: number }
  /** a node of a spec file */
  | { spec: Spec; path: YamlPath; key?: boolean }
  /** an explicit position; in another file of a requirement (its translation), whose lint.disable then applies */
  | { file: string; line: number; column: number; requirement?: Requirement };

export interface Finding {
  message: string;
  at: Location;
  /** overrides the rule's default severity for this finding (e.g. info for a skipped language) */
  severity?: Severity;
}

export interface LintRule {
  /** fixed: users configure rules by id */
  id: string;
  description: string;
  severity: Severity;
  check(context: LintContext, report: (finding: Finding) => void): void;
}
