import { childElements, parseXmlSafely, type XmlElement } from '../../../src/lib/xml/safe-xml.js';

/**
 * The structural rules of XLIFF 2.0 core (OASIS Standard, 2014) for the elements tenderkit writes, checked without
 * the XSD (no Debian or npm package ships it): element names, nesting and order, required attributes, the values
 * of state/type/subType, id uniqueness, and that inline codes refer to existing original data.
 */
export function xliffProblems(text: string): string[] {
  const parsed = parseXmlSafely(text);
  if (!parsed.ok) return [parsed.message];
  const problems: string[] = [];
  const root = parsed.root;
  const NS = 'urn:oasis:names:tc:xliff:document:2.0';
  if (root.name !== 'xliff' || root.prefix !== '') problems.push('the root is not <xliff>');
  if (root.attributes['xmlns'] !== NS) problems.push('<xliff> is not in the XLIFF 2.0 namespace');
  if (root.attributes['version'] !== '2.0') problems.push('version is not 2.0');
  if (!root.attributes['srcLang']) problems.push('<xliff> lacks srcLang');
  const mdaPrefixes = new Set(
    Object.entries(root.attributes)
      .filter(([k, v]) => k.startsWith('xmlns:') && v === 'urn:oasis:names:tc:xliff:metadata:2.0')
      .map(([k]) => k.slice(6)),
  );
  const nmtoken = /^[\p{L}\p{N}._:-]+$/u;
  const fileIds = new Set<string>();
  for (const child of childElements(root)) if (child.name !== 'file') problems.push(`<xliff> contains <${child.name}>`);
  for (const file of childElements(root, 'file')) {
    const fid = file.attributes['id'];
    if (!fid || !nmtoken.test(fid)) problems.push(`<file> has no NMTOKEN id (${fid})`);
    else if (fileIds.has(fid)) problems.push(`file id ${fid} is used twice`);
    else fileIds.add(fid);
    const order = childElements(file).map((c) => (c.prefix && mdaPrefixes.has(c.prefix) ? 'module' : c.name));
    const rank: Record<string, number> = { skeleton: 0, module: 1, notes: 2, unit: 3, group: 3 };
    order.forEach((name, i) => {
      if (rank[name] === undefined) problems.push(`${fid}: <file> contains <${name}>`);
      else if (i > 0 && rank[name]! < rank[order[i - 1]!]!)
        problems.push(`${fid}: <${name}> comes after <${order[i - 1]}>`);
    });
    if (!order.includes('unit')) problems.push(`${fid}: <file> has no unit`);
    for (const notes of childElements(file, 'notes'))
      for (const n of childElements(notes))
        if (n.name !== 'note') problems.push(`${fid}: <notes> contains <${n.name}>`);
    const unitIds = new Set<string>();
    for (const unit of childElements(file, 'unit')) {
      const uid = unit.attributes['id'];
      if (!uid || !nmtoken.test(uid)) problems.push(`${fid}: <unit> has no NMTOKEN id (${uid})`);
      else if (unitIds.has(uid)) problems.push(`${fid}: unit id ${uid} is used twice`);
      else unitIds.add(uid!);
      problems.push(...unitProblems(unit, `${fid}/${uid}`));
    }
  }
  return problems;
}

const STATES = new Set(['initial', 'translated', 'reviewed', 'final']);
const TYPES = new Set(['fmt', 'ui', 'quote', 'link', 'image', 'other']);
const XLF_SUBTYPES = new Set(['xlf:lb', 'xlf:pb', 'xlf:b', 'xlf:i', 'xlf:u', 'xlf:var']);

