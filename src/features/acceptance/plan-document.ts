import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { DocumentFrame } from '../../document/i18n/document-frame.js';
import { localiseRequirement, type LocalisationContext } from '../../document/i18n/localise-requirement.js';
import { formatValue } from '../../document/format-value.js';
import { substituteInText, substituteParameters } from '../../document/substitute-parameters.js';
import type { TenderDocument } from '../../document/tender-document.js';
import type { AcceptancePhase } from '../../load/spec/acceptance.js';
import type { TranslationSet } from '../../load/translation/translation.js';
import { fillIn } from '../../lib/text/fill-in.js';
import { intlLocale, sameLanguage } from '../../lib/language-tag.js';
import type { EffectiveRequirement, ResolvedSpec } from '../../resolve/resolved.js';
import { bullets, fieldTable, heading, pageBreak, paragraph, strong, table } from './blocks.js';
import type { Commitment } from './commitments.js';
import type { TestPlan } from './test-plan.js';

export interface PlanDocumentSettings {
  frame: DocumentFrame;
  translations: TranslationSet;
  date: Date;
  showDate: boolean;
  toolName: string;
  catalogueVersion?: string;
  /** the winner's returned response form: its name and the answers by requirement */
  bid?: { name: string; commitments: ReadonlyMap<string, Commitment> };
  /** the name of the results workbook in the plan's folder */
  workbook: string;
}

/**
 * The acceptance test plan of a spec in one language, as one document tree: the parts of a test plan in
 * ISO/IEC/IEEE 29119-3 (scope and test basis, phases, environment, entry and exit criteria, roles), then the
 * test case specifications, one per requirement and phase, and the approval page. Pure.
 */
