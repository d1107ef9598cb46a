import { strFromU8, strToU8 } from 'fflate';
import { Utf8Builder } from '../../lib/text/utf8-builder.js';
import { fixCoreDates } from './core-dates.js';
import { BODY_PLACEHOLDER } from './package-parts.js';
import { xmlAttribute } from '../../lib/xml/escape.js';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export interface WrittenParts {
  /** word/document.xml with the body in place of the placeholder paragraph (see `writeDocument`) */
  document: Uint8Array;
  /** word/numbering.xml */
  numbering: string;
  /** external hyperlink targets and their relationship ids */
  links: ReadonlyArray<[url: string, id: string]>;
  /** the document date, for the core properties */
  date: Date;
}

/**
 * The size of the last word/document.xml written in this thread. The specs of a workspace make documents of about one
 * size, so the next is written into one buffer of that size and a sixteenth more, and handed on without a copy,
 * rather than into chunks that are then copied together.
 */
let lastDocumentBytes = 0;

/**
 * word/document.xml of docx's package with the blocks in place of its placeholder paragraph. The blocks go to UTF-8
 * one by one: the body of a large document is never held as one string beside its bytes.
 */
export function writeDocument(parts: ReadonlyMap<string, Uint8Array>, blocks: Iterable<string>): Uint8Array {
  const data = parts.get('word/document.xml');
  if (data === undefined) throw new Error('docx wrote no word/document.xml');
  const xml = strFromU8(data);
  const at = xml.indexOf(BODY_PLACEHOLDER);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('the body placeholder is missing from word/document.xml');
  const out = new Utf8Builder(lastDocumentBytes + (lastDocumentBytes >> 4));
  out.append(xml.slice(0, start));
  for (const block of blocks) out.append(block);
  out.append(xml.slice(end + '</w:p>'.length));
  const bytes = out.take();
  lastDocumentBytes = bytes.length;
  return bytes;
}

/**
 * Puts the written parts into docx's package: the document with its body, the numbering, the hyperlink
 * relationships, and the document date into core.xml in place of the clock's.
 */
export function assemblePackage(
  parts: ReadonlyMap<string, Uint8Array>,
  written: WrittenParts,
): Map<string, Uint8Array> {
  const out = new Map(parts);
  out.set('word/document.xml', written.document);
  out.set('word/numbering.xml', strToU8(written.numbering));
  if (written.links.length > 0) {
    edit(out, 'word/_rels/document.xml.rels', (xml) => {
      const rels = written.links
        .map(
          ([url, id]) =>
            `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${xmlAttribute(url)}" TargetMode="External"/>`,
        )
        .join('');
      return xml.replace('</Relationships>', `${rels}</Relationships>`);
    });
  }
  edit(out, 'docProps/core.xml', (xml) => fixCoreDates(xml, written.date));
  return out;
}

function edit(parts: Map<string, Uint8Array>, name: string, change: (xml: string) => string): void {
  const data = parts.get(name);
  if (data === undefined) throw new Error(`docx wrote no ${name}`);
  parts.set(name, strToU8(change(strFromU8(data))));
}
