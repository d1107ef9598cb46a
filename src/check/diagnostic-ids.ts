import type { Severity } from '../lib/diagnostics.js';

/**
 * Every diagnostic id that is not a lint rule: what loading, resolving, building and the other commands report.
 * docs/rules.md's first table is made from this list (src/check/rules-reference.ts), and a test finds every id the
 * sources emit here or among the lint rules, and every id listed here in the sources.
 */
export interface DiagnosticIdGroup {
  ids: readonly string[];
  severity: readonly Severity[];
  /** who reports them, when it is not validate */
  by?: string;
  checks: string;
}

export const DIAGNOSTIC_IDS: readonly DiagnosticIdGroup[] = [
  {
    ids: ['yaml', 'schema', 'front-matter', 'statement'],
    severity: ['error'],
    checks: 'syntax and structure of each file',
  },
  {
    ids: ['read', 'encoding', 'file-too-large', 'outside-workspace'],
    severity: ['error'],
    checks:
      'files that cannot be read (or are not in the revision read), are not UTF-8 text (or hold control characters other than tab and line ends), are too large (`limits.maxFileBytes`, default 4 MB), or are links leading outside the workspace',
  },
  {
    ids: ['markdown-nesting', 'link-cycle'],
    severity: ['error', 'warning'],
    checks: 'lists and quotes nested deeper than the Markdown reader keeps; a linked folder that contains its link',
  },
  { ids: ['id-filename', 'duplicate-id'], severity: ['error'], checks: 'ids equal file names and are unique' },
  {
    ids: ['unknown-domain', 'unknown-scenario', 'unknown-parameter', 'parameter'],
    severity: ['error'],
    checks: 'references inside a requirement',
  },
  { ids: ['unknown-extends', 'extends-cycle', 'select-in-variant'], severity: ['error'], checks: 'the chain of specs' },
  {
    ids: ['unknown-requirement', 'deviation-target', 'deviation'],
    severity: ['error'],
    checks: 'what a deviation (or an award criterion) names and does',
  },
  {
    ids: ['unused-parameter', 'unit-repeated'],
    severity: ['warning'],
    checks: 'a parameter no text uses; `{{t}} seconds` where the unit `s` is already printed',
  },
  {
    ids: ['translation', 'glossary'],
    severity: ['error'],
    checks:
      'translation files (id, `lang`, source hash, placeholders, sections) and glossary files (`glossary/<lang>.yaml` against `tenderkit schema glossary`, `lang` equal to the file name, one entry per term)',
  },
  {
    ids: ['translations'],
    severity: ['warning'],
    checks:
      'one per spec and language (every language of `language: [nl, fr, de]`) whose documents would show English text: the count, the first ids and the command that lists them all (`tenderkit translations --lang nl`)',
  },
  {
    ids: ['translation-missing', 'translation-stale'],
    severity: ['warning'],
    by: 'build',
    checks:
      'a pack whose document shows English text for missing translations, or for translations made from an older English text (one line per spec and language)',
  },
  {
    ids: ['labels'],
    severity: ['error', 'warning'],
    checks: 'label files: `labels/<language>.yaml` named by a BCP 47 tag, with known keys and text values',
  },
  {
    ids: ['annex'],
    severity: ['error'],
    checks: "a spec's annexes: the file exists inside the workspace, once per pack, not listed again by a parent",
  },
  {
    ids: ['template'],
    severity: ['error'],
    by: 'build',
    checks: "a frame template of templates/ that cannot be used in the document's language",
  },
  {
    ids: ['config'],
    severity: ['warning'],
    checks: 'tenderkit.yaml or a `lint.disable` names a rule that does not exist',
  },
  { ids: ['no-specs'], severity: ['error'], by: 'build', checks: 'the workspace has no spec to build' },
  {
    ids: ['review'],
    severity: ['error'],
    by: 'review',
    checks: 'the stamps of `tenderkit review` cannot be written into the spec file',
  },
  {
    ids: ['eforms'],
    severity: ['error'],
    by: 'export eforms',
    checks: 'what a draft eForms notice needs and the spec does not give (or gives in a form the SDK refuses)',
  },
  {
    ids: ['award-notice'],
    severity: ['error'],
    by: 'export eforms --award',
    checks:
      'the evaluation an award notice reports cannot be read, is not of this spec or names no single winner, or its award date is not a date',
  },
  {
    ids: ['reqif', 'xliff', 'docx'],
    severity: ['error', 'warning'],
    by: 'import',
    checks:
      'a file to import that cannot be read as ReqIF, XLIFF or an edited Word document of the spec; for Word, the tracked changes it could not map',
  },
  {
    ids: ['responses'],
    severity: ['error'],
    by: 'responses',
    checks: 'a returned response form that cannot be read as a workbook',
  },
  {
    ids: ['git', 'changes'],
    severity: ['error'],
    by: 'changes',
    checks: 'revisions that git cannot read, and a redline that cannot be made',
  },
  {
    ids: ['acceptance-input', 'acceptance-junit', 'acceptance-results', 'acceptance-bid', 'acceptance-plan'],
    severity: ['error', 'warning'],
    by: 'acceptance',
    checks:
      'the inputs of the acceptance report: files that cannot be read or are too large, JUnit XML, the results workbook, the bid, the plan',
  },
  {
    ids: ['evaluate'],
    severity: ['error'],
    by: 'evaluate',
    checks:
      "the evaluation's inputs, with the file and cell: a response form of another spec, two files (or two declared tenderers) for one bidder, a score workbook of another spec or evaluation, an unsigned declaration of no conflict of interest, a score outside the scale or without its justification, a tender missing from a workbook, no points for an admissible tender",
  },
];
