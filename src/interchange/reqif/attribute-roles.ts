import type { ReqifAttributeDefinition } from './read-reqif.js';
import { ATTRIBUTE } from './write-reqif.js';

/** What an attribute of a foreign tool means to tenderkit. */
export type Role =
  | 'frontMatter'
  | 'markdown'
  | 'id'
  | 'title'
  | 'text'
  | 'chapterName'
  | 'domain'
  | 'obligation'
  | 'verification'
  | 'status'
  | 'rationale'
  | 'acceptance'
  | 'guidance'
  | 'notes';

/** Names normalised to lower-case letters and digits; the first list that holds a name decides its role. */
const ROLES: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['frontMatter', [key(ATTRIBUTE.frontMatter)]],
  ['markdown', [key(ATTRIBUTE.body)]],
  [
    'id',
    [
      'reqifforeignid',
      'foreignid',
      'id',
      'identifier',
      'objectidentifier',
      'objectid',
      'requirementid',
      'reqid',
      'iepuid',
      'puid',
      'uniqueid',
      'key',
      'number',
      'absolutenumber',
    ],
  ],
  [
    'title',
    ['reqifname', 'name', 'title', 'heading', 'objectheading', 'shorttext', 'summary', 'caption', 'requirementname'],
  ],
  [
    'text',
    [
      'reqiftext',
      'text',
      'objecttext',
      'description',
      'reqifdescription',
      'requirementtext',
      'content',
      'body',
      'statement',
    ],
  ],
  ['chapterName', ['reqifchaptername', 'chaptername', 'chapter', 'section', 'sectionname']],
  ['domain', ['domain', 'tenderkitdomain']],
  ['obligation', ['obligation', 'bindingforce', 'obligationlevel', 'legalbinding']],
  ['verification', ['verification', 'verificationmethod', 'verificationmethods', 'verifymethod']],
  ['status', ['status', 'state', 'reqifstatus', 'lifecyclestate']],
  ['rationale', ['rationale', 'reason', 'motivation']],
  ['acceptance', ['acceptancecriteria', 'acceptancecriterion', 'fitcriterion', 'fitcriteria']],
  ['guidance', ['guidance']],
  ['notes', ['notes', 'note', 'comment', 'comments']],
];

export function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** DOORS writes system attributes whose identifiers end in the role when there are no definitions to name them. */
const IDENTIFIER_SUFFIXES: ReadonlyArray<readonly [Role, RegExp]> = [
  ['text', /_OBJECTTEXT$/i],
  ['title', /_OBJECTHEADING$/i],
  ['id', /_(FOREIGNID|ABSOLUTENUMBER)$/i],
];

/** The attribute's name as people read it: its long name, else its description, else its identifier. */
export function attributeName(definitionId: string, definition: ReqifAttributeDefinition | undefined): string {
  return definition?.longName?.trim() || definition?.desc?.trim() || definitionId;
}

/** The role of an attribute and its rank among attributes of the same role (lower is better: `ReqIF.Text` before `Description`). */
export function roleOf(
  definitionId: string,
  definition: ReqifAttributeDefinition | undefined,
): { role: Role; rank: number } | undefined {
  const candidates = [definition?.longName, definition?.desc].filter((n): n is string => Boolean(n)).map(key);
  for (const [role, names] of ROLES) {
    const rank = Math.min(...candidates.map((c) => names.indexOf(c)).filter((i) => i >= 0));
    if (Number.isFinite(rank)) return { role, rank };
  }
  // descriptions such as "The textual description of the requirement." (Enterprise Architect)
  if (definition?.desc && /\btext(ual)? description\b|\brequirement text\b|\bthe story\b/i.test(definition.desc))
    return { role: 'text', rank: 50 };
  if (definition?.desc && !definition.longName && /^the status\b/i.test(definition.desc))
    return { role: 'status', rank: 50 };
  if (candidates.some((c) => c.endsWith('foreignid'))) return { role: 'id', rank: 50 };
  for (const [role, pattern] of IDENTIFIER_SUFFIXES) if (pattern.test(definitionId)) return { role, rank: 60 };
  return undefined;
}
