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

/** Turns the objects of a ReqIF document into tenderkit requirements, and says what it could not map. */
export function mapObjects(
  doc: ReqifDocument,
  options: MapOptions,
): { requirements: ImportedRequirement[]; report: MapReport } {
  const report: MapReport = {
    objects: doc.objects.length,
    headings: 0,
    skipped: [],
    unmapped: [],
    generatedIds: [],
    defaulted: {},
    droppedElements: [],
    remarks: [],
  };
  const unmapped = new Map<string, number>();
  const dropped = new Set<string>();
  const guessed = new Map<string, number>();
  const byId = new Map(doc.objects.map((o) => [o.id, o]));
  const taken = new Set(options.takenIds);
  const requirements: ImportedRequirement[] = [];
  const pendingIds: Array<{
    index: number;
    domainPrefix: string;
    object: string;
    foreignId: string | undefined;
    reason: string;
  }> = [];
  const count = (field: string) => {
    report.defaulted[field] = (report.defaulted[field] ?? 0) + 1;
  };

  const visit = (object: ReqifObject, path: string[]): string | undefined => {
    const fields = extract(object, doc, unmapped, guessed);
    const text = fields.get('text');
    const markdownField = fields.get('markdown');
    const title = fields.get('title')?.text || fields.get('chapterName')?.text || object.longName?.trim() || '';
    if (!text?.text && !markdownField?.text) {
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

    const domain =
      matchDomain(fields.get('domain')?.text, options.config) ??
      matchDomain(stringField(front, 'domain'), options.config) ??
      path.map((p) => matchDomain(p, options.config)).find((d) => d !== undefined) ??
      matchDomain(options.domain, options.config);
    const chosenDomain = domain ?? options.config.domains[0]?.id ?? 'imported';
    if (!domain) count('domain');

    const statement = statementOf(fields, front, object.id, report, dropped);
    const obligation =
      mapObligation(fields.get('obligation')?.text) ??
      validObligation(front['obligation']) ??
      obligationFromText(statement.statementText);
    if (!fields.get('obligation') && front['obligation'] === undefined) count('obligation');
    const verification = mapVerification(fields.get('verification')?.text) ?? validVerification(front['verification']);
    if (!verification) count('verification');
    const status =
      mapStatus(fields.get('status')?.text) ??
      (STATUSES.includes(front['status'] as never) ? (front['status'] as string) : undefined);
    if (!status) count('status');

    const titleText = oneLine(title) || firstSentence(statement.statementText) || foreignId || object.id;
    const fm: Record<string, unknown> = {
      id: '',
      title: titleText.length > 200 ? `${titleText.slice(0, 199)}…` : titleText,
      domain: chosenDomain,
      obligation,
      verification: verification ?? ['inspection'],
      status: status ?? 'draft',
    };
    for (const k of ['references', 'legal_basis', 'justification', 'scenarios', 'parameters', 'tags', 'lint']) {
      if (front[k] !== undefined) fm[k] = front[k];
    }
    const scenarios = fm['scenarios'];
    if (Array.isArray(scenarios)) {
      const known = new Set(options.config.scenarios.map((s) => s.id));
      const unknown = scenarios.filter((s) => !known.has(s as string));
      if (unknown.length) {
        report.remarks.push(
          `${object.id}: scenarios ${unknown.join(', ')} are not defined in the target workspace and were left out`,
        );
        const kept = scenarios.filter((s) => known.has(s as string));
        if (kept.length) fm['scenarios'] = kept;
        else delete fm['scenarios'];
      }
    }

    const index = requirements.length;
    requirements.push({ id: '', frontMatter: fm, body: statement.body, object: object.id, foreignId });
    if (foreignId && ID_PATTERN.test(foreignId) && !taken.has(foreignId)) {
      taken.add(foreignId);
      requirements[index]!.id = foreignId;
      fm['id'] = foreignId;
    } else {
      const reason = !foreignId
        ? 'the object has no id'
        : ID_PATTERN.test(foreignId)
          ? `${foreignId} is already used`
          : `"${foreignId}" is not a tenderkit id`;
      const domainPrefix = options.config.domains.find((d) => d.id === chosenDomain)?.prefix ?? 'IMP';
      pendingIds.push({ index, domainPrefix, object: object.id, foreignId, reason });
    }
    return titleText;
  };

  const seen = new Set<string>();
  const walk = (nodes: readonly ReqifHierarchy[], path: string[]) => {
    for (const node of nodes) {
      const object = node.object ? byId.get(node.object) : undefined;
      let heading: string | undefined;
      if (object && !seen.has(object.id)) {
        seen.add(object.id);
        heading = visit(object, path);
      } else if (node.object && !object) {
        report.remarks.push(`the hierarchy refers to the object ${node.object}, which the file does not contain`);
      }
      walk(node.children, heading ? [...path, heading] : path);
    }
  };
  for (const s of doc.specifications) walk(s.children, s.longName ? [s.longName] : []);
  for (const o of doc.objects) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    visit(o, []);
  }

  // generated ids come last, so that every id the file itself brings is reserved first
  for (const p of pendingIds) {
    const r = requirements[p.index]!;
    const prefix = options.prefix ?? p.domainPrefix;
    const id = nextFreeId(prefix, taken);
    taken.add(id);
    r.id = id;
    r.frontMatter['id'] = id;
    const original = p.foreignId ?? p.object;
    const tags = Array.isArray(r.frontMatter['tags']) ? (r.frontMatter['tags'] as unknown[]) : [];
    const tag = `reqif-id:${original}`;
    r.frontMatter['tags'] = tags.includes(tag) ? tags : [...tags, tag];
    report.generatedIds.push({ id, object: p.object, foreignId: p.foreignId, reason: p.reason });
  }
  report.unmapped = [...unmapped]
    .map(([attribute, values]) => ({ attribute, values }))
    .sort((a, b) => (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0));
  report.droppedElements = [...dropped].sort();
  for (const [name, n] of guessed) {
    report.remarks.push(
      `no attribute is named like a requirement text: took the XHTML attribute "${name}" as the text of ${n} object${n === 1 ? '' : 's'}`,
    );
  }
  return { requirements, report };
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
