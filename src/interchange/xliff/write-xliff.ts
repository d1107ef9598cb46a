import type { TranslationState } from '../../load/translation/translation-state.js';
import type { Inline } from './inline.js';
import type { FieldPart } from './segment-markdown.js';
import { xmlText } from '../../lib/xml/escape.js';
import { attrs } from './xml.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const GLS_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';

/** A glossary entry whose term the unit's source uses (XLIFF 2 glossary module). */
export interface XliffGlossEntry {
  term: string;
  translation: string;
  /** the note and the forbidden variants, for the translator */
  definition?: string;
  /** where the entry comes from (glossary/<lang>.yaml) */
  origin: string;
}

/** One translatable field of a requirement. */
export interface XliffUnit {
  id: string;
  name?: string;
  data: ReadonlyMap<string, string>;
  parts: FieldPart[];
  /** the translation of each segment, in order, when one exists */
  targets?: Inline[][];
  /** `translated` for a current translation, `initial` for one made from an older text (shown for reuse) */
  state?: 'initial' | TranslationState;
  /** the glossary entries whose terms occur in the unit's source */
  glossary?: XliffGlossEntry[];
}

/** One requirement: an XLIFF `<file>`. */
export interface XliffFile {
  id: string;
  original: string;
  /** tenderkit metadata: the source hash the translation will record, and the translation file */
  meta: Array<[string, string]>;
  notes: string[];
  units: XliffUnit[];
}

export interface XliffDocument {
  srcLang: string;
  trgLang: string;
  files: XliffFile[];
}

/**
 * An XLIFF 2.0 document, indented, with the metadata module for tenderkit's own fields and the glossary module for the
 * approved terms each unit uses (declared only when a unit carries one).
 */
export function writeXliff(doc: XliffDocument): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const glossary = doc.files.some((f) => f.units.some((u) => (u.glossary?.length ?? 0) > 0)) ? GLS_NS : undefined;
  out.push(
    `<xliff${attrs({ xmlns: XLIFF_NS, 'xmlns:mda': MDA_NS, 'xmlns:gls': glossary, version: '2.0', srcLang: doc.srcLang, trgLang: doc.trgLang })}>`,
  );
  for (const file of doc.files) {
    out.push(`  <file${attrs({ id: file.id, original: file.original })}>`);
    if (file.meta.length > 0) {
      out.push('    <mda:metadata>', '      <mda:metaGroup category="tenderkit">');
      for (const [type, value] of file.meta)
        out.push(`        <mda:meta${attrs({ type })}>${xmlText(value)}</mda:meta>`);
      out.push('      </mda:metaGroup>', '    </mda:metadata>');
    }
    if (file.notes.length > 0) {
      out.push('    <notes>');
      for (const n of file.notes) out.push(`      <note category="instructions">${xmlText(n)}</note>`);
      out.push('    </notes>');
    }
    for (const unit of file.units) out.push(...writeUnit(unit));
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

function writeUnit(unit: XliffUnit): string[] {
  const out = [`    <unit${attrs({ id: unit.id, name: unit.name })}>`];
  if (unit.glossary && unit.glossary.length > 0) {
    out.push('      <gls:glossary>');
    for (const e of unit.glossary) {
      out.push(
        '        <gls:glossEntry>',
        `          <gls:term${attrs({ source: e.origin })}>${xmlText(e.term)}</gls:term>`,
        `          <gls:translation${attrs({ source: e.origin })}>${xmlText(e.translation)}</gls:translation>`,
      );
      if (e.definition !== undefined) out.push(`          <gls:definition>${xmlText(e.definition)}</gls:definition>`);
      out.push('        </gls:glossEntry>');
    }
    out.push('      </gls:glossary>');
  }
  if (unit.data.size > 0) {
    out.push('      <originalData>');
    for (const [id, markup] of unit.data)
      out.push(`        <data${attrs({ id, 'xml:space': 'preserve' })}>${xmlText(markup)}</data>`);
    out.push('      </originalData>');
  }
  let segment = 0;
  let ignorable = 0;
  for (const part of unit.parts) {
    if (part.kind === 'ignorable') {
      out.push(
        `      <ignorable${attrs({ id: `i${++ignorable}` })}><source xml:space="preserve">${xmlText(part.text)}</source></ignorable>`,
      );
      continue;
    }
    const target = unit.targets?.[segment];
    segment++;
    const state = target ? unit.state : undefined;
    out.push(`      <segment${attrs({ id: `s${segment}`, state })}>`);
    out.push(`        <source>${writeInline(part.content)}</source>`);
    if (target) out.push(`        <target>${writeInline(target)}</target>`);
    out.push('      </segment>');
  }
  out.push('    </unit>');
  return out;
}

export function writeInline(content: readonly Inline[]): string {
  return content
    .map((c) => {
      if (c.kind === 'text') return xmlText(c.text);
      if (c.kind === 'ph')
        return `<ph${attrs({ id: c.id, dataRef: c.dataRef, equiv: c.equiv, disp: c.disp, type: c.type, subType: c.subType })}/>`;
      return `<pc${attrs({ id: c.id, dataRefStart: c.dataRefStart, dataRefEnd: c.dataRefEnd, type: c.type, subType: c.subType })}>${writeInline(c.children)}</pc>`;
    })
    .join('');
}
