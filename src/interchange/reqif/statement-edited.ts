import { parseMarkdown } from '../../load/requirement/markdown-parser.js';
import type { Parameter, ParameterValue } from '../../load/requirement/requirement.js';
import { splitRequirement } from '../../load/requirement/split-requirement.js';
import { substituteParameters } from '../../document/substitute-parameters.js';
import { parseXmlSafely, type XmlElement } from '../../lib/xml/safe-xml.js';
import { xhtmlText } from './markdown-from-xhtml.js';
import { xhtmlDiv } from './xhtml-from-mdast.js';

/**
 * Whether the ReqIF.Text of a tenderkit export was changed in another tool: the text of the statement that
 * tenderkit would write for this Markdown body differs from the text in the file. Markup differences that
 * keep the words (another tool re-wrapping the XHTML) do not count.
 */
export function statementWasEdited(
  body: string,
  frontMatter: Record<string, unknown>,
  xhtml: readonly XmlElement[],
): boolean {
  const statement = splitRequirement(body).statement.text;
  const parameters = parametersOf(frontMatter['parameters']);
  const values = new Map<string, ParameterValue>([...parameters].map(([name, p]) => [name, p.default]));
  const expected = parseXmlSafely(
    `<r xmlns:xhtml="http://www.w3.org/1999/xhtml">${xhtmlDiv(substituteParameters(parseMarkdown(statement).children, values, parameters))}</r>`,
  );
  if (!expected.ok) return true;
  return xhtmlText(expected.root.children) !== xhtmlText(xhtml);
}

function parametersOf(value: unknown): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [name, p] of Object.entries(value as Record<string, unknown>)) {
    if (!p || typeof p !== 'object') continue;
    const raw = p as Partial<Parameter>;
    if (raw.default === undefined) continue;
    out.set(name, {
      type: raw.type ?? 'string',
      default: raw.default,
      stricter: raw.stricter ?? 'none',
      ...(raw.unit !== undefined ? { unit: raw.unit } : {}),
    });
  }
  return out;
}
