import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { validateAgainstSchema } from '../schema/validate-schema.js';
import type { SourceFile } from '../source-file.js';
import { knownYaml, parseYaml, type PositionStore } from '../yaml/parse-yaml.js';
import { withLazyNodes } from './lazy-nodes.js';
import { splitRequirement } from './split-requirement.js';
import type { Parameter, Reference, Requirement, Section, Statement } from './requirement.js';

export interface ParsedRequirement {
  requirement: Requirement | undefined;
  diagnostics: Diagnostic[];
}

interface RawRequirement {
  id: string;
  title: string;
  domain: string;
  obligation: Requirement['obligation'];
  verification: Requirement['verification'];
  status: Requirement['status'];
  references?: Array<Omit<Reference, 'equivalent'> & { equivalent?: boolean }>;
  legal_basis?: string[];
  justification?: string;
  scenarios?: string[];
  parameters?: Record<
    string,
    Omit<Parameter, 'stricter' | 'fixedBy'> & { stricter?: Parameter['stricter']; fixed_by?: string }
  >;
  tags?: string[];
  lint?: { disable: string[]; reason: string };
}

/**
 * A requirement file: YAML front matter, then the statement, then `##` sections. `known` is the front matter's
 * value when these bytes parsed and passed the schema before (the parse cache); both steps are then skipped.
 */
export function parseRequirement(file: SourceFile, known?: unknown, positions?: PositionStore): ParsedRequirement {
  const parts = splitRequirement(file.text);
  if (parts.frontMatter === undefined) {
    const message = parts.unclosedAt
      ? 'the front matter that starts here is never closed by a "---" line'
      : 'the file does not start with YAML front matter between "---" lines';
    return { requirement: undefined, diagnostics: [diagnostic('error', 'front-matter', message, file.path)] };
  }
  const lineOffset = parts.frontMatterLine - 1;
  const yamlOptions = { file: file.path, lineOffset };
  const parsed =
    known === undefined
      ? parseYaml(parts.frontMatter, yamlOptions, positions)
      : knownYaml(parts.frontMatter, known, yamlOptions, positions);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.value === undefined) return { requirement: undefined, diagnostics };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    diagnostics.push(
      diagnostic('error', 'schema', 'the front matter must be a map of fields', file.path, {
        line: parts.frontMatterLine,
        column: 1,
      }),
    );
    return { requirement: undefined, diagnostics };
  }
  const schemaErrors = known === undefined ? validateAgainstSchema('requirement', parsed.value, parsed, file.path) : [];
  diagnostics.push(...schemaErrors);
  if (schemaErrors.length > 0) return { requirement: undefined, diagnostics };

  const raw = parsed.value as RawRequirement;
  const statement: Statement = withLazyNodes({
    markdown: parts.statement.text,
    line: parts.statement.line,
    offset: parts.statement.offset,
  });
  const sections: Section[] = parts.sections.map((s) =>
    withLazyNodes({
      heading: s.heading,
      key: sectionKey(s.heading),
      markdown: s.content.text,
      line: s.headingLine,
      offset: s.content.offset,
    }),
  );
  if (statement.markdown.trim() === '') {
    diagnostics.push(
      diagnostic(
        'error',
        'statement',
        'the requirement has no statement: write it after the front matter, before the first "##" heading',
        file.path,
        { line: statement.line, column: 1 },
      ),
    );
  }
  const parameters = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(raw.parameters ?? {})) {
    const { fixed_by: fixedBy, ...rest } = p;
    parameters.set(name, { ...rest, stricter: p.stricter ?? 'none', ...(fixedBy !== undefined ? { fixedBy } : {}) });
  }
  const requirement: Requirement = {
    id: raw.id,
    title: raw.title,
    domain: raw.domain,
    obligation: raw.obligation,
    verification: raw.verification,
    status: raw.status,
    references: (raw.references ?? []).map((r) => ({ ...r, equivalent: r.equivalent ?? true })),
    legalBasis: raw.legal_basis ?? [],
    scenarios: raw.scenarios ?? [],
    parameters,
    tags: raw.tags ?? [],
    statement,
    sections,
    file: file.path,
    frontMatter: parsed,
    ...(raw.justification !== undefined ? { justification: raw.justification } : {}),
    ...(raw.lint !== undefined ? { lint: raw.lint } : {}),
  };
  return { requirement, diagnostics };
}

const sectionKeys = new Map<string, string>();

/** The key of a heading; the same few headings recur in every file, so each is worked out once. */
export function sectionKey(heading: string): string {
  let key = sectionKeys.get(heading);
  if (key === undefined) {
    key = slug(heading);
    if (sectionKeys.size < 10_000) sectionKeys.set(heading, key);
  }
  return key;
}

function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
