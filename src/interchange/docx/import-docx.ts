import path from 'node:path';
import { fileDiagnostic } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { frameOf, wordingOf } from '../../document/i18n/frame-of.js';
import { localiseRequirement } from '../../document/i18n/localise-requirement.js';
import { EN, type Labels } from '../../load/frame/labels.js';
import { NO_I18N } from '../../load/i18n.js';
import type { Obligation, Verification } from '../../load/requirement/requirement.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';
import type { DocumentIdentity } from '../../render/docx/document-identity.js';
import { wordBookmarkName } from '../../render/docx/outline.js';
import type { EffectiveRequirement, ResolvedSpec } from '../../resolve/resolved.js';
import { specFingerprint } from '../../resolve/spec-fingerprint.js';
import { currentDocument } from './current-document.js';
import { type FieldSource, fieldSources } from './field-sources.js';
import { type FieldText, frameWords, layoutFields } from './field-layout.js';
import { mapTextEdit } from './map-text-edit.js';
import { readComments } from './read-comments.js';
import { readDocxParts } from './read-docx-parts.js';
import { readIdentity } from './read-identity.js';
import { walkTrackedBody } from './walk-tracked-body.js';

export interface ProposalComment {
  author: string;
  date: string;
  text: string;
  /** marked done in Word */
  resolved: boolean;
  /** an answer to the comment before it */
  reply: boolean;
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
  kind: 'insertion' | 'deletion' | 'comment' | 'change';
  text: string;
  author: string;
  /** for a change inside a requirement that could not be mapped: where, and why */
  requirement?: string;
  field?: string;
  reason?: string;
}

/** The fixed JSON shape of DESIGN 2.3. */
export interface DocxImportReport {
  file: string;
  spec: string;
  proposals: DocxProposal[];
  unmapped: UnmappedChange[];
}

/** What the import found about the document against the catalogue as it is now. */
export interface DocumentStanding {
  /** the spec's fingerprint when the document was built, and now */
  builtFrom: string;
  now: string;
  /** requirements whose text in the catalogue differs from what the document shows (with its changes rejected) */
  changed: string[];
  /** requirements of the spec that the document does not have */
  added: string[];
  /** requirements the document has that the spec no longer selects */
  removed: string[];
}

/** A document that cannot be read as one tenderkit built is refused with a diagnostic of the file (rule `docx`). */
export type DocxImportOutcome = Result<{
  report: DocxImportReport;
  standing: DocumentStanding;
  identity: DocumentIdentity;
  /** what --apply needs: the workspace, the spec, each proposal's source */
  context: ImportContext;
}>;

export interface ImportContext {
  workspace: Workspace<Resolution>;
  resolved: ResolvedSpec;
  /** requirement id -> field -> source */
  sources: Map<string, Map<string, FieldSource>>;
  /** requirement id -> section key -> heading in the source */
  sectionHeadings: Map<string, Map<string, string>>;
}

export interface DocxImportSettings {
  file: string;
  root: string;
  spec?: string | undefined;
}

/**
 * Reads the tracked changes and comments of a tender document (or deviations redline) that tenderkit built from this
 * workspace and a person edited, as proposals per requirement and field. Nothing is written.
 */
