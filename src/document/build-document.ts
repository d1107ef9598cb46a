import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { parseMarkdown } from '../catalogue/markdown-parser.js';
import type { EffectiveRequirement, ResolvedSpec } from '../spec/resolved.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { EN, type Labels } from './labels.js';
import { escapeData, renderTemplate } from './render-template.js';
import { substituteInText, substituteParameters } from './substitute-parameters.js';
import type { TenderDocument } from './tender-document.js';

export interface DocumentSettings {
  config: WorkspaceConfig;
  /** workspace templates by file name, overriding the built-in ones */
  templates: ReadonlyMap<string, string>;
  toolName: string;
  /** the fixed date of the document (cover and properties) */
  date: Date;
  /** show the date on the cover (false when it is only a reproducibility default) */
  showDate: boolean;
  labels?: Labels;
}

/** The tender specification of a resolved spec, as one mdast tree. Pure. */
export function buildDocument(resolved: ResolvedSpec, settings: DocumentSettings): { document: TenderDocument; diagnostics: Diagnostic[] } {
  const labels = settings.labels ?? EN;
  const { spec } = resolved;
  const diagnostics: Diagnostic[] = [];
  const title = spec.procurement?.title ?? spec.title;
  const children: RootContent[] = [];

  children.push(heading(1, [text(title)], { cover: true }));
  children.push(paragraph([text(spec.title)], 'subtitle'));
  children.push(coverTable(resolved, settings, labels));
  children.push({ type: 'tableOfContents', depth: 2 });
  children.push({ type: 'pageBreak' });

  let chapter = 0;
  children.push(heading(1, [text(labels.introduction)], { number: String(++chapter) }));
  const intro = renderTemplate('introduction.md.hbs', settings.templates, escapeData(templateData(resolved, settings)));
  if (intro.ok) {
    children.push(...stripPositions(parseMarkdown(intro.markdown).children));
  } else {
    const file = settings.templates.has('introduction.md.hbs') ? 'templates/introduction.md.hbs' : '<built-in>/introduction.md.hbs';
    diagnostics.push(diagnostic('error', 'template', intro.message, file, { line: intro.line ?? 1, column: intro.column ?? 1 }));
  }

  for (const domain of settings.config.domains) {
    const members = resolved.requirements.filter((r) => r.source.domain === domain.id);
    if (members.length === 0) continue;
    const number = String(++chapter);
    children.push(heading(1, [text(domain.title)], { number }));
    members.forEach((r, i) => children.push(...requirementBlock(r, `${number}.${i + 1}`, labels)));
  }

  if (spec.award.length > 0) {
    children.push(heading(1, [text(labels.award.chapter)], { number: String(++chapter) }));
    children.push(paragraph([text(labels.award.intro)]));
    children.push(awardTable(resolved, labels));
  }

  children.push({ type: 'pageBreak' });
  children.push(heading(1, [text(labels.matrix.chapter)], { number: String(++chapter) }));
  children.push(paragraph([text(labels.matrix.intro)]));
  children.push(complianceTable(resolved, labels));

  const tree: Root = { type: 'root', children };
  const document: TenderDocument = {
    tree,
    properties: {
      title,
      subject: spec.title,
      creator: spec.authority?.name ?? settings.toolName,
      keywords: [spec.id, ...(spec.procurement?.cpv ?? []), ...settings.config.domains.map((d) => d.id)],
      description: `${spec.title} (${resolved.chain.map((s) => s.id).join(' > ')})`,
      language: spec.language,
      footer: [spec.procurement?.reference, spec.title].filter(Boolean).join(' \u2013 '),
      date: settings.date,
    },
  };
  return { document, diagnostics };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] };
}

function heading(depth: 1 | 2 | 3, children: PhrasingContent[], data: NonNullable<Heading['data']> = {}): Heading {
  return { type: 'heading', depth, children, data };
}

function paragraph(children: PhrasingContent[], role?: NonNullable<Paragraph['data']>['role']): Paragraph {
  return role ? { type: 'paragraph', children, data: { role } } : { type: 'paragraph', children };
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function row(cells: PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map(cell) };
}

function table(header: string[], rows: PhrasingContent[][][], widths: number[], keyValue = false): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)],
    data: { widths, keyValue },
  };
}

function stripPositions(nodes: RootContent[]): RootContent[] {
  return JSON.parse(JSON.stringify(nodes, (k, v: unknown) => (k === 'position' ? undefined : v))) as RootContent[];
}

