import { compareCodePoints } from '../../lib/text/order.js';
import { OBLIGATIONS, VERIFICATIONS, type Obligation, type Verification } from '../../load/requirement/requirement.js';
import { REQUIREMENT_ID_PATTERN } from '../../load/schema/requirement-schema.js';
import type { WorkspaceConfig } from '../../load/config.js';
import { attributeName, roleOf, type Role } from './attribute-roles.js';
import { markdownFromPlainText, markdownFromXhtml, xhtmlText } from './markdown-from-xhtml.js';
import type { ReqifDocument, ReqifHierarchy, ReqifObject, ReqifValue } from './read-reqif.js';
import { statementWasEdited } from './statement-edited.js';
import { STATUSES } from './write-reqif.js';
import type { XmlElement } from '../../lib/xml/safe-xml.js';

export interface MapOptions {
  config: WorkspaceConfig;
  /** the domain for requirements whose own data names none (`--domain`) */
  domain: string | undefined;
  /** the prefix of generated ids (`--prefix`); the domain's prefix by default */
  prefix: string | undefined;
  /** ids already used in the target workspace or folder */
  takenIds: ReadonlySet<string>;
}

/** A requirement file to write, before it is turned into text. */
export interface ImportedRequirement {
  id: string;
  frontMatter: Record<string, unknown>;
  body: string;
  /** the ReqIF object it came from and the id the other tool gave it */
  object: string;
  foreignId: string | undefined;
}

export interface MapReport {
  objects: number;
  headings: number;
  skipped: Array<{ object: string; reason: string }>;
  /** attribute names with no tenderkit meaning, and how many values each had */
  unmapped: Array<{ attribute: string; values: number }>;
  generatedIds: Array<{ id: string; object: string; foreignId: string | undefined; reason: string }>;
  /** fields set by a default because the file had no value for them: field -> count */
  defaulted: Record<string, number>;
  /** XHTML elements reduced to their text */
  droppedElements: string[];
  remarks: string[];
}

interface Extracted {
  role: Role;
  rank: number;
  text: string;
  xhtml: XmlElement[] | undefined;
}

const ID_PATTERN = new RegExp(REQUIREMENT_ID_PATTERN);
/** Attributes that describe the record, not the requirement: never taken as its text. */
const METADATA = /(created|modified|changed|author|owner|user|_by$|date|time)/i;

/** What the mapping of one document gathers as it goes. */
interface Mapping {
  doc: ReqifDocument;
  options: MapOptions;
  report: MapReport;
  requirements: ImportedRequirement[];
  /** ids of the file and of the workspace, claimed as they come */
  taken: Set<string>;
  /** requirements that get a generated id once every id of the file is claimed */
  pendingIds: PendingId[];
  unmapped: Map<string, number>;
  dropped: Set<string>;
  guessed: Map<string, number>;
}

interface PendingId {
  index: number;
  domainPrefix: string;
  object: string;
  foreignId: string | undefined;
  reason: string;
}

/** Turns the objects of a ReqIF document into tenderkit requirements, and says what it could not map. */
export function mapObjects(
  doc: ReqifDocument,
  options: MapOptions,
): { requirements: ImportedRequirement[]; report: MapReport } {
  const mapping: Mapping = {
    doc,
    options,
    report: emptyReport(doc.objects.length),
    requirements: [],
    taken: new Set(options.takenIds),
    pendingIds: [],
    unmapped: new Map(),
    dropped: new Set(),
    guessed: new Map(),
  };
  visitInDocumentOrder(mapping);
  assignGeneratedIds(mapping);
  return { requirements: mapping.requirements, report: finishReport(mapping) };
}

function emptyReport(objects: number): MapReport {
  return {
    objects,
    headings: 0,
    skipped: [],
    unmapped: [],
    generatedIds: [],
    defaulted: {},
    droppedElements: [],
    remarks: [],
  };
}

/** The specifications' hierarchies first (a heading names the chapter of what lies below it), then objects outside them. */
function visitInDocumentOrder(mapping: Mapping): void {
  const byId = new Map(mapping.doc.objects.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const walk = (nodes: readonly ReqifHierarchy[], path: string[]) => {
    for (const node of nodes) {
      const object = node.object ? byId.get(node.object) : undefined;
      let heading: string | undefined;
      if (object && !seen.has(object.id)) {
        seen.add(object.id);
        heading = mapObject(mapping, object, path);
      } else if (node.object && !object) {
        mapping.report.remarks.push(
          `the hierarchy refers to the object ${node.object}, which the file does not contain`,
        );
      }
      walk(node.children, heading ? [...path, heading] : path);
    }
  };
  for (const s of mapping.doc.specifications) walk(s.children, s.longName ? [s.longName] : []);
  for (const o of mapping.doc.objects) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    mapObject(mapping, o, []);
  }
}

