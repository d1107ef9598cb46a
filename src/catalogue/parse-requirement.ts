import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { validateAgainstSchema } from '../schema/validate-schema.js';
import type { SourceFile } from '../workspace/source-file.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { parseMarkdown } from './markdown-parser.js';
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
  parameters?: Record<string, Omit<Parameter, 'stricter'> & { stricter?: Parameter['stricter'] }>;
  tags?: string[];
  lint?: { disable: string[]; reason: string };
}

/** A requirement file: YAML front matter, then the statement, then `##` sections. */
export function parseRequirement(file: SourceFile): ParsedRequirement {
  const tree = parseMarkdown(file.text);
  const head = tree.children[0];
  if (!head || head.type !== 'yaml') {
    return {
      requirement: undefined,
      diagnostics: [diagnostic('error', 'front-matter', 'the file does not start with YAML front matter between "---" lines', file.path)],
    };
  }
  const lineOffset = head.position?.start.line ?? 1;
  const parsed = parseYaml(head.value, { file: file.path, lineOffset });
  const diagnostics = [...parsed.diagnostics];
  if (parsed.value === undefined) return { requirement: undefined, diagnostics };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    diagnostics.push(diagnostic('error', 'schema', 'the front matter must be a map of fields', file.path, { line: lineOffset, column: 1 }));
    return { requirement: undefined, diagnostics };
  }
  const schemaErrors = validateAgainstSchema('requirement', parsed.value, parsed, file.path);
  diagnostics.push(...schemaErrors);
  if (schemaErrors.length > 0) return { requirement: undefined, diagnostics };

  const raw = parsed.value as RawRequirement;
  const body = tree.children.slice(1);
  const { statement, sections } = splitBody(body, file.text, (head.position?.end.line ?? 1) + 1);
  if (statement.markdown.trim() === '') {
    diagnostics.push(diagnostic('error', 'statement', 'the requirement has no statement: write it after the front matter, before the first "##" heading', file.path, { line: statement.line, column: 1 }));
  }
  const parameters = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(raw.parameters ?? {})) {
    parameters.set(name, { ...p, stricter: p.stricter ?? 'none' });
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

export function sectionKey(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function sliceSource(text: string, nodes: RootContent[]): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes[nodes.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return text.slice(first, last);
}

function splitBody(body: RootContent[], text: string, firstBodyLine: number): { statement: Statement; sections: Section[] } {
  const isSectionStart = (n: RootContent) => n.type === 'heading' && n.depth <= 2;
  let i = 0;
  const statementNodes: RootContent[] = [];
  while (i < body.length && !isSectionStart(body[i]!)) statementNodes.push(body[i++]!);
  const statement: Statement = {
    markdown: sliceSource(text, statementNodes),
    nodes: statementNodes,
    line: statementNodes[0]?.position?.start.line ?? firstBodyLine,
    offset: statementNodes[0]?.position?.start.offset ?? text.length,
  };
  const sections: Section[] = [];
  while (i < body.length) {
    const headingNode = body[i++]!;
    const nodes: RootContent[] = [];
    while (i < body.length && !isSectionStart(body[i]!)) nodes.push(body[i++]!);
    const heading = toString(headingNode);
    sections.push({
      heading,
      key: sectionKey(heading),
      markdown: sliceSource(text, nodes),
      nodes,
      line: headingNode.position?.start.line ?? 1,
      offset: nodes[0]?.position?.start.offset ?? headingNode.position?.end.offset ?? 0,
    });
  }
  return { statement, sections };
}