function coverTable(resolved: ResolvedSpec, settings: DocumentSettings, labels: Labels): Table {
  const { spec } = resolved;
  const rows: Array<[string, string]> = [];
  if (spec.authority) rows.push([labels.cover.authority, spec.authority.country ? `${spec.authority.name} (${spec.authority.country})` : spec.authority.name]);
  if (spec.procurement?.reference) rows.push([labels.cover.reference, spec.procurement.reference]);
  if (spec.procurement?.title) rows.push([labels.cover.title, spec.procurement.title]);
  if (spec.procurement?.cpv.length) rows.push([labels.cover.cpv, spec.procurement.cpv.join(', ')]);
  rows.push([labels.cover.language, languageName(spec.language)]);
  if (settings.showDate) rows.push([labels.cover.date, settings.date.toISOString().slice(0, 10)]);
  rows.push([labels.cover.specification, `${spec.id} \u2013 ${spec.title}`]);
  if (resolved.chain.length > 1) rows.push([labels.cover.basedOn, resolved.chain.slice(0, -1).map((s) => s.id).join(' > ')]);
  const [first, ...rest] = rows;
  return table([first![0], first![1]], rest.map(([k, v]) => [[text(k)], [text(v)]]), [35, 65], true);
}

/** "Dutch (nl)": the name of a language tag, in English until the frame is localised. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

function templateData(resolved: ResolvedSpec, settings: DocumentSettings) {
  const { spec } = resolved;
  const count = (o: string) => resolved.requirements.filter((r) => r.obligation === o).length;
  return {
    spec: { id: spec.id, title: spec.title, language: spec.language },
    authority: { name: spec.authority?.name ?? '', country: spec.authority?.country ?? '' },
    procurement: { title: spec.procurement?.title ?? '', reference: spec.procurement?.reference ?? '', cpv: spec.procurement?.cpv ?? [] },
    date: settings.showDate ? settings.date.toISOString().slice(0, 10) : '',
    chain: resolved.chain.slice(0, -1).map((s) => s.id),
    counts: { total: resolved.requirements.length, mandatory: count('mandatory'), recommended: count('recommended'), optional: count('optional') },
    domains: settings.config.domains.map((d) => ({ id: d.id, title: d.title, count: resolved.requirements.filter((r) => r.source.domain === d.id).length })),
  };
}

const SECTION_ORDER = ['acceptance-criteria', 'rationale', 'guidance', 'notes'];

function requirementBlock(r: EffectiveRequirement, number: string, labels: Labels): RootContent[] {
  const out: RootContent[] = [];
  const params = r.source.parameters;
  out.push(heading(2, [text(`${r.id} ${r.title}`)], { bookmark: r.id, number }));
  out.push(
    paragraph([
      strong(`${labels.field.obligation}:`),
      text(` ${labels.obligation[r.obligation]}    `),
      strong(`${labels.field.verification}:`),
      text(` ${r.verification.map((v) => labels.verification[v]).join(', ')}`),
    ], 'label'),
  );
  out.push(...substituteParameters(r.statement.nodes, r.parameters, params));
  if (r.source.references.length > 0) {
    const items = r.source.references.map((ref) => {
      const parts = [ref.id, ref.title ? `, ${ref.title}` : '', ref.equivalent ? `, ${labels.field.orEquivalent}` : ''];
      return parts.join('');
    });
    out.push(paragraph([strong(`${labels.field.references}:`), text(` ${items.join('; ')}.`)]));
  }
  if (r.source.legalBasis.length > 0) {
    out.push(paragraph([strong(`${labels.field.legalBasis}:`), text(` ${r.source.legalBasis.join('; ')}.`)]));
  }
  const sections = [...r.source.sections].sort((a, b) => rank(a.key) - rank(b.key));
  for (const s of sections) {
    if (s.nodes.length === 0) continue;
    const label = labels.sections[s.key] ?? s.heading;
    out.push(paragraph([strong(label)], 'label'));
    out.push(...substituteParameters(stripPositions(s.nodes), r.parameters, params));
  }
  return out;
}

function rank(key: string): number {
  const i = SECTION_ORDER.indexOf(key);
  return i < 0 ? SECTION_ORDER.length : i;
}

function awardTable(resolved: ResolvedSpec, labels: Labels): Table {
  const rows = resolved.spec.award.map((a) => [
    [text(a.title)],
    [text(`${a.weight} %`)],
    a.requirements.length ? joinLinks(a.requirements) : [text('\u2013')],
  ]);
  const total = resolved.spec.award.reduce((s, a) => s + a.weight, 0);
  rows.push([[strong(labels.award.total)], [strong(`${total} %`)], [text('')]]);
  return table([labels.award.criterion, labels.award.weight, labels.award.requirements], rows, [45, 15, 40]);
}

function joinLinks(ids: string[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  ids.forEach((id, i) => {
    if (i > 0) out.push(text(', '));
    out.push({ type: 'link', url: `#${id}`, children: [text(id)] });
  });
  return out;
}

function complianceTable(resolved: ResolvedSpec, labels: Labels): Table {
  const m = labels.matrix;
  const rows = resolved.requirements.map((r) => [
    [{ type: 'link', url: `#${r.id}`, children: [text(r.id)] } as PhrasingContent],
    [text(substituteInText(r.title, r.parameters, r.source.parameters))],
    [text(labels.obligation[r.obligation])],
    [text(r.verification.map((v) => labels.verification[v]).join(', '))],
    [text('')],
    [text('')],
  ]);
  return table([m.id, m.title, m.obligation, m.verification, m.response, m.bidderReference], rows, [12, 34, 12, 16, 12, 14]);
}