/** One object: a requirement when it has a text, a heading (returned) when it has only a title, else skipped. */
function mapObject(mapping: Mapping, object: ReqifObject, path: string[]): string | undefined {
  const { report } = mapping;
  const fields = extract(object, mapping.doc, mapping.unmapped, mapping.guessed);
  const title = fields.get('title')?.text || fields.get('chapterName')?.text || object.longName?.trim() || '';
  if (!fields.get('text')?.text && !fields.get('markdown')?.text) {
    if (title) {
      report.headings++;
      return oneLine(title);
    }
    report.skipped.push({ object: object.id, reason: 'no text and no title' });
    return undefined;
  }
  const front = parseFrontMatter(fields.get('frontMatter')?.text, object.id, report);
  const foreignId =
    oneLine(fields.get('id')?.text ?? '') || (typeof front['id'] === 'string' ? front['id'] : undefined);
  const statement = statementOf(fields, front, object.id, report, mapping.dropped);
  const titleText = oneLine(title) || firstSentence(statement.statementText) || foreignId || object.id;
  const frontMatter = frontMatterOf(mapping, fields, front, path, statement.statementText, titleText);
  keepKnownScenarios(frontMatter, mapping.options.config, object.id, report);
  const index = mapping.requirements.length;
  mapping.requirements.push({ id: '', frontMatter, body: statement.body, object: object.id, foreignId });
  claimId(mapping, index, object.id, foreignId);
  return titleText;
}

/** The fields of the front matter: the attributes' values, then tenderkit's own front matter, then defaults (counted). */
function frontMatterOf(
  mapping: Mapping,
  fields: Map<Role, Extracted>,
  front: Record<string, unknown>,
  path: string[],
  statementText: string,
  titleText: string,
): Record<string, unknown> {
  const { config } = mapping.options;
  const count = (field: string) => {
    mapping.report.defaulted[field] = (mapping.report.defaulted[field] ?? 0) + 1;
  };
  const domain =
    matchDomain(fields.get('domain')?.text, config) ??
    matchDomain(stringField(front, 'domain'), config) ??
    path.map((p) => matchDomain(p, config)).find((d) => d !== undefined) ??
    matchDomain(mapping.options.domain, config);
  if (!domain) count('domain');
  const obligation =
    mapObligation(fields.get('obligation')?.text) ??
    validObligation(front['obligation']) ??
    obligationFromText(statementText);
  if (!fields.get('obligation') && front['obligation'] === undefined) count('obligation');
  const verification = mapVerification(fields.get('verification')?.text) ?? validVerification(front['verification']);
  if (!verification) count('verification');
  const status =
    mapStatus(fields.get('status')?.text) ??
    (STATUSES.includes(front['status'] as never) ? (front['status'] as string) : undefined);
  if (!status) count('status');
  const frontMatter: Record<string, unknown> = {
    id: '',
    title: titleText.length > 200 ? `${titleText.slice(0, 199)}…` : titleText,
    domain: domain ?? config.domains[0]?.id ?? 'imported',
    obligation,
    verification: verification ?? ['inspection'],
    status: status ?? 'draft',
  };
  for (const k of ['references', 'legal_basis', 'justification', 'scenarios', 'parameters', 'tags', 'lint']) {
    if (front[k] !== undefined) frontMatter[k] = front[k];
  }
  return frontMatter;
}

/** Scenarios the target workspace does not define are left out, and said so. */
function keepKnownScenarios(
  frontMatter: Record<string, unknown>,
  config: WorkspaceConfig,
  object: string,
  report: MapReport,
): void {
  const scenarios = frontMatter['scenarios'];
  if (!Array.isArray(scenarios)) return;
  const known = new Set(config.scenarios.map((s) => s.id));
  const unknown = scenarios.filter((s) => !known.has(s as string));
  if (!unknown.length) return;
  report.remarks.push(
    `${object}: scenarios ${unknown.join(', ')} are not defined in the target workspace and were left out`,
  );
  const kept = scenarios.filter((s) => known.has(s as string));
  if (kept.length) frontMatter['scenarios'] = kept;
  else delete frontMatter['scenarios'];
}

