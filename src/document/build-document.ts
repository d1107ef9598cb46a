import type { Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { heading, paragraph, strong, table, tagged, text } from './mdast-nodes.js';
import { selectionChapter } from './selection-chapter.js';
import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { parseMarkdown } from '../load/requirement/markdown-parser.js';
import { documentFrame, type DocumentFrame } from './i18n/document-frame.js';
import { NO_I18N, type I18n } from '../load/i18n.js';
import { intlLocale, languageName, sameLanguage } from '../lib/language-tag.js';
import {
  localiseRequirement,
  type LocalisationContext,
  type LocalisedRequirement,
} from './i18n/localise-requirement.js';
import { languagePosition, translationReport } from './i18n/translation-warnings.js';
import type { EffectiveRequirement, ResolvedSpec } from '../resolve/resolved.js';
import { annexOutputNames, effectiveAnnexes, type EffectiveAnnex } from '../resolve/effective-annexes.js';
import type { WorkspaceConfig } from '../load/config.js';
import { languagesOf } from '../load/spec/spec.js';
import type { Labels } from '../load/frame/labels.js';
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
  /** translations and workspace label files; none when absent */
  i18n?: I18n;
}

/** The tender specification of a resolved spec, as one mdast tree. Pure. */
export function buildDocument(
  resolved: ResolvedSpec,
  settings: DocumentSettings,
): { document: TenderDocument; diagnostics: Diagnostic[] } {
  const { spec } = resolved;
  const i18n = settings.i18n ?? NO_I18N;
  const where = { file: spec.file, at: languagePosition(spec, spec.language) };
  const { frame, diagnostics } = documentFrame(
    spec.language,
    { overrides: i18n.labelOverrides, templates: settings.templates, defaultLanguage: settings.config.defaultLanguage },
    where,
  );
  const { labels } = frame;
  // frame words in another language than the document's (no label set for it) carry their own tag
  const frameLang = sameLanguage(frame.labelsLanguage, spec.language) ? undefined : frame.labelsLanguage;
  const framed = <T extends RootContent>(node: T): T => tagged(node, frameLang);
  const context: LocalisationContext = {
    language: spec.language,
    labels,
    translations: i18n.translations,
    specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
  };
  const localised = new Map(resolved.requirements.map((r) => [r.id, localiseRequirement(r, context)]));
  const title = spec.procurement?.title ?? spec.title;
  const children: RootContent[] = [];

  children.push(heading(1, [text(title)], { cover: true }));
  children.push(paragraph([text(spec.title)], 'subtitle'));
  children.push(framed(coverTable(resolved, settings, frame)));
  children.push({ type: 'tableOfContents', depth: 2 });
  children.push({ type: 'pageBreak' });

  let chapter = 0;
  children.push(framed(heading(1, [text(labels.introduction)], { number: String(++chapter) })));
  const { introduction } = frame;
  const intro = renderTemplate(
    introduction.name,
    new Map([[introduction.name, introduction.source]]),
    escapeData(templateData(resolved, settings, frame)),
  );
  if (intro.ok) {
    children.push(...stripPositions(parseMarkdown(intro.markdown).children).map(framed));
  } else {
    diagnostics.push(
      diagnostic('error', 'template', intro.message, introduction.file, {
        line: intro.line ?? 1,
        column: intro.column ?? 1,
      }),
    );
  }

  for (const domain of settings.config.domains) {
    const members = resolved.requirements.filter((r) => r.source.domain === domain.id);
    if (members.length === 0) continue;
    const number = String(++chapter);
    children.push(framed(heading(1, [text(domainTitle(domain, frame, diagnostics, where))], { number })));
    members.forEach((r, i) =>
      children.push(...requirementBlock(r, localised.get(r.id)!, `${number}.${i + 1}`, frame, framed)),
    );
  }

  // who may tender comes before how the tenders are compared (Art. 56 of Directive 2014/24/EU)
  const selection = selectionChapter(resolved, labels, String(chapter + 1));
  if (selection.length > 0) {
    chapter++;
    children.push(...selection.map(framed));
  }

  if (spec.award.length > 0) {
    children.push(framed(heading(1, [text(labels.award.chapter)], { number: String(++chapter) })));
    children.push(framed(paragraph([text(labels.award.intro)])));
    children.push(framed(awardTable(resolved, labels)));
  }

  children.push({ type: 'pageBreak' });
  children.push(framed(heading(1, [text(labels.matrix.chapter)], { number: String(++chapter) })));
  children.push(framed(paragraph([text(labels.matrix.intro)])));
  children.push(framed(complianceTable(resolved, localised, frame)));

  // after the compliance matrix, the first annex: a spec's own annexes add a chapter and change no number before it
  const annexes = effectiveAnnexes(resolved);
  if (annexes.length > 0) {
    children.push({ type: 'pageBreak' });
    children.push(framed(heading(1, [text(labels.annexes.chapter)], { number: String(++chapter) })));
    children.push(framed(paragraph([text(labels.annexes.intro)])));
    const main = languagesOf(spec)[0];
    children.push(framed(annexTable(annexes, labels, spec.language === main ? undefined : spec.language)));
  }
  diagnostics.push(...translationReport(resolved, localised, where));

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
      footer: [
        spec.procurement?.reference,
        spec.title,
        settings.config.version === undefined ? undefined : `${labels.cover.version} ${settings.config.version}`,
      ]
        .filter(Boolean)
        .join(' \u2013 '),
      date: settings.date,
    },
  };
  return { document, diagnostics };
}

