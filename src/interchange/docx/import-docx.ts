import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { loadWorkspace } from '../../check/load-workspace.js';
import { substituteParameters } from '../../document/substitute-parameters.js';
import { intlLocale } from '../../lib/language-tag.js';
import { descendants, textContent } from '../../lib/xml/safe-xml.js';
import { wordBookmarkName } from '../../render/docx/outline.js';
import type { EffectiveRequirement } from '../../resolve/resolved.js';
import { readComments } from './read-comments.js';
import { readDocxParts } from './read-docx-parts.js';
import { proposeStatement } from './statement-proposal.js';
import { type FieldText, walkTrackedBody } from './walk-tracked-body.js';

export interface ProposalComment {
  author: string;
  date: string;
  text: string;
}

export interface DocxProposal {
  requirement: string;
  field: string;
  from: unknown;
  to: unknown;
  authors: string[];
  comments: ProposalComment[];
}

export interface UnmappedChange {
  kind: 'insertion' | 'deletion' | 'comment';
  text: string;
  author: string;
}

/** The fixed JSON shape of DESIGN 2.3. */
export interface DocxImportReport {
  file: string;
  spec: string;
  proposals: DocxProposal[];
  unmapped: UnmappedChange[];
}

export type DocxImportOutcome =
  | { kind: 'done'; report: DocxImportReport; changedSinceBuild: string[] }
  | { kind: 'refused'; message: string }
  | { kind: 'usage'; message: string };

export interface DocxImportSettings {
  file: string;
  root: string;
  spec?: string | undefined;
}

/**
 * Reads the tracked changes and comments of a tender document that tenderkit built from this workspace and a
 * person edited, as proposals per requirement and field. Nothing is written.
 */
export async function importDocx(settings: DocxImportSettings): Promise<DocxImportOutcome> {
  const read = readDocxParts(settings.file);
  if (!read.ok) return { kind: 'refused', message: read.message };
  const { parts } = read;
  const keywords = parts.core ? descendants(parts.core, 'keywords').map(textContent).join('') : '';
  const builtFor = keywords.split(',')[0]?.trim() ?? '';
  const workspace = await loadWorkspace(settings.root, { lint: false });
  if (settings.spec !== undefined && !workspace.catalogue.specs.has(settings.spec)) {
    return { kind: 'usage', message: `unknown spec ${settings.spec}` };
  }
  if (builtFor === '' || !workspace.catalogue.specs.has(builtFor)) {
    return {
      kind: 'refused',
      message: `not a tender document built from this workspace: its properties name ${builtFor ? `spec "${builtFor}", which the workspace does not have` : 'no spec'}`,
    };
  }
  if (settings.spec !== undefined && settings.spec !== builtFor) {
    return { kind: 'refused', message: `the document was built for spec ${builtFor}, not ${settings.spec}` };
  }
  const resolved = workspace.resolution.resolved.get(builtFor);
  if (!resolved) return { kind: 'refused', message: `spec ${builtFor} does not resolve; run validate` };
  const byId = new Map(resolved.requirements.map((r) => [r.id, r]));
  const bookmarkToId = new Map(resolved.requirements.map((r) => [wordBookmarkName(r.id), r.id]));
  const walked = walkTrackedBody(parts.document, bookmarkToId);
  if (walked.bookmarks.size === 0) {
    return {
      kind: 'refused',
      message: 'the document has no requirement bookmarks, so no change can be tied to a requirement',
    };
  }
  const locale = intlLocale(resolved.spec.language);
  const proposals: DocxProposal[] = [];
  const byField = new Map<string, DocxProposal[]>();
  const changedSinceBuild = new Set<string>();
  for (const f of walked.fields) {
    const requirement = byId.get(f.requirement);
    if (!requirement) continue;
    if (!sameAsBuilt(f, requirement, locale)) changedSinceBuild.add(f.requirement);
    const made = fieldProposals(f, requirement, locale);
    byField.set(`${f.requirement}\u0000${f.field}`, made);
    if (f.changed) proposals.push(...made);
  }
  const unmapped: UnmappedChange[] = walked.unmapped.map((u) => ({ ...u }));
  const comments = readComments(parts.comments, parts.commentsExtended);
  const idAnchor = new Map(comments.map((c) => [c.id, walked.commentAnchors.get(c.id)]));
  for (const c of comments) {
    const anchor = idAnchor.get(c.id) ?? (c.replyTo !== undefined ? idAnchor.get(c.replyTo) : undefined);
    const comment = { author: c.author, date: c.date, text: c.text };
    if (!anchor || !byId.has(anchor.requirement)) {
      unmapped.push({ kind: 'comment', text: c.text, author: c.author });
      continue;
    }
    const key = `${anchor.requirement}\u0000${anchor.field}`;
    const targets = byField.get(key) ?? [];
    let attached = targets.filter((p) => proposals.includes(p));
    if (attached.length === 0) {
      const current = targets[0] ?? {
        requirement: anchor.requirement,
        field: anchor.field,
        from: '',
        to: '',
        authors: [],
        comments: [],
      };
      const still = { ...current, to: current.from, authors: [], comments: [] };
      proposals.push(still);
      byField.set(key, [still]);
      attached = [still];
    }
    for (const p of attached) p.comments.push(comment);
  }
  return {
    kind: 'done',
    report: {
      file: path.basename(settings.file),
      spec: builtFor,
      proposals: proposals.map((p) => ({
        requirement: p.requirement,
        field: p.field,
        from: p.from,
        to: p.to,
        authors: p.authors,
        comments: p.comments,
      })),
      unmapped,
    },
    changedSinceBuild: [...changedSinceBuild].sort(),
  };
}

function fieldProposals(f: FieldText, r: EffectiveRequirement, locale: string): DocxProposal[] {
  const base = { requirement: f.requirement, authors: [...f.authors].sort(), comments: [] as ProposalComment[] };
  switch (f.field) {
    case 'title':
      return [{ ...base, field: 'title', from: r.title, to: f.to }];
    case 'obligation':
      return [{ ...base, field: 'obligation', from: r.obligation, to: f.to.toLowerCase() }];
    case 'verification':
      return [
        {
          ...base,
          field: 'verification',
          from: r.verification,
          to: f.to
            .split(',')
            .map((v) => v.trim().toLowerCase())
            .filter(Boolean),
        },
      ];
    case 'statement': {
      const source = r.statement.markdown.trim();
      const made = proposeStatement(source, f.from, f.to, r.parameters, r.source.parameters, locale);
      const out: DocxProposal[] = made.parameters.map((p) => ({
        ...base,
        field: `parameters.${p.name}`,
        from: p.from,
        to: p.to,
      }));
      if (made.statement !== undefined || out.length === 0) {
        out.push({ ...base, field: 'statement', from: source, to: made.statement ?? source });
      }
      return out;
    }
    default:
      return [{ ...base, field: f.field, from: f.from, to: f.to }];
  }
}

/** Whether the document showed this field as the catalogue has it now (spacing aside). */
function sameAsBuilt(f: FieldText, r: EffectiveRequirement, locale: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  if (f.field === 'title') return squeeze(f.from) === squeeze(r.title);
  if (f.field === 'statement') {
    const shown = substituteParameters(r.statement.nodes, r.parameters, r.source.parameters, locale);
    return squeeze(f.from) === squeeze(shown.map((n) => toString(n)).join(''));
  }
  return true;
}