/** The object's own id when it is a free tenderkit id; otherwise a generated one later, with the reason. */
function claimId(mapping: Mapping, index: number, object: string, foreignId: string | undefined): void {
  const requirement = mapping.requirements[index]!;
  if (foreignId && ID_PATTERN.test(foreignId) && !mapping.taken.has(foreignId)) {
    mapping.taken.add(foreignId);
    requirement.id = foreignId;
    requirement.frontMatter['id'] = foreignId;
    return;
  }
  const reason = !foreignId
    ? 'the object has no id'
    : ID_PATTERN.test(foreignId)
      ? `${foreignId} is already used`
      : `"${foreignId}" is not a tenderkit id`;
  const domain = requirement.frontMatter['domain'];
  const domainPrefix = mapping.options.config.domains.find((d) => d.id === domain)?.prefix ?? 'IMP';
  mapping.pendingIds.push({ index, domainPrefix, object, foreignId, reason });
}

/** Generated ids come last, so that every id the file itself brings is reserved first; the original is kept as a tag. */
function assignGeneratedIds(mapping: Mapping): void {
  for (const p of mapping.pendingIds) {
    const r = mapping.requirements[p.index]!;
    const id = nextFreeId(mapping.options.prefix ?? p.domainPrefix, mapping.taken);
    mapping.taken.add(id);
    r.id = id;
    r.frontMatter['id'] = id;
    const tags = Array.isArray(r.frontMatter['tags']) ? (r.frontMatter['tags'] as unknown[]) : [];
    const tag = `reqif-id:${p.foreignId ?? p.object}`;
    r.frontMatter['tags'] = tags.includes(tag) ? tags : [...tags, tag];
    mapping.report.generatedIds.push({ id, object: p.object, foreignId: p.foreignId, reason: p.reason });
  }
}

function finishReport(mapping: Mapping): MapReport {
  const { report } = mapping;
  report.unmapped = [...mapping.unmapped]
    .map(([attribute, values]) => ({ attribute, values }))
    .sort((a, b) => compareCodePoints(a.attribute, b.attribute));
  report.droppedElements = [...mapping.dropped].sort();
  for (const [name, n] of mapping.guessed) {
    report.remarks.push(
      `no attribute is named like a requirement text: took the XHTML attribute "${name}" as the text of ${n} object${n === 1 ? '' : 's'}`,
    );
  }
  return report;
}

/**
 * The best value of each role on one object; values without a role are counted as unmapped. An object with
 * no attribute that names its text (DOORS files often lack the definitions) gets its longest XHTML value.
 */
function extract(
  object: ReqifObject,
  doc: ReqifDocument,
  unmapped: Map<string, number>,
  guessed: Map<string, number>,
): Map<Role, Extracted> {
  const fields = new Map<Role, Extracted>();
  const unnamedXhtml: Array<{ name: string; text: string; content: XmlElement[] }> = [];
  for (const v of object.values) {
    const definition = doc.attributes.get(v.definition);
    const found = roleOf(v.definition, definition);
    const text = valueText(v);
    if (!found) {
      if (text) {
        const name = attributeName(v.definition, definition);
        unmapped.set(name, (unmapped.get(name) ?? 0) + 1);
        if (v.kind === 'XHTML') unnamedXhtml.push({ name, text, content: v.content });
      }
      continue;
    }
    const current = fields.get(found.role);
    if (current && (current.rank < found.rank || (current.rank === found.rank && current.text) || !text)) continue;
    fields.set(found.role, {
      role: found.role,
      rank: found.rank,
      text,
      xhtml: v.kind === 'XHTML' ? v.content : undefined,
    });
  }
  const named = (role: Role) => Boolean(fields.get(role)?.text);
  const candidates = unnamedXhtml.filter((c) => !METADATA.test(c.name));
  if (!named('text') && !named('markdown') && !named('title') && !named('chapterName') && candidates.length) {
    const longest = candidates.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    fields.set('text', { role: 'text', rank: 99, text: longest.text, xhtml: longest.content });
    unmapped.set(longest.name, (unmapped.get(longest.name) ?? 1) - 1);
    if (unmapped.get(longest.name) === 0) unmapped.delete(longest.name);
    guessed.set(longest.name, (guessed.get(longest.name) ?? 0) + 1);
  }
  return fields;
}

function valueText(v: ReqifValue): string {
  if (v.kind === 'XHTML') return xhtmlText(v.content);
  if (v.kind === 'ENUMERATION') return v.refs.join(', ');
  return v.text.trim();
}

function parseFrontMatter(json: string | undefined, object: string, report: MapReport): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  report.remarks.push(`${object}: the tenderkit front matter attribute is not a JSON object and was ignored`);
  return {};
}