function unitProblems(unit: XmlElement, at: string): string[] {
  const problems: string[] = [];
  // elements of a module (another namespace, such as the glossary module's <gls:glossary>) come first
  const order = childElements(unit).map((c) => (c.prefix ? 'module' : c.name));
  const rank: Record<string, number> = { module: 0, notes: 1, originalData: 2, segment: 3, ignorable: 3 };
  order.forEach((name, i) => {
    if (rank[name] === undefined) problems.push(`${at}: <unit> contains <${name}>`);
    else if (i > 0 && rank[name]! < rank[order[i - 1]!]!)
      problems.push(`${at}: <${name}> comes after <${order[i - 1]}>`);
  });
  if (!order.includes('segment')) problems.push(`${at}: <unit> has no segment`);
  const data = new Set<string>();
  for (const od of childElements(unit, 'originalData')) {
    for (const d of childElements(od)) {
      if (d.name !== 'data') problems.push(`${at}: <originalData> contains <${d.name}>`);
      const id = d.attributes['id'];
      if (!id) problems.push(`${at}: <data> has no id`);
      else if (data.has(id)) problems.push(`${at}: data id ${id} is used twice`);
      else data.add(id);
      if (childElements(d).length > 0) problems.push(`${at}: <data> contains elements`);
    }
  }
  const partIds = new Set<string>();
  for (const part of childElements(unit).filter((c) => c.name === 'segment' || c.name === 'ignorable')) {
    const id = part.attributes['id'];
    if (id !== undefined) {
      if (partIds.has(id)) problems.push(`${at}: segment/ignorable id ${id} is used twice`);
      partIds.add(id);
    }
    const state = part.attributes['state'];
    if (state !== undefined && (part.name !== 'segment' || !STATES.has(state)))
      problems.push(`${at}: state "${state}" on <${part.name}>`);
    const kids = childElements(part).map((c) => c.name);
    if (kids[0] !== 'source' || kids.length > 2 || (kids.length === 2 && kids[1] !== 'target'))
      problems.push(`${at}: <${part.name}> holds ${kids.join(', ')}`);
    const [source, target] = childElements(part);
    const sourceCodes = source
      ? inlineProblems(source, data, `${at}/${id}/source`, problems)
      : new Map<string, string>();
    if (target) {
      const targetCodes = inlineProblems(target, data, `${at}/${id}/target`, problems);
      for (const [code, kind] of targetCodes)
        if (sourceCodes.has(code) && sourceCodes.get(code) !== kind)
          problems.push(
            `${at}/${id}: code ${code} is a ${kind} in the target and a ${sourceCodes.get(code)} in the source`,
          );
    }
    if (part.name === 'ignorable' && source && childElements(source).length > 0)
      problems.push(`${at}: an ignorable holds inline codes`);
  }
  return problems;
}

/** Checks the inline content; returns the codes by id (their element name). */
function inlineProblems(e: XmlElement, data: Set<string>, at: string, problems: string[]): Map<string, string> {
  const codes = new Map<string, string>();
  const walk = (node: XmlElement) => {
    for (const c of childElements(node)) {
      if (c.name !== 'ph' && c.name !== 'pc') {
        problems.push(`${at}: inline <${c.name}> is not one tenderkit writes`);
        continue;
      }
      const id = c.attributes['id'];
      if (!id) problems.push(`${at}: <${c.name}> has no id`);
      else if (codes.has(id)) problems.push(`${at}: code id ${id} is used twice`);
      else codes.set(id, c.name);
      const type = c.attributes['type'];
      const subType = c.attributes['subType'];
      if (type !== undefined && !TYPES.has(type)) problems.push(`${at}: type "${type}"`);
      if (
        subType !== undefined &&
        (type === undefined ||
          !/^[^:\s]+:[^\s]+$/.test(subType) ||
          (subType.startsWith('xlf:') && !XLF_SUBTYPES.has(subType)))
      ) {
        problems.push(`${at}: subType "${subType}" (type ${type})`);
      }
      for (const ref of c.name === 'ph' ? ['dataRef'] : ['dataRefStart', 'dataRefEnd']) {
        const v = c.attributes[ref];
        if (v !== undefined && !data.has(v)) problems.push(`${at}: ${ref}="${v}" names no <data>`);
      }
      if (c.name === 'ph' && childElements(c).length + c.children.length > 0) problems.push(`${at}: <ph> is not empty`);
      if (c.name === 'pc') walk(c);
    }
  };
  walk(e);
  return codes;
}