export function planDocument(resolved: ResolvedSpec, plan: TestPlan, settings: PlanDocumentSettings): TenderDocument {
  const { frame } = settings;
  const a = frame.labels.acceptance;
  const { spec } = resolved;
  const c = frame.labels.colon;
  const phaseNames = (phases: readonly AcceptancePhase[]) =>
    phases.map((p) => `${a.phases[p]} (${a.phaseCodes[p]})`).join(', ');
  const count = (phase: AcceptancePhase) => plan.cases.filter((x) => x.phase === phase).length;
  const reference = spec.procurement?.reference ?? spec.id;
  const title = spec.procurement?.title ?? spec.title;
  const children: RootContent[] = [];

  children.push(heading(1, a.plan.title, { cover: true }));
  children.push(paragraph(title, 'subtitle'));
  const cover: Array<[string, string]> = [];
  if (spec.authority) cover.push([frame.labels.cover.authority, spec.authority.name]);
  cover.push([frame.labels.cover.reference, reference]);
  cover.push([frame.labels.cover.specification, `${spec.id} \u2013 ${spec.title}`]);
  if (settings.bid) cover.push([a.plan.cover.contractor, settings.bid.name]);
  cover.push([a.plan.cover.phases, plan.phases.map((p) => a.phaseCodes[p]).join(', ')]);
  cover.push([a.plan.cover.cases, String(plan.cases.length)]);
  if (settings.catalogueVersion !== undefined) cover.push([frame.labels.cover.version, settings.catalogueVersion]);
  if (settings.showDate) cover.push([frame.labels.cover.date, formatDate(settings.date, frame.locale)]);
  cover.push([a.plan.cover.status, a.plan.cover.statusValue]);
  children.push(fieldTable(cover, [35, 65]));
  children.push({ type: 'tableOfContents', depth: 1 });
  children.push(pageBreak());

  let chapter = 0;
  const chapterHeading = (value: string) => heading(1, value, { number: String(++chapter) });

  const s = a.plan.scope;
  children.push(chapterHeading(s.chapter));
  children.push(heading(2, s.purpose));
  children.push(paragraph(fillIn(s.purposeText, { reference, title, spec: spec.id })));
  children.push(
    paragraph(
      fillIn(s.coverage, {
        requirements: plan.requirements.length,
        cases: plan.cases.length,
        phases: phaseNames(plan.phases),
      }),
    ),
  );
  children.push(paragraph(s.acceptanceRule));
  children.push(heading(2, s.basis));
  const basis = [fillIn(s.basisSpec, { spec: spec.id, chain: resolved.chain.map((x) => x.id).join(' > ') })];
  if (settings.catalogueVersion !== undefined)
    basis.push(fillIn(s.basisCatalogue, { version: settings.catalogueVersion }));
  if (settings.bid) basis.push(fillIn(s.basisBid, { bid: settings.bid.name }));
  basis.push(fillIn(s.basisResults, { workbook: settings.workbook }));
  children.push(bullets(basis));
  children.push(paragraph(s.structure, 'note'));

  const ph = a.plan.phasesChapter;
  children.push(chapterHeading(ph.chapter));
  children.push(paragraph(ph.intro));
  children.push(
    table(
      [ph.phase, ph.where, ph.purpose, ph.cases],
      plan.phases.map((p) => [
        `${a.phases[p]} (${a.phaseCodes[p]})`,
        a.plan.where[p],
        a.plan.purpose[p],
        String(count(p)),
      ]),
      [20, 31, 33, 16],
    ),
  );

  const env = a.plan.environment;
  children.push(chapterHeading(env.chapter));
  children.push(paragraph(env.intro));
  children.push(bullets(plan.phases.map((p) => env.phases[p])));
  children.push(paragraph(env.data));

  const cr = a.plan.criteria;
  children.push(chapterHeading(cr.chapter));
  children.push(paragraph(cr.intro));
  children.push(
    table(
      [cr.phase, cr.entry, cr.exit],
      plan.phases.map((p) => [a.phaseCodes[p], cr.entryOf[p], fillIn(cr.exitAll, { phase: a.phases[p] })]),
      [14, 43, 43],
    ),
  );
  children.push(heading(2, cr.suspensionTitle));
  children.push(paragraph(cr.suspension));

  const ro = a.plan.roles;
  children.push(chapterHeading(ro.chapter));
  children.push(
    table(
      [ro.role, ro.duty],
      [
        [ro.testManager, ro.testManagerDuty],
        [ro.contractorLead, ro.contractorLeadDuty],
        [ro.witness, ro.witnessDuty],
      ],
      [32, 68],
    ),
  );

  const rec = a.plan.recording;
  children.push(chapterHeading(rec.chapter));
  children.push(paragraph(fillIn(rec.workbook, { workbook: settings.workbook })));
  children.push(paragraph(rec.junit));
  children.push(paragraph(rec.concession));
  children.push(paragraph(rec.outdated));

  const context: LocalisationContext = {
    language: frame.language,
    labels: frame.labels,
    translations: settings.translations,
    specLanguages: new Map(resolved.chain.map((x) => [x.id, x.language])),
  };
  const byId = new Map(resolved.requirements.map((r) => [r.id, r]));
  const localised = new Map<string, CaseTexts>();
  const textsOf = (r: EffectiveRequirement) => {
    let t = localised.get(r.id);
    if (!t) localised.set(r.id, (t = caseTexts(r, context, frame)));
    return t;
  };

  for (const phase of plan.phases) {
    const cases = plan.cases.filter((x) => x.phase === phase);
    if (cases.length === 0) continue;
    children.push(pageBreak());
    const number = String(++chapter);
    children.push(heading(1, fillIn(a.plan.casesChapter, { phase: a.phases[phase] }), { number }));
    children.push(paragraph(fillIn(a.plan.casesIntro, { count: cases.length, phase: a.phases[phase] })));
    cases.forEach((tc, i) => {
      const r = byId.get(tc.requirement)!;
      const t = textsOf(r);
      children.push(heading(2, `${tc.id} \u2013 ${t.title}`, { bookmark: tc.id, number: `${number}.${i + 1}` }));
      const fields: Array<[string, string | PhrasingContent[]]> = [
        [a.plan.requirement, `${r.id} \u2013 ${t.title}`],
        [a.plan.obligation, frame.labels.obligation[r.obligation]],
        [a.plan.methods, tc.methods.map((m) => frame.labels.verification[m]).join(', ')],
      ];
      if (t.parameters.length > 0) fields.push([a.plan.parameters, t.parameters.join('; ')]);
      if (settings.bid) fields.push([a.plan.commitment, commitmentText(settings.bid.commitments.get(r.id), frame)]);
      children.push(fieldTable(fields, [30, 70]));
      children.push(paragraph([strong(`${a.plan.testItem}${c}`)], 'label'));
      children.push(...t.statement);
      children.push(paragraph([strong(`${a.plan.expected}${c}`)], 'label'));
      children.push(...(t.criteria.length > 0 ? t.criteria : [paragraph(a.plan.expectedFallback)]));
    });
  }

  const ap = a.plan.approval;
  children.push(pageBreak());
  children.push(chapterHeading(ap.chapter));
  children.push(paragraph(ap.intro));
  children.push(
    table(
      [ap.role, ap.name, ap.date, ap.signature],
      [
        [a.plan.authorityRole, '', '', ''],
        [a.plan.contractorRole, settings.bid?.name ?? '', '', ''],
      ],
      [34, 26, 15, 25],
    ),
  );

  const tree: Root = { type: 'root', children };
  return {
    tree,
    properties: {
      title: `${a.plan.title} \u2013 ${title}`,
      subject: spec.title,
      creator: spec.authority?.name ?? settings.toolName,
      keywords: [spec.id, 'acceptance', ...plan.phases],
      description: fillIn(a.plan.description, { spec: spec.id }),
      language: frame.language,
      footer: [reference, a.plan.title].join(' \u2013 '),
      date: settings.date,
    },
  };
}

