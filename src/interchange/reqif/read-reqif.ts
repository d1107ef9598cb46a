import {
  childElements,
  descendants,
  firstChild,
  pathChild,
  textContent,
  type XmlElement,
} from '../../lib/xml/safe-xml.js';

/** The parts of a ReqIF document an importer needs, by identifier. Tools differ; every part may be missing. */
export interface ReqifDocument {
  title: string | undefined;
  tool: string | undefined;
  datatypes: Map<string, ReqifDatatype>;
  attributes: Map<string, ReqifAttributeDefinition>;
  objectTypes: Map<string, { id: string; longName: string | undefined }>;
  /** in the order of SPEC-OBJECTS */
  objects: ReqifObject[];
  specifications: ReqifHierarchy[];
}

export interface ReqifDatatype {
  id: string;
  kind: string;
  longName: string | undefined;
  enumValues: Map<string, string>;
}

export interface ReqifAttributeDefinition {
  id: string;
  /** STRING, XHTML, ENUMERATION, INTEGER, REAL, DATE, BOOLEAN */
  kind: string;
  longName: string | undefined;
  desc: string | undefined;
  datatype: string | undefined;
}

export type ReqifValue =
  | { definition: string; kind: 'XHTML'; content: XmlElement[] }
  | { definition: string; kind: 'ENUMERATION'; refs: string[] }
  | { definition: string; kind: 'SIMPLE'; type: string; text: string };

export interface ReqifObject {
  id: string;
  longName: string | undefined;
  desc: string | undefined;
  type: string | undefined;
  values: ReqifValue[];
}

/** A node of a specification's tree: a specification itself, or a SPEC-HIERARCHY pointing at an object. */
export interface ReqifHierarchy {
  id: string;
  longName: string | undefined;
  object: string | undefined;
  children: ReqifHierarchy[];
}

const attr = (e: XmlElement, name: string): string | undefined => e.attributes[name];

export function readReqif(root: XmlElement): { ok: true; doc: ReqifDocument } | { ok: false; message: string } {
  if (root.name !== 'REQ-IF')
    return { ok: false, message: `the root element is <${root.name}>, not <REQ-IF>: this is not a ReqIF file` };
  const header = pathChild(root, 'THE-HEADER', 'REQ-IF-HEADER');
  const content = pathChild(root, 'CORE-CONTENT', 'REQ-IF-CONTENT');
  const doc: ReqifDocument = {
    title: header ? textOf(firstChild(header, 'TITLE')) : undefined,
    tool: header
      ? (textOf(firstChild(header, 'REQ-IF-TOOL-ID')) ?? textOf(firstChild(header, 'SOURCE-TOOL-ID')))
      : undefined,
    datatypes: new Map(),
    attributes: new Map(),
    objectTypes: new Map(),
    objects: [],
    specifications: [],
  };
  if (!content) return { ok: true, doc };

  for (const dt of childElements(firstChild(content, 'DATATYPES') ?? emptyElement)) {
    const id = attr(dt, 'IDENTIFIER');
    if (!id) continue;
    const enumValues = new Map<string, string>();
    for (const ev of descendants(dt, 'ENUM-VALUE')) {
      const evId = attr(ev, 'IDENTIFIER');
      if (evId) enumValues.set(evId, attr(ev, 'LONG-NAME') ?? evId);
    }
    doc.datatypes.set(id, {
      id,
      kind: dt.name.replace(/^DATATYPE-DEFINITION-/, ''),
      longName: attr(dt, 'LONG-NAME'),
      enumValues,
    });
  }
  const types = firstChild(content, 'SPEC-TYPES') ?? emptyElement;
  for (const t of childElements(types, 'SPEC-OBJECT-TYPE')) {
    const id = attr(t, 'IDENTIFIER');
    if (id) doc.objectTypes.set(id, { id, longName: attr(t, 'LONG-NAME') });
  }
  for (const t of childElements(types)) {
    for (const def of childElements(firstChild(t, 'SPEC-ATTRIBUTES') ?? emptyElement)) {
      const id = attr(def, 'IDENTIFIER');
      if (!id || !def.name.startsWith('ATTRIBUTE-DEFINITION-')) continue;
      const typeRef = childElements(firstChild(def, 'TYPE') ?? emptyElement)[0];
      doc.attributes.set(id, {
        id,
        kind: def.name.replace(/^ATTRIBUTE-DEFINITION-/, ''),
        longName: attr(def, 'LONG-NAME'),
        desc: attr(def, 'DESC'),
        datatype: typeRef ? textContent(typeRef).trim() : undefined,
      });
    }
  }
  for (const o of childElements(firstChild(content, 'SPEC-OBJECTS') ?? emptyElement, 'SPEC-OBJECT')) {
    const id = attr(o, 'IDENTIFIER');
    if (!id) continue;
    const typeRef = pathChild(o, 'TYPE', 'SPEC-OBJECT-TYPE-REF');
    doc.objects.push({
      id,
      longName: attr(o, 'LONG-NAME'),
      desc: attr(o, 'DESC'),
      type: typeRef ? textContent(typeRef).trim() : undefined,
      values: childElements(firstChild(o, 'VALUES') ?? emptyElement).flatMap((v) => readValue(v, doc)),
    });
  }
  for (const s of childElements(firstChild(content, 'SPECIFICATIONS') ?? emptyElement, 'SPECIFICATION')) {
    doc.specifications.push({
      id: attr(s, 'IDENTIFIER') ?? '',
      longName: attr(s, 'LONG-NAME'),
      object: undefined,
      children: hierarchy(s),
    });
  }
  return { ok: true, doc };
}