function stripPositions(nodes: RootContent[]): RootContent[] {
  return JSON.parse(JSON.stringify(nodes, (k, v: unknown) => (k === 'position' ? undefined : v))) as RootContent[];
}

function coverTable(resolved: ResolvedSpec, settings: DocumentSettings, frame: DocumentFrame): Table {
  const { labels } = frame;
  const { spec } = resolved;
  const rows: Array<[string, string]> = [];
  if (spec.authority)
    rows.push([
      labels.cover.authority,
      spec.authority.country ? `${spec.authority.name} (${spec.authority.country})` : spec.authority.name,
    ]);
  if (spec.procurement?.reference) rows.push([labels.cover.reference, spec.procurement.reference]);
  if (spec.procurement?.title) rows.push([labels.cover.title, spec.procurement.title]);
  if (spec.procurement?.cpv.length) rows.push([labels.cover.cpv, spec.procurement.cpv.join(', ')]);
  rows.push([labels.cover.language, `${languageName(spec.language, frame.labelsLanguage)} (${spec.language})`]);
  if (settings.showDate) rows.push([labels.cover.date, formatDate(settings.date, frame.locale)]);
  rows.push([labels.cover.specification, `${spec.id} \u2013 ${spec.title}`]);
  if (resolved.chain.length > 1)
    rows.push([
      labels.cover.basedOn,
      resolved.chain
        .slice(0, -1)
        .map((s) => s.id)
        .join(' > '),
    ]);
  const version = settings.config.version;
  if (version !== undefined) rows.push([labels.cover.version, version]);
  const [first, ...rest] = rows;
  return table(
    [first![0], first![1]],
    rest.map(([k, v]) => [[text(k)], [text(v)]]),
    [35, 65],
    true,
  );
}

/** "25 November 2026", "25 novembre 2026": the day of the build in the document's locale (UTC, as the build date is). */
function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A chapter title: the workspace's own in its default language, else the label set's, else the workspace's with a warning. */
function domainTitle(
  domain: WorkspaceConfig['domains'][number],
  frame: DocumentFrame,
  diagnostics: Diagnostic[],
  where: { file: string; at: { line: number; column: number } },
): string {
  if (sameLanguage(frame.labelsLanguage, 'en')) return domain.title;
  const title = Object.hasOwn(frame.labels.domains, domain.id) ? frame.labels.domains[domain.id] : undefined;
  if (title !== undefined) return title;
  diagnostics.push(
    diagnostic(
      'warning',
      'labels',
      `no ${languageName(frame.language, 'en')} title for the domain "${domain.id}": the chapter keeps "${domain.title}"; add domains.${domain.id} to labels/${frame.language.split('-')[0]}.yaml`,
      where.file,
      where.at,
    ),
  );
  return domain.title;
}

