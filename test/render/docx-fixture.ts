import type {
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import type { TenderDocument } from '../../src/document/tender-document.js';

/**
 * A tender document built directly as mdast, with every node type the Word renderer handles, so its tests do not
 * depend on the catalogue parser or the document builder. `requirements` scales it up for timing.
 */
export function sampleDocument({
  requirements = 6,
  perChapter = 3,
}: {
  requirements?: number;
  perChapter?: number;
} = {}): TenderDocument {
  const ids = Array.from({ length: requirements }, (_, i) => requirementId(i, perChapter));
  const children: RootContent[] = [
    heading(1, [t('Operational management system for a police operational centre')], { cover: true }),
    p([t('Interconnection platform - sample baseline specification')], 'subtitle'),
    table(
      [
        [[t('Contracting authority')], [t('Working group on operational centre interconnection')]],
        [[t('Procurement reference')], [t('WG-OCI-TEST-2027')]],
        [[t('Language')], [t('en')]],
      ],
      [35, 65],
      true,
    ),
    { type: 'tableOfContents', depth: 2 },
    { type: 'pageBreak' },
    heading(1, [t('Introduction')], { number: '1' }),
    p([
      t('This document sets out the '),
      strong('technical specifications'),
      t(' of the procurement, under '),
      { type: 'emphasis', children: [t('Directive 2014/24/EU')] },
      t(' ('),
      { type: 'link', url: 'https://eur-lex.europa.eu/eli/dir/2014/24/oj', children: [t('EUR-Lex')] },
      t('). Superseded wording is '),
      { type: 'delete', children: [t('struck through')] },
      t(', field names such as '),
      { type: 'inlineCode', value: 'max_delivery_seconds' },
      t(' are set in code,'),
      { type: 'break' },
      t('and a line break keeps its place.\nA soft line break is a space.'),
    ]),
    list(false, [
      item([p([t('A requirement stated with '), strong('shall'), t(' is mandatory.')])]),
      item([
        p([t('A requirement stated with '), strong('should'), t(' is recommended, assessed as follows:')]),
        list(true, [item([p([t('quality of the offer')])]), item([p([t('price of the offer')])])]),
      ]),
      item([p([t('A requirement stated with '), strong('may'), t(' is optional.')])], true),
    ]),
    list(true, [item([p([t('Third step of the procedure.')])]), item([p([t('Fourth step of the procedure.')])])], 3),
    {
      type: 'blockquote',
      children: [p([t('Every reference to a standard is followed by the words "or equivalent".')])],
    },
    { type: 'code', lang: 'yaml', value: 'parameters:\n  max_delivery_seconds: 5' },
    { type: 'thematicBreak' },
    heading(2, [t('Reading this document')], { number: '1.1' }),
    p([t('The bidder answers every requirement in the compliance matrix annexed to this document.')], 'note'),
  ];
  let chapter = 1;
  ids.forEach((id, i) => {
    if (i % perChapter === 0)
      children.push(heading(1, [t(chapterTitle(i / perChapter))], { number: String(++chapter) }));
    children.push(...requirementBlock(id, `${chapter}.${(i % perChapter) + 1}`, i, ids));
  });
  children.push(heading(1, [t('Award criteria')], { number: String(++chapter) }));
  children.push(
    table(
      [
        [[t('Criterion')], [t('Weight')], [t('Requirements assessed')]],
        [
          [t('Technical quality')],
          [t('70 %')],
          ids.slice(0, 2).flatMap((id, i) => [...(i ? [t(', ')] : []), link(id)]),
        ],
        [[strong('Total')], [strong('100 %')], [t('')]],
      ],
      [45, 15, 40],
    ),
  );
  children.push({ type: 'pageBreak' });
  children.push(heading(1, [t('Annex: Compliance matrix')], { number: String(++chapter) }));
  children.push(
    table(
      [
        [[t('Id')], [t('Requirement')], [t('Obligation')], [t('Response')]],
        ...ids.map((id, i) => [
          [link(id)],
          [t(requirementTitle(i))],
          [t(i % 3 === 2 ? 'Recommended' : 'Mandatory')],
          [t('')],
        ]),
      ],
      [14, 50, 20, 16],
    ),
  );
  children.push(p([t('Printed copies are not controlled.')], 'small'));
  const tree: Root = { type: 'root', children };
  return {
    tree,
    properties: {
      title: 'Operational management system for a police operational centre',
      subject: 'Interconnection platform - sample baseline specification',
      creator: 'Working group on operational centre interconnection',
      keywords: ['sample-baseline', '35710000-4', 'interconnection'],
      description: 'Sample baseline specification (sample-baseline)',
      language: 'en',
      footer: 'WG-OCI-TEST-2027 \u2013 Sample baseline specification',
      date: new Date(Date.UTC(2027, 2, 1)),
    },
  };
}

const PREFIXES = ['INT', 'SEC', 'EUS', 'RES'];
const CHAPTERS = [
  'Interconnection of operational centres',
  'Security',
  'EU sourcing and supply-chain sovereignty',
  'Resilience and crisis operation',
];
const TOPICS = [
  'Incident information exchange',
  'Alert distribution',
  'Situation reports',
  'Message acknowledgement',
  'Clock synchronisation',
  'Directory of peer centres',
];

function requirementId(i: number, perChapter: number): string {
  const chapter = Math.floor(i / perChapter);
  return `${PREFIXES[chapter % PREFIXES.length]}-${String((i % perChapter) + 1 + 1000 * Math.floor(chapter / PREFIXES.length)).padStart(3, '0')}`;
}

function chapterTitle(index: number): string {
  const base = CHAPTERS[index % CHAPTERS.length]!;
  return index < CHAPTERS.length ? base : `${base} (part ${Math.floor(index / CHAPTERS.length) + 1})`;
}

function requirementTitle(i: number): string {
  return `${TOPICS[i % TOPICS.length]} between centres`;
}

function requirementBlock(id: string, number: string, i: number, ids: string[]): RootContent[] {
  const next = ids[(i + 1) % ids.length]!;
  return [
    heading(2, [t(`${id} ${requirementTitle(i)}`)], { bookmark: id, number }),
    p([strong('Obligation:'), t(' Mandatory    '), strong('Verification:'), t(' Test, Demonstration')], 'label'),
    p([
      t(
        'The system shall deliver event messages conforming to ISO/TR 22351:2015 or equivalent to every connected peer centre within ',
      ),
      strong('5 s'),
      t(' of the event being recorded, as '),
      link(next, `requirement ${next}`),
      t(' describes for the receiving side.'),
    ]),
    p([strong('Acceptance criteria')], 'label'),
    list(false, [
      item([p([t('A test with 3 peer centres and 500 recorded events shows that 99 % of messages arrive in time.')])]),
      item([p([t('Every message sent in the test validates against the schema delivered with the offer.')])]),
    ]),
  ];
}

function t(value: string): PhrasingContent {
  return { type: 'text', value };
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [t(value)] };
}

function link(id: string, text = id): PhrasingContent {
  return { type: 'link', url: `#${id}`, children: [t(text)] };
}

function heading(depth: 1 | 2 | 3, children: PhrasingContent[], data: NonNullable<Heading['data']>): Heading {
  return { type: 'heading', depth, children, data };
}

function p(children: PhrasingContent[], role?: NonNullable<Paragraph['data']>['role']): Paragraph {
  return role ? { type: 'paragraph', children, data: { role } } : { type: 'paragraph', children };
}

function item(children: BlockContent[], checked?: boolean): ListItem {
  return { type: 'listItem', spread: false, children, ...(checked === undefined ? {} : { checked }) };
}

function list(ordered: boolean, children: ListItem[], start?: number): List {
  return { type: 'list', ordered, spread: false, children, ...(start === undefined ? {} : { start }) };
}

function table(rows: PhrasingContent[][][], widths: number[], keyValue = false): Table {
  const children: TableRow[] = rows.map((cells) => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c })),
  }));
  return { type: 'table', align: rows[0]!.map(() => null), children, data: { widths, keyValue } };
}
