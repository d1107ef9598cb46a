import { Document, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { OBLIGATIONS, VERIFICATIONS } from '../../load/requirement/requirement.js';
import type { FieldSource } from './field-sources.js';
import type { DocxProposal, ImportContext } from './import-docx.js';

/** What --apply writes, and the proposals it leaves to a person, with the reason. */
export interface ApplyPlan {
  /** workspace-relative path -> new text */
  files: Map<string, string>;
  applied: DocxProposal[];
  skipped: Array<{ proposal: DocxProposal; reason: string }>;
}

/**
 * Plans the writing of the proposals, in memory: for the root spec of a chain into the requirement files (or the
 * translation a document in another language showed), for a spec that extends another as deviations of that spec,
 * each with the comments on it as the start of its justification. Every edit is a splice of the file's text at the
 * node it changes, so the rest of each file, comments and layout included, stays byte for byte as it was.
 */
export function planApply(
  proposals: readonly DocxProposal[],
  context: ImportContext,
  read: (file: string) => string,
): ApplyPlan {
  const plan: ApplyPlan = { files: new Map(), applied: [], skipped: [] };
  const text = (file: string) => plan.files.get(file) ?? read(file);
  const { resolved } = context;
  const root = resolved.chain.length === 1;
  const wanted = proposals.filter((p) => JSON.stringify(p.from) !== JSON.stringify(p.to));
  const byRequirement = new Map<string, DocxProposal[]>();
  for (const p of wanted) byRequirement.set(p.requirement, [...(byRequirement.get(p.requirement) ?? []), p]);
  for (const [id, list] of byRequirement) {
    const r = resolved.requirements.find((x) => x.id === id);
    if (!r) {
      for (const p of list) plan.skipped.push({ proposal: p, reason: 'the spec no longer has this requirement' });
      continue;
    }
    const valid = list.filter((p) => {
      const problem = invalidValue(p);
      if (problem) plan.skipped.push({ proposal: p, reason: problem });
      return !problem;
    });
    if (root) {
      for (const p of valid) {
        const source = context.sources.get(id)?.get(sourceKey(p, context.sectionHeadings.get(id)));
        const edit = fileEdit(p, r.source.file, source, text);
        if ('reason' in edit) plan.skipped.push({ proposal: p, reason: edit.reason });
        else {
          plan.files.set(edit.file, edit.text);
          plan.applied.push(p);
        }
      }
      continue;
    }
    const settable = valid.filter((p) => {
      const ok = /^(title|obligation|verification|statement|parameters\..+)$/.test(p.field);
      if (!ok)
        plan.skipped.push({
          proposal: p,
          reason: `a deviation cannot change ${p.field}; edit ${r.source.file} (it changes the requirement for every spec)`,
        });
      return ok;
    });
    if (settable.length === 0) continue;
    const file = resolved.spec.file;
    const edited = addDeviation(text(file), id, settable);
    if ('reason' in edited) {
      for (const p of settable) plan.skipped.push({ proposal: p, reason: edited.reason });
      continue;
    }
    plan.files.set(file, edited.text);
    plan.applied.push(...settable);
  }
  return plan;
}

function sourceKey(p: DocxProposal, headings: ReadonlyMap<string, string> | undefined): string {
  if (!p.field.startsWith('sections.')) return p.field;
  const heading = p.field.slice('sections.'.length);
  for (const [key, h] of headings ?? []) if (h === heading) return `sections.${key}`;
  return p.field;
}

function invalidValue(p: DocxProposal): string | undefined {
  if (p.field === 'obligation' && !OBLIGATIONS.includes(p.to as never))
    return `"${String(p.to)}" is no obligation (${OBLIGATIONS.join(', ')})`;
  if (
    p.field === 'verification' &&
    (!Array.isArray(p.to) || p.to.length === 0 || !p.to.every((v) => VERIFICATIONS.includes(v as never)))
  )
    return `"${String(p.to)}" is no list of verification methods (${VERIFICATIONS.join(', ')})`;
  if (p.field === 'references' || p.field === 'legal_basis')
    return `${p.field} are structured data: edit them in the requirement file`;
  return undefined;
}

type Edit = { file: string; text: string } | { reason: string };

/** One proposal written into a requirement file or the translation the document showed. */
function fileEdit(
  p: DocxProposal,
  requirementFile: string,
  source: FieldSource | undefined,
  text: (f: string) => string,
): Edit {
  if (p.field.startsWith('parameters.')) {
    const file = requirementFile;
    return frontMatterEdit(file, text(file), ['parameters', p.field.slice('parameters.'.length), 'default'], p.to);
  }
  if (p.field === 'obligation' || p.field === 'verification')
    return frontMatterEdit(requirementFile, text(requirementFile), [p.field], p.to);
  if (!source || source.home.kind === 'shown' || source.home.kind === 'spec')
    return { reason: `the document showed ${p.field} from no file that can be edited in place` };
  const file = source.home.file;
  if (p.field === 'title') return frontMatterEdit(file, text(file), ['title'], p.to);
  const current = text(file);
  const from = String(p.from);
  const hint = source.home.kind === 'requirement' ? source.home.offset : 0;
  const at = current.indexOf(from, Math.max(0, hint));
  const where = at >= 0 ? at : current.indexOf(from);
  if (where < 0 || from === '') return { reason: `${file} no longer holds the text of ${p.field}` };
  return { file, text: current.slice(0, where) + String(p.to) + current.slice(where + from.length) };
}

/** A value of the front matter replaced where it stands; the rest of the file is untouched. */
function frontMatterEdit(file: string, text: string, at: string[], value: unknown): Edit {
  const m = /^---\r?\n/.exec(text);
  const end = m ? text.indexOf('\n---', m[0].length - 1) : -1;
  if (!m || end < 0) return { reason: `${file} has no front matter` };
  const yaml = text.slice(m[0].length, end + 1);
  const doc = parseDocument(yaml);
  const node = doc.getIn(at, true) as YamlNode | undefined;
  if (!node?.range) return { reason: `${file} has no ${at.join('.')} to change` };
  const flow = (isSeq(node) || isMap(node)) && node.flow;
  const written = scalarText(value, flow || !(isSeq(node) || isMap(node)));
  const start = m[0].length + node.range[0];
  const stop = m[0].length + node.range[1];
  return { file, text: text.slice(0, start) + written + text.slice(stop) };
}

/** A value as YAML on one line: `[a, b]`, `{ x: 1 }`, a plain or quoted scalar. */
function scalarText(value: unknown, flow: boolean): string {
  const doc = new Document(value);
  if (flow && (isSeq(doc.contents) || isMap(doc.contents))) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/**
 * The proposals of one requirement as a deviation of the spec: into its `set` deviation for the requirement when it
 * has one (the justification then starts with the comments), else as a new deviation at the end of `deviations`.
 */
function addDeviation(
  text: string,
  id: string,
  proposals: readonly DocxProposal[],
): { text: string } | { reason: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { reason: `the spec does not parse: ${doc.errors[0]!.message}` };
  const set: Record<string, unknown> = {};
  for (const p of proposals) {
    if (p.field.startsWith('parameters.')) {
      const parameters = (set['parameters'] ??= {}) as Record<string, unknown>;
      parameters[p.field.slice('parameters.'.length)] = p.to;
    } else set[p.field] = p.to;
  }
  const said = [...new Set(proposals.flatMap((p) => p.comments.filter((c) => !c.reply).map((c) => c.text.trim())))]
    .filter(Boolean)
    .join(' ');
  const deviations = doc.get('deviations', true);
  if (deviations !== undefined && !isSeq(deviations)) return { reason: "the spec's deviations are not a list" };
  const items = deviations?.items ?? [];
  const index = items.findIndex((d) => isMap(d) && d.get('requirement') === id && d.has('set'));
  if (index >= 0) {
    const item = items[index] as import('yaml').YAMLMap;
    const old = item.get('set', true) as YamlNode;
    const merged = mergeSet((item.toJSON() as { set: Record<string, unknown> }).set, set);
    let out = splice(text, old, scalarText(merged, true));
    if (said) {
      const justification = item.get('justification', true) as YamlNode | undefined;
      const before = String(item.get('justification') ?? '').trim();
      const value = before ? `${said} ${before}` : said;
      if (justification?.range) {
        // later in the file than `set` or earlier: splice from the end backwards
        const again = parseDocument(out).getIn(['deviations', index, 'justification'], true) as YamlNode;
        out = splice(out, again, quoted(value));
      }
    }
    return { text: out };
  }
  const entry = new Document([{ requirement: id, set, justification: said }]);
  const first = entry.getIn([0, 'set'], true);
  if (isMap(first)) first.flow = true;
  const block = entry.toString({ lineWidth: 100 });
  if (!deviations?.range) {
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return { text: `${body}deviations:\n${indent(block, '  ')}` };
  }
  const column = items.length > 0 ? columnOf(text, (items[0] as YamlNode).range?.[0] ?? 0) - 2 : 2;
  const after = lineEndAfter(text, deviations.range[1]);
  const gap = after === text.length && !text.endsWith('\n') ? '\n' : '';
  return { text: text.slice(0, after) + gap + indent(block, ' '.repeat(Math.max(0, column))) + text.slice(after) };
}

function mergeSet(old: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out = { ...old };
  for (const [k, v] of Object.entries(changes)) {
    out[k] =
      k === 'parameters' && typeof old[k] === 'object' && old[k] !== null
        ? { ...(old[k] as Record<string, unknown>), ...(v as Record<string, unknown>) }
        : v;
  }
  return out;
}

function splice(text: string, node: YamlNode, written: string): string {
  const [start, end] = node.range!;
  return text.slice(0, start) + written + text.slice(end).replace(/^[ \t]*(?=\n)/, '');
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

function indent(block: string, prefix: string): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

/** The column (0-based) of an offset: the `-` of a sequence item sits two columns before its content. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The start of the line after the one an offset ends (the offset itself when it starts a line). */
function lineEndAfter(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next + 1;
}