function templateData(resolved: ResolvedSpec, settings: DocumentSettings, frame: DocumentFrame) {
  const { spec } = resolved;
  const count = (o: string) => resolved.requirements.filter((r) => r.obligation === o).length;
  return {
    spec: { id: spec.id, title: spec.title, language: spec.language },
    catalogue: { version: settings.config.version ?? '' },
    authority: { name: spec.authority?.name ?? '', country: spec.authority?.country ?? '' },
    procurement: {
      title: spec.procurement?.title ?? '',
      reference: spec.procurement?.reference ?? '',
      cpv: spec.procurement?.cpv ?? [],
    },
    date: settings.showDate ? formatDate(settings.date, frame.locale) : '',
    chain: resolved.chain.slice(0, -1).map((s) => s.id),
    counts: {
      total: resolved.requirements.length,
      mandatory: count('mandatory'),
      recommended: count('recommended'),
      optional: count('optional'),
    },
    domains: settings.config.domains.map((d) => ({
      id: d.id,
      title: sameLanguage(frame.labelsLanguage, 'en') ? d.title : (frame.labels.domains[d.id] ?? d.title),
      count: resolved.requirements.filter((r) => r.source.domain === d.id).length,
    })),
  };
}

const SECTION_ORDER = ['acceptance-criteria', 'rationale', 'guidance', 'notes'];

function requirementBlock(
  r: EffectiveRequirement,
  l: LocalisedRequirement,
  number: string,
  frame: DocumentFrame,
  framed: <T extends RootContent>(node: T) => T,
): RootContent[] {
  const { labels, locale } = frame;
  const doc = frame.language;
  const other = (lang: string) => (sameLanguage(lang, doc) ? undefined : lang);
  /** parameter values written as the text's own language writes them */
  const filling = (lang: string) =>
    sameLanguage(lang, doc)
      ? { values: l.values, parameters: l.parameters, locale }
      : { ...l.source, locale: intlLocale(lang) };
  const fill = (nodes: readonly RootContent[], lang: string) => {
    const f = filling(lang);
    return substituteParameters(nodes, f.values, f.parameters, f.locale);
  };
  const fillText = (value: string, lang: string) => {
    const f = filling(lang);
    return substituteInText(value, f.values, f.parameters, f.locale);
  };
  const c = labels.colon;
  const out: RootContent[] = [];
  const titleLang = other(l.title.lang);
  out.push(
    heading(2, [text(`${r.id} `), text(fillText(l.title.text, l.title.lang), titleLang)], { bookmark: r.id, number }),
  );
  const whole = l.status === 'missing' || l.status === 'stale';
  if (whole) out.push(fallbackNote(labels, l.status as 'missing' | 'stale'));
  out.push(
    framed(
      paragraph(
        [
          strong(`${labels.field.obligation}${c}`),
          text(` ${labels.obligation[r.obligation]}    `),
          strong(`${labels.field.verification}${c}`),
          text(` ${r.verification.map((v) => labels.verification[v]).join(', ')}`),
        ],
        'label',
      ),
    ),
  );
  if (l.statement.fallback && !whole) out.push(fallbackNote(labels, 'missing'));
  out.push(...fill(l.statement.nodes, l.statement.lang).map((n) => tagged(n, other(l.statement.lang))));
  if (l.references.length > 0) {
    const items: PhrasingContent[] = [];
    l.references.forEach((ref, i) => {
      items.push(text(`${i === 0 ? ' ' : '; '}${ref.id}`));
      if (ref.title) items.push(text(', '), text(ref.title, other(ref.lang)));
      if (ref.equivalent) items.push(text(`, ${labels.field.orEquivalent}`));
    });
    out.push(framed(paragraph([strong(`${labels.field.references}${c}`), ...merged(items), text('.')])));
  }
  if (l.legalBasis.length > 0) {
    const items: PhrasingContent[] = [];
    l.legalBasis.forEach((entry, i) => items.push(text(i === 0 ? ' ' : '; '), text(entry.text, other(entry.lang))));
    out.push(framed(paragraph([strong(`${labels.field.legalBasis}${c}`), ...merged(items), text('.')])));
  }
  const sections = [...l.sections].sort((a, b) => rank(a.key) - rank(b.key));
  for (const s of sections) {
    if (s.nodes.length === 0) continue;
    const label = Object.hasOwn(labels.sections, s.key) ? labels.sections[s.key]! : s.heading;
    const labelLang = Object.hasOwn(labels.sections, s.key) ? undefined : other(s.lang);
    out.push(framed(paragraph([strong(label)], 'label')));
    if (labelLang) out[out.length - 1] = tagged(out[out.length - 1]!, labelLang);
    out.push(...fill(s.nodes, s.lang).map((n) => tagged(n, other(s.lang))));
  }
  return out;
}

