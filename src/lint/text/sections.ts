import type { Requirement, Section } from '../../catalogue/requirement.js';
import { LANGUAGES } from '../words/index.js';

/** Headings of acceptance criteria in every language with a list: a heading counts whatever the statement's language. */
const ACCEPTANCE_KEYS = new Set(LANGUAGES.flatMap((l) => l.acceptanceHeadings ?? []));

export function isAcceptanceSection(section: Section): boolean {
  return ACCEPTANCE_KEYS.has(section.key);
}

export function acceptanceSections(req: Requirement): Array<{ section: Section; index: number }> {
  return req.sections.flatMap((section, index) => (isAcceptanceSection(section) ? [{ section, index }] : []));
}

/** A section that says something: its prose has at least one letter. */
export function hasContent(section: Section | undefined): boolean {
  return section !== undefined && /\p{L}/u.test(section.markdown);
}