export async function importDocx(settings: DocxImportSettings): Promise<DocxImportOutcome> {
  const refused = (message: string): DocxImportOutcome => ({
    kind: 'invalid',
    diagnostics: [fileDiagnostic('docx', message, settings.file)],
  });
  const read = readDocxParts(settings.file);
  if (!read.ok) return refused(read.message);
  const { parts } = read;
  const identity = readIdentity(parts.custom);
  if (!identity?.spec || !identity.fingerprint) {
    return refused(
      'not a document that tenderkit built: it carries no tenderkit properties (tenderkit.spec, tenderkit.fingerprint in docProps/custom.xml); build the pack again and edit its tender-specification.docx',
    );
  }
  const workspace = await loadWorkspace(settings.root, { lint: false }, RESOLVE_AND_CHECK);
  const specs = workspace.catalogue.specs;
  if (settings.spec !== undefined && !specs.has(settings.spec)) {
    return { kind: 'usage', message: unknownIdMessage('spec', settings.spec, [...specs.keys()]) };
  }
  if (!specs.has(identity.spec)) {
    return refused(
      `the document was built from another workspace: it names spec "${identity.spec}", which this workspace does not have`,
    );
  }
  if (settings.spec !== undefined && settings.spec !== identity.spec) {
    return refused(`the document was built for spec ${identity.spec}, not ${settings.spec}`);
  }
  const resolved = workspace.resolution.resolved.get(identity.spec);
  if (!resolved) return refused(`spec ${identity.spec} does not resolve; run tenderkit validate`);
  const kind: DocumentIdentity['kind'] =
    identity.kind === 'deviations-redline' ? 'deviations-redline' : 'tender-specification';
  const full: DocumentIdentity = {
    spec: identity.spec,
    kind,
    tool: identity.tool ?? '',
    fingerprint: identity.fingerprint,
  };

  const labels = kind === 'deviations-redline' ? EN : frameOf(wordingOf(workspace), resolved.spec).labels;
  const words = frameWords(labels);
  const known = [...resolved.requirements.map((r) => r.id), ...resolved.removed.map((r) => r.id)];
  const bookmarks = new Map(known.map((id) => [wordBookmarkName(id), id]));
  const chain = new Set(resolved.chain.map((s) => s.id));
  const isOwnRevision = kind === 'deviations-redline' ? (author: string) => chain.has(author) : undefined;
  const walked = walkTrackedBody(parts.document, { bookmarks, ...(isOwnRevision ? { isOwnRevision } : {}) });
  if (walked.bookmarked.size === 0) {
    return refused(
      'the document has no requirement bookmarks (INT_001 for INT-001 on each requirement heading), so no change can be tied to a requirement',
    );
  }
  const now = await currentDocument(workspace, resolved, kind);
  const nowFields = layoutFields(
    walkTrackedBody(now, { bookmarks, ...(isOwnRevision ? { isOwnRevision } : {}) }).paragraphs,
    words,
  );
  const docFields = layoutFields(walked.paragraphs, words);
  const fingerprint = specFingerprint(workspace.catalogue, resolved);
  const standing = compare(docFields, nowFields, walked.bookmarked, resolved, full.fingerprint, fingerprint);
  const inDocument = [...walked.bookmarked].filter((id) => resolved.requirements.some((r) => r.id === id));
  if (standing.builtFrom !== standing.now && inDocument.every((id) => standing.changed.includes(id))) {
    return refused(
      `the document was built from another workspace or a catalogue that has since changed beyond recognition: none of its ${walked.bookmarked.size} requirements reads as spec ${identity.spec} has it here (fingerprint ${full.fingerprint}, here ${fingerprint})`,
    );
  }

  const language = kind === 'deviations-redline' ? 'en' : resolved.spec.language;
  const byId = new Map(resolved.requirements.map((r) => [r.id, r]));
  const i18n = workspace.i18n ?? NO_I18N;
  const context: ImportContext = { workspace, resolved, sources: new Map(), sectionHeadings: new Map() };
  const localisation = {
    language,
    labels,
    translations: i18n.translations,
    specLanguages: new Map(resolved.chain.map((s) => [s.id, s.language])),
  };
  const sourcesOf = (r: EffectiveRequirement): Map<string, FieldSource> => {
    let s = context.sources.get(r.id);
    if (!s) {
      s = fieldSources(r, localiseRequirement(r, localisation), language, i18n.translations);
      context.sources.set(r.id, s);
      context.sectionHeadings.set(r.id, new Map(r.source.sections.map((x) => [x.key, x.heading])));
    }
    return s;
  };
  const nowByKey = new Map(nowFields.map((f) => [`${f.requirement}\u0000${f.field}`, f]));
  const proposals: DocxProposal[] = [];
  const unmapped: UnmappedChange[] = walked.unmapped.map((u) => ({ ...u }));
  const fieldProposals = new Map<string, DocxProposal[]>();
  for (const f of docFields) {
    const r = byId.get(f.requirement);
    const key = `${f.requirement}\u0000${f.field}`;
    if (!r) {
      if (f.changed) unmapped.push(unmappable(f, 'the spec no longer has this requirement'));
      continue;
    }
    const current = nowByKey.get(key);
    if (!current || squeeze(current.from) !== squeeze(f.from)) {
      if (f.changed) unmapped.push(unmappable(f, 'the catalogue changed this text since the document was built'));
      continue;
    }
    const made = proposalsOf(f, r, sourcesOf(r), labels, context.sectionHeadings.get(r.id)!);
    fieldProposals.set(key, made);
    if (f.changed) proposals.push(...made.filter((p) => !sameValue(p.from, p.to)));
  }

  const comments = readComments(parts.comments, parts.commentsExtended);
  const anchor = new Map<string, FieldText>();
  for (const f of docFields) for (const id of f.comments) anchor.set(id, f);
  const byCommentId = new Map(comments.map((c) => [c.id, c]));
  for (const c of comments) {
    let root = c;
    for (let hops = 0; root.replyTo !== undefined && !anchor.has(root.id) && hops < 50; hops++) {
      root = byCommentId.get(root.replyTo) ?? root;
      if (root.replyTo === undefined) break;
    }
    const f = anchor.get(c.id) ?? anchor.get(root.id);
    const comment: ProposalComment = {
      author: c.author,
      date: c.date,
      text: c.text,
      resolved: c.resolved,
      reply: c.replyTo !== undefined,
    };
    const r = f && byId.get(f.requirement);
    if (!f || !r) {
      unmapped.push({ kind: 'comment', text: c.text, author: c.author });
      continue;
    }
    const key = `${f.requirement}\u0000${f.field}`;
    let targets = (fieldProposals.get(key) ?? []).filter((p) => proposals.includes(p));
    if (targets.length === 0) {
      const shown = fieldProposals.get(key)?.find((p) => !p.field.startsWith('parameters.'));
      const still: DocxProposal = shown
        ? { ...shown, to: shown.from, authors: [], comments: [] }
        : { requirement: f.requirement, field: f.field, from: f.from, to: f.from, authors: [], comments: [] };
      proposals.push(still);
      fieldProposals.set(key, [still]);
      targets = [still];
    }
    for (const p of targets) p.comments.push(comment);
  }
  return {
    kind: 'ok',
    report: { file: path.basename(settings.file), spec: identity.spec, proposals, unmapped },
    standing,
    identity: full,
    context,
  };
}

