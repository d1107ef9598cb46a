import type { Labels } from '../../load/frame/labels.js';
import type { TrackedParagraph } from './walk-tracked-body.js';
import { escapeRegExp } from '../../lib/text/escape-reg-exp.js';

/** The text of one field of one requirement in a document, before and after its tracked changes. */
export interface FieldText {
  requirement: string;
  /** title, obligation, verification, statement, references, legal_basis, sections.<key> */
  field: string;
  from: string;
  to: string;
  changed: boolean;
  authors: Set<string>;
  /** ids of the comments anchored in the field */
  comments: string[];
}

/** The words the document frame adds around a requirement's fields, in the document's language. */
export interface FrameWords {
  obligation: string;
  verification: string;
  references: string;
  legalBasis: string;
  /** section label as shown -> section key */
  sections: ReadonlyMap<string, string>;
}

export function frameWords(labels: Labels): FrameWords {
  return {
    obligation: labels.field.obligation,
    verification: labels.field.verification,
    references: labels.field.references,
    legalBasis: labels.field.legalBasis,
    sections: new Map(Object.entries(labels.sections).map(([key, label]) => [normalise(label), key])),
  };
}

const NOTE_STYLE = /^note$/i;
const LABEL_STYLE = /^label$/i;

/**
 * Groups the paragraphs of each requirement into its fields, following the layout the renderers write: the heading
 * is the title; a label paragraph that starts with the obligation label holds obligation and verification; the
 * references and legal basis paragraphs start with their labels; any other label paragraph opens a section; the
 * paragraphs before the first section are the statement; notes (a translation's fallback) are no field.
 */
export function layoutFields(paragraphs: readonly TrackedParagraph[], words: FrameWords): FieldText[] {
  const fields = new Map<string, { parts: TrackedParagraph[]; requirement: string; field: string }>();
  const add = (requirement: string, field: string, p: TrackedParagraph): void => {
    const key = `${requirement}\u0000${field}`;
    let entry = fields.get(key);
    if (!entry) fields.set(key, (entry = { parts: [], requirement, field }));
    entry.parts.push(p);
  };
  let requirement: string | undefined;
  let field = 'statement';
  for (const p of paragraphs) {
    if (p.requirement === undefined) {
      requirement = undefined;
      continue;
    }
    if (p.requirement !== requirement) {
      requirement = p.requirement;
      add(requirement, 'title', p);
      field = 'statement';
      continue;
    }
    if (NOTE_STYLE.test(p.style)) continue;
    const shown = p.from.trim() === '' ? p.to : p.from;
    if (LABEL_STYLE.test(p.style) && startsWithLabel(shown, words.obligation)) {
      add(requirement, 'label-line', p);
      field = 'statement';
      continue;
    }
    if (startsWithLabel(shown, words.references)) {
      add(requirement, 'references', p);
      continue;
    }
    if (startsWithLabel(shown, words.legalBasis)) {
      add(requirement, 'legal_basis', p);
      continue;
    }
    if (LABEL_STYLE.test(p.style)) {
      field = `sections.${words.sections.get(normalise(shown)) ?? normalise(shown)}`;
      continue;
    }
    add(requirement, field, p);
  }
  const out: FieldText[] = [];
  for (const { parts, requirement: id, field: name } of fields.values()) {
    const joined = join(parts);
    if (name === 'label-line') {
      out.push(...labelLine(id, joined, words));
      continue;
    }
    const tidy = (t: string) => (name === 'title' ? titleText(t, id) : stripLabel(t, name, words).trim());
    out.push({ ...joined, requirement: id, field: name, from: tidy(joined.from), to: tidy(joined.to) });
  }
  return out;
}

type Joined = Omit<FieldText, 'requirement' | 'field'>;

/** The paragraphs of one field as one text per reading, "\n" where a paragraph mark stands in that reading. */
function join(parts: readonly TrackedParagraph[]): Joined {
  let from = '';
  let to = '';
  const authors = new Set<string>();
  const comments: string[] = [];
  parts.forEach((p, i) => {
    from += p.from;
    to += p.to;
    if (i < parts.length - 1) {
      if (p.markFrom) from += '\n';
      if (p.markTo) to += '\n';
    }
    for (const a of p.authors) authors.add(a);
    comments.push(...p.comments);
  });
  return { from, to, changed: parts.some((p) => p.changed), authors, comments };
}

/** "Obligation: Mandatory    Verification: Test, Demonstration" as its two fields. */
function labelLine(requirement: string, joined: Joined, words: FrameWords): FieldText[] {
  const split = (text: string) => {
    const rest = text.replace(labelPattern(words.obligation), '');
    const at = rest.search(new RegExp(escapeRegExp(words.verification), 'i'));
    if (at < 0) return { obligation: rest.trim(), verification: '' };
    return {
      obligation: rest.slice(0, at).trim(),
      verification: rest.slice(at).replace(labelPattern(words.verification), '').trim(),
    };
  };
  const from = split(joined.from);
  const to = split(joined.to);
  return (['obligation', 'verification'] as const).map((field) => ({
    ...joined,
    authors: from[field] === to[field] ? new Set<string>() : joined.authors,
    changed: joined.changed && from[field] !== to[field],
    requirement,
    field,
    from: from[field],
    to: to[field],
    comments: field === 'obligation' ? joined.comments : [],
  }));
}

/** A heading's text without its number and the requirement id: "2.1\tINT-001 Title" is "Title". */
function titleText(text: string, id: string): string {
  return text
    .trim()
    .replace(/^[\d.]+\t/, '')
    .replace(new RegExp(`^${escapeRegExp(id)}\\s+`), '')
    .trim();
}

function stripLabel(text: string, field: string, words: FrameWords): string {
  if (field === 'references') return text.replace(labelPattern(words.references), '');
  if (field === 'legal_basis') return text.replace(labelPattern(words.legalBasis), '');
  return text;
}

function startsWithLabel(text: string, label: string): boolean {
  return labelPattern(label).test(text);
}

/** The label at the start of a text, with the colon as any language writes it ("Obligation:", "Obligation :"). */
function labelPattern(label: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(label)}[\\s\\u00a0\\u202f]*:`, 'i');
}

function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
