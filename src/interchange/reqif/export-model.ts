import type { RootContent } from 'mdast';
import type { ParameterValue, Requirement } from '../../load/requirement/requirement.js';
import { substituteParameters } from '../../document/substitute-parameters.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Catalogue } from '../../load/catalogue.js';
import type { Domain } from '../../load/config.js';

/** One requirement as it goes into a ReqIF file. */
export interface ExportRequirement {
  id: string;
  title: string;
  domain: string;
  obligation: string;
  verification: string[];
  status: string;
  /** the statement with parameter values filled in, for readers in other tools */
  text: RootContent[];
  /** the front matter as tenderkit reads it back (for a spec: with the spec's effective values) */
  frontMatter: Record<string, unknown>;
  /** the Markdown after the front matter: statement and sections, placeholders kept */
  body: string;
}

export interface ExportDocument {
  /** "catalogue" or the spec id */
  scope: string;
  title: string;
  /** every domain of the workspace, in configuration order */
  domains: Domain[];
  /** in document order: by domain, then id */
  requirements: ExportRequirement[];
}

export const CATALOGUE_SCOPE = 'catalogue';

/** The whole catalogue, every requirement with its own values. */
export function catalogueExport(catalogue: Catalogue): ExportDocument {
  const order = new Map(catalogue.config.domains.map((d, i) => [d.id, i]));
  const requirements = [...catalogue.requirements.values()]
    .sort((a, b) => (order.get(a.domain) ?? order.size) - (order.get(b.domain) ?? order.size))
    .map((r) => {
      const defaults = new Map<string, ParameterValue>([...r.parameters].map(([name, p]) => [name, p.default]));
      return {
        id: r.id,
        title: r.title,
        domain: r.domain,
        obligation: r.obligation,
        verification: [...r.verification],
        status: r.status,
        text: substituteParameters(r.statement.nodes, defaults, r.parameters),
        frontMatter: frontMatterOf(r),
        body: bodyOf(sourceText(catalogue, r) ?? rebuiltBody(r.statement.markdown, r)),
      };
    });
  return { scope: CATALOGUE_SCOPE, title: 'Requirement catalogue', domains: catalogue.config.domains, requirements };
}

/** One resolved spec: its requirements with the values and texts that the spec's chain set. */
export function specExport(catalogue: Catalogue, resolved: ResolvedSpec): ExportDocument {
  const requirements = resolved.requirements.map((r) => {
    const front = frontMatterOf(r.source);
    front['title'] = r.title;
    front['obligation'] = r.obligation;
    front['verification'] = [...r.verification];
    const parameters = front['parameters'];
    if (parameters && typeof parameters === 'object') {
      for (const [name, value] of r.parameters) {
        const p = (parameters as Record<string, Record<string, unknown>>)[name];
        if (p) p['default'] = value;
      }
    }
    return {
      id: r.id,
      title: r.title,
      domain: r.source.domain,
      obligation: r.obligation,
      verification: [...r.verification],
      status: r.source.status,
      text: substituteParameters(r.statement.nodes, r.parameters, r.source.parameters),
      frontMatter: front,
      body:
        r.statementOverride === undefined
          ? bodyOf(sourceText(catalogue, r.source) ?? rebuiltBody(r.statement.markdown, r.source))
          : rebuiltBody(r.statement.markdown, r.source),
    };
  });
  return { scope: resolved.spec.id, title: resolved.spec.title, domains: catalogue.config.domains, requirements };
}

function frontMatterOf(r: Requirement): Record<string, unknown> {
  const value = r.frontMatter.value;
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (structuredClone(value) as Record<string, unknown>)
    : {};
}

function sourceText(catalogue: Catalogue, r: Requirement): string | undefined {
  return catalogue.sources.find((f) => f.path === r.file)?.text;
}

/** The text after the front matter of a requirement file. */
export function bodyOf(fileText: string): string {
  const m = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(fileText);
  return m ? fileText.slice(m[0].length) : fileText;
}

function rebuiltBody(statement: string, r: Requirement): string {
  const parts = [statement.trim(), ...r.sections.map((s) => `## ${s.heading}\n\n${s.markdown.trim()}`)];
  return `${parts.join('\n\n')}\n`;
}
