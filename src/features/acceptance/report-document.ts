import type { Root, RootContent } from 'mdast';
import type { DocumentFrame } from '../../document/i18n/document-frame.js';
import type { TenderDocument } from '../../document/tender-document.js';
import { fillIn } from '../../lib/text/fill-in.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { AcceptanceReport, CaseOutcome, Counts, RequirementOutcome } from './acceptance-report.js';
import { bullets, fieldTable, heading, pageBreak, paragraph, strong, table } from './blocks.js';

export interface ReportDocumentSettings {
  frame: DocumentFrame;
  date: Date;
  toolName: string;
  /** the plan's folder as the command line named it */
  plan: string;
  /** a docx ends with the certificate page to sign when the system is accepted; Markdown does not */
  certificate: boolean;
}

/**
 * The acceptance report as one document tree: the decision, the counts per phase, the punch list of blocking
 * requirements, conflicting results, every requirement's cases, and, when accepted, the certificate to sign. Pure.
 */
export function reportDocument(
  resolved: ResolvedSpec,
  report: AcceptanceReport,
  settings: ReportDocumentSettings,
): TenderDocument {
  const { frame } = settings;
  const labels = frame.labels;
  const a = labels.acceptance;
  const r = a.report;
  const { spec } = resolved;
  const reference = spec.procurement?.reference ?? spec.id;
  const title = spec.procurement?.title ?? spec.title;
  const children: RootContent[] = [];
  children.push(heading(1, r.title, { cover: true }));
  children.push(paragraph(title, 'subtitle'));
  const cover: Array<[string, string]> = [];
  if (spec.authority) cover.push([labels.cover.authority, spec.authority.name]);
  cover.push([labels.cover.reference, reference]);
  cover.push([labels.cover.specification, `${spec.id} \u2013 ${spec.title}`]);
  cover.push([a.plan.title, settings.plan]);
  children.push(fieldTable(cover, [35, 65]));

  let chapter = 0;
  const chapterHeading = (value: string) => heading(1, value, { number: String(++chapter) });
  children.push(chapterHeading(r.decision));
  children.push(
    paragraph([strong(report.accepted ? r.accepted : fillIn(r.notAccepted, { count: report.blocking.length }))]),
  );

  children.push(chapterHeading(r.summary));
  const statusHeads = (['passed', 'failed', 'not-run', 'concession', 'outdated'] as const).map((s) => r.statuses[s]);
  const countRow = (name: string, c: Counts) => [
    name,
    String(c.cases),
    String(c.passed),
    String(c.failed),
    String(c.notRun),
    String(c.concession),
    String(c.outdated),
  ];
  children.push(
    table(
      [r.phase, r.cases, ...statusHeads],
      [
        ...Object.entries(report.phases).map(([p, c]) =>
          countRow(`${a.phases[p as keyof typeof a.phases]} (${a.phaseCodes[p as keyof typeof a.phaseCodes]})`, c),
        ),
        countRow(r.total, report.summary),
      ],
      [22, 13, 13, 13, 13, 13, 13],
    ),
  );

  const byId = new Map(report.requirements.map((x) => [x.id, x]));
  children.push(chapterHeading(r.punchList));
  if (report.blocking.length === 0) children.push(paragraph(r.noPunch));
  else {
    children.push(paragraph(r.punchIntro));
    children.push(
      table(
        [r.requirement, r.obligation, r.status, r.detail],
        report.blocking.map((id) => {
          const x = byId.get(id)!;
          return [id, labels.obligation[x.obligation], statusText(x, settings), caseList(x.cases, settings, true)];
        }),
        [16, 14, 16, 54],
      ),
    );
  }

  if (report.conflicts.length > 0) {
    children.push(chapterHeading(r.conflicts));
    children.push(
      bullets(
        report.conflicts.map((c) => {
          const sources = c.results.map((x) => `${x.source} (${x.result}${x.date ? `, ${x.date}` : ''})`).join(', ');
          return c.winner
            ? fillIn(r.conflictResolved, { case: c.case, sources, winner: c.winner })
            : fillIn(r.conflictOpen, { case: c.case, sources });
        }),
      ),
    );
  }

  children.push(chapterHeading(r.requirements));
  children.push(
    table(
      [r.requirement, r.obligation, r.status, r.detail],
      report.requirements.map((x) => [
        x.id,
        labels.obligation[x.obligation],
        statusText(x, settings),
        caseList(x.cases, settings, false),
      ]),
      [16, 14, 16, 54],
    ),
  );

  if (settings.certificate && report.accepted) {
    const cert = r.certificate;
    children.push(pageBreak());
    children.push(chapterHeading(cert.title));
    children.push(
      paragraph(fillIn(cert.text, { authority: spec.authority?.name ?? '', reference, title, spec: spec.id })),
    );
    children.push(
      paragraph(
        fillIn(cert.phases, {
          phases: Object.keys(report.phases)
            .map((p) => a.phaseCodes[p as keyof typeof a.phaseCodes])
            .join(', '),
          cases: report.summary.cases,
        }),
      ),
    );
    children.push(paragraph(fillIn(cert.plan, { plan: settings.plan })));
    if (report.inputs.length > 0)
      children.push(
        paragraph(
          fillIn(cert.inputs, {
            files: report.inputs.map((i) => `${i.file} (SHA-256 ${i.sha256.slice(0, 16)})`).join(', '),
          }),
        ),
      );
    const concessions = report.requirements.flatMap((x) =>
      x.cases.filter((c) => c.status === 'concession').map((c) => `${c.id}: ${c.concession ?? ''}`),
    );
    children.push(paragraph([strong(`${cert.concessions}${labels.colon}`)], 'label'));
    children.push(concessions.length > 0 ? bullets(concessions) : paragraph(cert.none));
    const ap = a.plan.approval;
    children.push(
      table(
        [ap.role, ap.name, ap.date, ap.signature],
        [
          [a.plan.authorityRole, '', '', ''],
          [a.plan.contractorRole, '', '', ''],
        ],
        [34, 26, 15, 25],
      ),
    );
  }

  const tree: Root = { type: 'root', children };
  return {
    tree,
    properties: {
      title: `${r.title} \u2013 ${title}`,
      subject: spec.title,
      creator: spec.authority?.name ?? settings.toolName,
      keywords: [spec.id, 'acceptance'],
      description: fillIn(r.description, { spec: spec.id }),
      language: frame.language,
      footer: [reference, r.title].join(' \u2013 '),
      date: settings.date,
    },
  };
}

function statusText(x: RequirementOutcome, settings: ReportDocumentSettings): string {
  const r = settings.frame.labels.acceptance.report;
  const status = r.statuses[x.status];
  return x.outdated === 'not-planned' ? `${status} (${r.notPlanned})` : status;
}

/** "TC-INT-004-fat: Failed (results.xlsx!G12)", one case a line; only the cases that block when `blockingOnly`. */
function caseList(cases: readonly CaseOutcome[], settings: ReportDocumentSettings, blockingOnly: boolean): string {
  const r = settings.frame.labels.acceptance.report;
  const shown = blockingOnly ? cases.filter((c) => c.status !== 'passed' && c.status !== 'concession') : cases;
  return shown
    .map((c) => {
      const extra = [
        c.concession ? fillIn(r.concessionRef, { reference: c.concession }) : undefined,
        c.source,
        c.evidence?.join(', '),
      ].filter(Boolean);
      return `${c.id}: ${r.statuses[c.status]}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`;
    })
    .join('; ');
}