/** The proposals one edited field makes, in the catalogue's terms. */
function proposalsOf(
  f: FieldText,
  r: EffectiveRequirement,
  sources: ReadonlyMap<string, FieldSource>,
  labels: Labels,
  headings: ReadonlyMap<string, string>,
): DocxProposal[] {
  const base = { requirement: f.requirement, authors: [...f.authors].sort(), comments: [] as ProposalComment[] };
  switch (f.field) {
    case 'obligation':
      return [{ ...base, field: 'obligation', from: r.obligation, to: reverse(labels.obligation, f.to) ?? f.to }];
    case 'verification':
      return [
        {
          ...base,
          field: 'verification',
          from: r.verification,
          to: f.to
            .split(/[,;]/)
            .map((v) => v.trim())
            .filter(Boolean)
            .map((v) => reverse(labels.verification, v) ?? v),
        },
      ];
    case 'references':
    case 'legal_basis':
      return [{ ...base, field: f.field, from: f.from, to: f.to }];
  }
  const source = sources.get(f.field);
  const name = f.field.startsWith('sections.')
    ? `sections.${headings.get(f.field.slice('sections.'.length)) ?? f.field.slice('sections.'.length)}`
    : f.field;
  if (!source) return [{ ...base, field: name, from: f.from, to: f.to }];
  const text = source.text === '' ? f.from : source.text;
  const edit = mapTextEdit({ ...source, source: text, shownFrom: f.from, shownTo: f.to });
  const out: DocxProposal[] = edit.parameters.map((p) => ({
    ...base,
    field: `parameters.${p.name}`,
    from: r.parameters.get(p.name) ?? p.from,
    to: p.to,
  }));
  if (edit.text !== undefined || out.length === 0) {
    out.push({ ...base, field: name, from: text.trim(), to: (edit.text ?? text).trim() });
  }
  return out;
}

function reverse<K extends Obligation | Verification>(words: Record<K, string>, shown: string): K | undefined {
  const wanted = squeeze(shown).toLowerCase();
  for (const [key, word] of Object.entries(words) as Array<[K, string]>) {
    if (word.toLowerCase() === wanted || key === wanted) return key;
  }
  return undefined;
}

function unmappable(f: FieldText, reason: string): UnmappedChange {
  return {
    kind: 'change',
    text: f.to,
    author: [...f.authors].sort().join(', '),
    requirement: f.requirement,
    field: f.field,
    reason,
  };
}

/** The document's requirements against the catalogue's now: which changed, which are new, which are gone. */
function compare(
  doc: readonly FieldText[],
  now: readonly FieldText[],
  bookmarked: ReadonlySet<string>,
  resolved: ResolvedSpec,
  builtFrom: string,
  fingerprint: string,
): DocumentStanding {
  const standing: DocumentStanding = { builtFrom, now: fingerprint, changed: [], added: [], removed: [] };
  const selected = new Set(resolved.requirements.map((r) => r.id));
  const texts = (fields: readonly FieldText[]) => {
    const m = new Map<string, string[]>();
    for (const f of fields) m.set(f.requirement, [...(m.get(f.requirement) ?? []), `${f.field}=${squeeze(f.from)}`]);
    return new Map([...m].map(([id, list]) => [id, list.sort().join('\n')]));
  };
  const d = texts(doc);
  const n = texts(now);
  for (const id of bookmarked) {
    if (!selected.has(id)) standing.removed.push(id);
    else if (d.get(id) !== n.get(id)) standing.changed.push(id);
  }
  for (const id of selected) if (!bookmarked.has(id)) standing.added.push(id);
  for (const list of [standing.changed, standing.added, standing.removed]) list.sort();
  return standing;
}

function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