/** "[Texte pas encore disponible en français : original anglais]", before a text shown in the source language. */
function fallbackNote(labels: Labels, kind: 'missing' | 'stale'): Paragraph {
  return paragraph([{ type: 'emphasis', children: [text(labels.fallback[kind])] }], 'note');
}

/** Adjacent plain texts in one node (same language), so renderers see one run where the words run on. */
function merged(items: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && item.type === 'text' && last.data?.lang === item.data?.lang) {
      out[out.length - 1] = { ...last, value: last.value + item.value };
    } else out.push(item);
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

/** Each annex's title and the files it is in the pack, each a link relative to the tender document. */
function annexTable(annexes: readonly EffectiveAnnex[], labels: Labels, further: string | undefined): Table {
  const rows = annexes.map((a) => {
    const files: PhrasingContent[] = [];
    annexOutputNames(a.path, undefined, further).forEach((name, i) => {
      if (i > 0) files.push(text(', '));
      // each segment as a URL: a file name with a space, "#" or "?" stays one relative link
      const url = name.split('/').map(encodeURIComponent).join('/');
      files.push({ type: 'link', url, children: [text(name)] });
    });
    return [[text(a.title)], files];
  });
  return table([labels.annexes.title, labels.annexes.files], rows, [55, 45]);
}

function joinLinks(ids: string[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  ids.forEach((id, i) => {
    if (i > 0) out.push(text(', '));
    out.push({ type: 'link', url: `#${id}`, children: [text(id)] });
  });
  return out;
}

function complianceTable(
  resolved: ResolvedSpec,
  localised: ReadonlyMap<string, LocalisedRequirement>,
  frame: DocumentFrame,
): Table {
  const { labels } = frame;
  const m = labels.matrix;
  const rows = resolved.requirements.map((r) => {
    const l = localised.get(r.id)!;
    const lang = sameLanguage(l.title.lang, frame.language) ? undefined : l.title.lang;
    return [
      [{ type: 'link', url: `#${r.id}`, children: [text(r.id)] } as PhrasingContent],
      [
        text(
          lang === undefined
            ? substituteInText(l.title.text, l.values, l.parameters, frame.locale)
            : substituteInText(l.title.text, l.source.values, l.source.parameters, intlLocale(lang)),
          lang,
        ),
      ],
      [text(labels.obligation[r.obligation])],
      [text(r.verification.map((v) => labels.verification[v]).join(', '))],
      [text('')],
      [text('')],
    ];
  });
  return table(
    [m.id, m.title, m.obligation, m.verification, m.response, m.bidderReference],
    rows,
    [12, 31, 16, 15, 12, 14],
  );
}