function statementOf(
  fields: Map<Role, Extracted>,
  front: Record<string, unknown>,
  object: string,
  report: MapReport,
  dropped: Set<string>,
): { body: string; statementText: string } {
  const text = fields.get('text');
  const markdown = fields.get('markdown')?.text;
  const converted = () => {
    if (!text) return '';
    if (!text.xhtml) return markdownFromPlainText(text.text);
    const c = markdownFromXhtml(text.xhtml);
    c.dropped.forEach((d) => dropped.add(d));
    return c.markdown;
  };
  if (markdown) {
    const body = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    if (!text?.xhtml || !statementWasEdited(body, front, text.xhtml))
      return { body, statementText: text?.text ?? body };
    report.remarks.push(
      `${object}: ReqIF.Text was changed in another tool; the changed text replaces the statement (its parameters are now plain values)`,
    );
    const sections = /\n(#{1,2}[ \t][\s\S]*)$/.exec(`\n${body}`)?.[1] ?? '';
    return { body: `${[converted(), sections.trim()].filter(Boolean).join('\n\n')}\n`, statementText: text.text };
  }
  const parts = [converted()];
  for (const [role, heading] of [
    ['rationale', 'Rationale'],
    ['acceptance', 'Acceptance criteria'],
    ['guidance', 'Guidance'],
    ['notes', 'Notes'],
  ] as const) {
    const f = fields.get(role);
    if (!f?.text) continue;
    const content = f.xhtml ? markdownFromXhtml(f.xhtml).markdown : markdownFromPlainText(f.text);
    if (content) parts.push(`## ${heading}\n\n${content}`);
  }
  return { body: `${parts.filter(Boolean).join('\n\n')}\n`, statementText: text?.text ?? '' };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function firstSentence(text: string): string {
  const line = oneLine(text);
  const sentence = /^(.{10,}?[.!?])(\s|$)/.exec(line)?.[1] ?? line;
  if (sentence.length <= 80) return sentence;
  const cut = sentence.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

function stringField(front: Record<string, unknown>, k: string): string | undefined {
  const v = front[k];
  return typeof v === 'string' ? v : undefined;
}

function matchDomain(value: string | undefined, config: WorkspaceConfig): string | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  return config.domains.find(
    (d) => d.id.toLowerCase() === v || d.title.toLowerCase() === v || d.prefix.toLowerCase() === v,
  )?.id;
}

function mapObligation(value: string | undefined): Obligation | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (/^(mandatory|must|shall|required|essential|binding|high|obligatory)$/.test(v)) return 'mandatory';
  if (/^(recommended|should|worthwhile|desirable|desired|medium|important)$/.test(v)) return 'recommended';
  if (/^(optional|may|nice[ -]to[ -]have|low|informative|informational)$/.test(v)) return 'optional';
  return undefined;
}

function validObligation(v: unknown): Obligation | undefined {
  return OBLIGATIONS.includes(v as Obligation) ? (v as Obligation) : undefined;
}

/** The obligation a text's modal verb states; "shall" when it has none (a requirement is binding unless it says otherwise). */
function obligationFromText(text: string): Obligation {
  if (/\b(shall|must)\b/i.test(text)) return 'mandatory';
  if (/\bshould\b/i.test(text)) return 'recommended';
  if (/\bmay\b/i.test(text)) return 'optional';
  return 'mandatory';
}

function mapVerification(value: string | undefined): Verification[] | undefined {
  if (!value) return undefined;
  const out: Verification[] = [];
  for (const w of value.toLowerCase().split(/[^a-z]+/)) {
    const v = VERIFICATIONS.find((x) => w === x || w === x.slice(0, 4) || (w.length === 1 && w === x[0]));
    if (v && !out.includes(v)) out.push(v);
  }
  return out.length ? out : undefined;
}

function validVerification(v: unknown): Verification[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.filter((x): x is Verification => VERIFICATIONS.includes(x as Verification));
  return out.length ? [...new Set(out)] : undefined;
}

function mapStatus(value: string | undefined): string | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (STATUSES.includes(v as never)) return v;
  if (/(accept|approv|implement|released|baselin|valid|agreed|final)/.test(v) && !/not|un/.test(v)) return 'approved';
  if (/(reject|obsolete|delet|withdrawn|retired|deprecat|cancel)/.test(v)) return 'deprecated';
  return 'draft';
}

/** The next id with this prefix above every number in use: `INT-031` after `INT-030`. */
function nextFreeId(prefix: string, taken: ReadonlySet<string>): string {
  const pattern = new RegExp(`^${prefix.replace(/[^A-Z0-9-]/g, '')}-(\\d{3,4})$`);
  let highest = 0;
  for (const id of taken) {
    const m = pattern.exec(id);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  const n = highest + 1;
  return `${prefix}-${String(n).padStart(n > 999 ? 4 : 3, '0')}`;
}
