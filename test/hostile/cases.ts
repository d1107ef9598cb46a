/**
 * The hostile corpus: every file in corpus/, where it goes in a copy of the `basic` workspace, and what must
 * happen. A refused input names the file, line and column of the problem and the rule; an awkward but legitimate
 * input builds, and its text reaches the Markdown and CSV outputs intact.
 */
export interface RefusedCase {
  kind: 'refused';
  /** file name in corpus/ */
  file: string;
  /** where it goes in the workspace */
  target: string;
  /** where the error is reported, `path:line:column`, and its rule */
  at: string;
  rule: string;
  message: RegExp;
}

export interface BuildsCase {
  kind: 'builds';
  file: string;
  target: string;
  /** texts that must appear, unchanged, in the Markdown (and in the CSV when marked) */
  texts: Array<{ text: string; csv?: boolean }>;
}

export type HostileCase = RefusedCase | BuildsCase;

const spec = (file: string, line: number, column: number, rule: string, message: RegExp): RefusedCase => ({
  kind: 'refused',
  file,
  target: `specs/${file}`,
  at: `specs/${file}:${line}:${column}`,
  rule,
  message,
});

const requirement = (
  file: string,
  id: string,
  line: number,
  column: number,
  rule: string,
  message: RegExp,
): RefusedCase => ({
  kind: 'refused',
  file,
  target: `requirements/security/${id}.md`,
  at: `requirements/security/${id}.md:${line}:${column}`,
  rule,
  message,
});

const template = (file: string, line: number, column: number, message: RegExp): RefusedCase => ({
  kind: 'refused',
  file,
  target: 'templates/introduction.md.hbs',
  at: `templates/introduction.md.hbs:${line}:${column}`,
  rule: 'template',
  message,
});