interface CaseTexts {
  title: string;
  statement: RootContent[];
  criteria: RootContent[];
  /** "max_delivery_seconds = 3 s" */
  parameters: string[];
}

/** A requirement's title, statement and acceptance criteria in the document language where translated, values filled in. */
function caseTexts(r: EffectiveRequirement, context: LocalisationContext, frame: DocumentFrame): CaseTexts {
  const l = localiseRequirement(r, context);
  const doc = frame.language;
  const filling = (lang: string) =>
    sameLanguage(lang, doc)
      ? { values: l.values, parameters: l.parameters, locale: frame.locale }
      : { ...l.source, locale: intlLocale(lang) };
  const tag = <T extends RootContent>(node: T, lang: string): T =>
    sameLanguage(lang, doc) ? node : ({ ...node, data: { ...(node.data ?? {}), lang } } as T);
  const fill = (nodes: readonly RootContent[], lang: string) => {
    const f = filling(lang);
    return substituteParameters(nodes, f.values, f.parameters, f.locale).map((n) => tag(n, lang));
  };
  const titleFill = filling(l.title.lang);
  const criteria = l.sections.find((s) => s.key === 'acceptance-criteria');
  return {
    title: substituteInText(l.title.text, titleFill.values, titleFill.parameters, titleFill.locale),
    statement: fill(l.statement.nodes, l.statement.lang),
    criteria: criteria ? fill(criteria.nodes, criteria.lang) : [],
    parameters: [...l.values].map(
      ([name, value]) => `${name} = ${formatValue(value, l.parameters.get(name), frame.locale)}`,
    ),
  };
}

function commitmentText(answer: Commitment | undefined, frame: DocumentFrame): string {
  const a = frame.labels.acceptance.plan;
  if (!answer || answer.response === '') return a.noAnswer;
  const words = frame.labels.matrix.responses;
  const response =
    answer.response === 'Comply'
      ? words.comply
      : answer.response === 'Partially comply'
        ? words.partial
        : answer.response === 'Do not comply'
          ? words.fail
          : answer.response;
  const parts = [response];
  if (answer.offerReference) parts.push(`${a.offerReference}${frame.labels.colon} ${answer.offerReference}`);
  if (answer.comment) parts.push(`${a.bidderComment}${frame.labels.colon} ${answer.comment}`);
  return parts.join('; ');
}

function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
