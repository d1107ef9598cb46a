import type { Requirement, Section } from '../../load/requirement/requirement.js';
import { LANGUAGES } from '../../lib/language/words/index.js';

/** Headings of acceptance criteria in every language with a list: a heading counts whatever the statement's language. */
const ACCEPTANCE_KEYS = new Set(LANGUAGES.flatMap((l) => l.acceptanceHeadings ?? []));

export function isAcceptanceSection(section: Section): boolean {
  return ACCEPTANCE_KEYS.has(section.key);
}

const acceptance = new WeakMap<Requirement, ReadonlyArray<{ section: Section; index: number }>>();

/** The acceptance criteria sections of a requirement with their indexes, found once: three rules ask for them. */
export function acceptanceSections(req: Requirement): ReadonlyArray<{ section: Section; index: number }> {
  let sections = acceptance.get(req);
  if (!sections) {
    sections = req.sections.flatMap((section, index) => (isAcceptanceSection(section) ? [{ section, index }] : []));
    acceptance.set(req, sections);
  }
  return sections;
}

/** A section that says something: its prose has at least one letter. */
export function hasContent(section: Section | undefined): boolean {
  return section !== undefined && /\p{L}/u.test(section.markdown);
}
