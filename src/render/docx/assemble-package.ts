import { strFromU8, strToU8 } from 'fflate';
import { fixCoreDates } from './core-dates.js';
import { BODY_PLACEHOLDER } from './package-parts.js';
import { escapeAttribute } from './xml.js';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export interface WrittenParts {
  /** the blocks of the body, in place of the placeholder paragraph */
  body: string;
  /** word/numbering.xml */
  numbering: string;
  /** external hyperlink targets and their relationship ids */
  links: ReadonlyArray<[url: string, id: string]>;
  /** the document date, for the core properties */
  date: Date;
}

/**
 * Puts the written parts into docx's package: the body into word/document.xml, the numbering, the hyperlink
 * relationships, and the document date into core.xml in place of the clock's.
 */
export function assemblePackage(parts: Map<string, Uint8Array>, written: WrittenParts): Map<string, Uint8Array> {
  const out = new Map(parts);
  edit(out, 'word/document.xml', (xml) => {
    const at = xml.indexOf(BODY_PLACEHOLDER);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at);
    if (at < 0 || start < 0 || end < 0) throw new Error('the body placeholder is missing from word/document.xml');
    return xml.slice(0, start) + written.body + xml.slice(end + '</w:p>'.length);
  });
  out.set('word/numbering.xml', strToU8(written.numbering));
  if (written.links.length > 0) {
    edit(out, 'word/_rels/document.xml.rels', (xml) => {
      const rels = written.links
        .map(([url, id]) => `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${escapeAttribute(url)}" TargetMode="External"/>`)
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