export const CASES: HostileCase[] = [
  // YAML: resource exhaustion and ambiguity
  spec('yaml-alias-bomb.yaml', 7, 10, 'yaml', /alias \*a4 expands the data past 100000 values/),
  spec('yaml-alias-circular.yaml', 4, 28, 'yaml', /alias \*loop is inside the node it refers to/),
  spec('yaml-alias-undefined.yaml', 2, 8, 'yaml', /alias \*nothing has no anchor/),
  spec('yaml-duplicate-key.yaml', 4, 1, 'yaml', /key "title" appears twice in this map \(first on line 2\)/),
  spec('yaml-duplicate-number-key.yaml', 8, 5, 'yaml', /key "1" appears twice .*first on line 7/),
  spec('yaml-collection-key.yaml', 3, 3, 'yaml', /a key must be a single value/),
  spec('yaml-deep-flow.yaml', 4, 74, 'yaml', /nested more than 64 levels/),
  spec('yaml-deep-block.yaml', 67, 129, 'yaml', /nested more than 64 levels/),
  spec('yaml-deep-compact.yaml', 5, 129, 'yaml', /nested more than 64 levels/),
  spec('spec-tab-indent.yaml', 4, 1, 'yaml', /Tabs are not allowed as indentation/),
  // specs of the wrong shape or reaching outside
  spec('spec-list.yaml', 1, 1, 'schema', /a spec must be a map of fields .* this file is a list/),
  spec('spec-scalar.yaml', 1, 1, 'schema', /this file is a single value/),
  spec('spec-empty.yaml', 1, 1, 'schema', /this file is empty/),
  spec('spec-extends-outside.yaml', 3, 10, 'schema', /extends has the wrong form/),
  spec('spec-proto-parameter.yaml', 6, 26, 'unknown-parameter', /INT-001 has no parameter "__proto__"/),
  spec('spec-binary-tag.yaml', 2, 17, 'schema', /title must be a text or a map from language tags to texts/),
  // requirement files that are not text, not complete, or nest without end
  requirement('requirement-empty.md', 'SEC-089', 1, 1, 'front-matter', /does not start with YAML front matter/),
  requirement('requirement-front-matter-open.md', 'SEC-090', 1, 1, 'front-matter', /never closed/),
  requirement('requirement-binary.md', 'SEC-091', 5, 18, 'encoding', /binary/),
  requirement('requirement-invalid-utf8.md', 'SEC-092', 5, 31, 'encoding', /not valid UTF-8/),
  requirement('requirement-encoded-surrogate.md', 'SEC-093', 5, 18, 'encoding', /not valid UTF-8/),
  requirement(
    'requirement-placeholder-proto.md',
    'SEC-094',
    9,
    23,
    'unknown-parameter',
    /\{\{constructor\}\} names no parameter/,
  ),
  requirement('requirement-deep-list.md', 'SEC-095', 11, 21, 'markdown-nesting', /nest too deeply/),
  requirement('requirement-deep-quote.md', 'SEC-096', 11, 21, 'markdown-nesting', /nest too deeply/),
  // templates that reach for prototypes, helpers or partials
  template('template-constructor.hbs', 1, 10, /names "constructor", which every object inherits/),
  template('template-proto.hbs', 1, 10, /names "__proto__"/),
  template('template-constructor-name.hbs', 1, 24, /names "constructor"/),
  template('template-lookup.hbs', 1, 8, /unknown helper lookup/),
  template('template-unknown-helper.hbs', 3, 1, /unknown helper exec/),
  template('template-partial.hbs', 1, 8, /uses a partial/),
  template('template-unclosed.hbs', 2, 1, /syntax error: .* got 'EOF'/),
  // legitimate oddities: byte order marks, CRLF, tabs, right-to-left and non-Latin scripts, emoji
  {
    kind: 'builds',
    file: 'legit-bom-crlf-greek.md',
    target: 'requirements/interconnection/INT-091.md',
    texts: [
      { text: 'Ανταλλαγή πληροφοριών συμβάντων', csv: true },
      { text: 'Το σύστημα παραδίδει κάθε μήνυμα EMSI\tστα κέντρα επιχειρήσεων.' },
      { text: 'Κοινή εικόνα κατάστασης.' },
    ],
  },
  {
    kind: 'builds',
    file: 'legit-bulgarian.md',
    target: 'requirements/interconnection/INT-092.md',
    texts: [
      { text: 'Обмен на информация за инциденти', csv: true },
      { text: 'Системата трябва да доставя съобщения до всеки свързан център.' },
    ],
  },
  {
    kind: 'builds',
    file: 'legit-arabic-rtl.md',
    target: 'requirements/interconnection/INT-093.md',
    texts: [
      { text: 'تبادل معلومات الحوادث بين المراكز', csv: true },
      { text: 'يجوز للنظام أن يرسل رسائل EMSI إلى كل مركز عمليات متصل خلال ٥ ثوانٍ.' },
    ],
  },
  {
    kind: 'builds',
    file: 'legit-emoji.md',
    target: 'requirements/interconnection/INT-094.md',
    texts: [
      { text: 'Alerts for 👩🏽‍🚒 crews 🇧🇪 🚓', csv: true },
      { text: 'The system shall show 🚨 on every alert\tand keep the 👍🏿 reaction.' },
    ],
  },
  {
    kind: 'builds',
    file: 'legit-parameter-names.md',
    target: 'requirements/interconnection/INT-095.md',
    texts: [
      { text: 'Parameters named like prototype fields', csv: true },
      { text: 'keep 7 copies' },
      { text: 'and 9 logs' },
    ],
  },
  {
    kind: 'builds',
    file: 'legit-spec-bom-crlf.yaml',
    target: 'specs/legit-spec-bom-crlf.yaml',
    texts: [{ text: 'Профил на Обединението' }, { text: 'شرطة المدينة' }, { text: 'Πλατφόρμα διασύνδεσης\tκέντρων' }],
  },
  // empty files: an empty tenderkit.yaml means the defaults (which define no scenarios), an empty template an empty introduction
  {
    kind: 'refused',
    file: 'config-empty.yaml',
    target: 'tenderkit.yaml',
    at: 'requirements/interconnection/INT-001.md:12:13',
    rule: 'unknown-scenario',
    message: /unknown scenario "flood"; tenderkit.yaml defines no scenarios/,
  },
  {
    kind: 'builds',
    file: 'template-empty.hbs',
    target: 'templates/introduction.md.hbs',
    texts: [{ text: 'Incident information exchange in EMSI', csv: true }],
  },
  {
    kind: 'builds',
    file: 'legit-template-bom-crlf.hbs',
    target: 'templates/introduction.md.hbs',
    texts: [
      { text: 'This document specifies EU baseline - operational centre interconnection.' },
      { text: 'Το έγγραφο περιέχει 6 απαιτήσεις.' },
    ],
  },
];