const emptyElement: XmlElement = { name: '', prefix: '', attributes: {}, children: [] };

function textOf(e: XmlElement | undefined): string | undefined {
  const t = e ? textContent(e).trim() : '';
  return t || undefined;
}

function hierarchy(parent: XmlElement): ReqifHierarchy[] {
  return childElements(firstChild(parent, 'CHILDREN') ?? emptyElement, 'SPEC-HIERARCHY').map((h) => {
    const ref = pathChild(h, 'OBJECT', 'SPEC-OBJECT-REF');
    return {
      id: attr(h, 'IDENTIFIER') ?? '',
      longName: attr(h, 'LONG-NAME'),
      object: ref ? textContent(ref).trim() : undefined,
      children: hierarchy(h),
    };
  });
}

function readValue(v: XmlElement, doc: ReqifDocument): ReqifValue[] {
  if (!v.name.startsWith('ATTRIBUTE-VALUE-')) return [];
  const kind = v.name.replace(/^ATTRIBUTE-VALUE-/, '');
  const defRef = childElements(firstChild(v, 'DEFINITION') ?? emptyElement)[0];
  const definition = defRef ? textContent(defRef).trim() : '';
  if (kind === 'XHTML') {
    const theValue = firstChild(v, 'THE-VALUE');
    return [{ definition, kind: 'XHTML', content: theValue ? childElements(theValue) : [] }];
  }
  if (kind === 'ENUMERATION') {
    const refs = childElements(firstChild(v, 'VALUES') ?? emptyElement, 'ENUM-VALUE-REF').map((r) =>
      textContent(r).trim(),
    );
    const datatype = doc.attributes.get(definition)?.datatype;
    const names = refs.map(
      (r) => (datatype ? doc.datatypes.get(datatype)?.enumValues.get(r) : undefined) ?? enumName(doc, r),
    );
    return [{ definition, kind: 'ENUMERATION', refs: names }];
  }
  const the = attr(v, 'THE-VALUE') ?? textOf(firstChild(v, 'THE-VALUE'));
  return the === undefined ? [] : [{ definition, kind: 'SIMPLE', type: kind, text: the }];
}

/** An enum value's long name when the attribute's datatype is unknown: search every enumeration. */
function enumName(doc: ReqifDocument, ref: string): string {
  for (const dt of doc.datatypes.values()) {
    const name = dt.enumValues.get(ref);
    if (name !== undefined) return name;
  }
  return ref;
}
