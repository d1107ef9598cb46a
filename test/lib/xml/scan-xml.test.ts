import { describe, expect, it } from 'vitest';
import { scanXml } from '../../../src/lib/xml/scan-xml.js';

/** The events of a scan as one line each: what a reader of the file is told. */
function events(xml: string): { events: string[]; problem: string | undefined } {
  const out: string[] = [];
  const problem = scanXml(xml, {
    open: (name, attributes, ancestors) =>
      out.push(
        `<${name}${Object.entries(attributes)
          .map(([k, v]) => ` ${k}=${v}`)
          .join('')}> in ${ancestors.join('/') || '-'}`,
      ),
    close: (name) => out.push(`</${name}>`),
    text: (value) => out.push(JSON.stringify(value)),
  });
  return { events: out, problem };
}

describe('scanXml', () => {
  it('reports elements by local name with their ancestors, entities and CDATA decoded, empty elements closed', () => {
    const read = events(
      '<?xml version="1.0"?>\n<x:sheet xmlns:x="urn:x"><!-- a comment --><x:c r="A1" t=\'s&amp;t\'>1 &lt; 2<![CDATA[<raw>]]></x:c><e/></x:sheet>',
    );
    expect(read.problem).toBeUndefined();
    expect(read.events).toEqual([
      '<sheet xmlns:x=urn:x> in -',
      '<c r=A1 t=s&t> in sheet',
      '"1 < 2"',
      '"<raw>"',
      '</c>',
      '<e> in sheet',
      '</e>',
      '</sheet>',
    ]);
  });

  it('refuses a DOCTYPE, whatever it declares', () => {
    expect(events('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>').problem).toMatch(/DOCTYPE/);
  });

  it('names the line and column of a malformed tag and of an end tag that closes nothing open', () => {
    expect(events('<a>\n  <b c=1/></a>').problem).toBe('the XML is not well-formed at line 2, column 3');
    expect(events('<a>\n<b></c></a>').problem).toBe(
      'the XML is not well-formed: </c> at line 2, column 4 does not close an open element',
    );
    expect(events('<a><b>').problem).toBe('the XML is not well-formed: <b> is never closed');
    expect(events('<a/><b/>').problem).toBe('the XML has a second root element at line 1, column 5');
    expect(events('text').problem).toMatch(/text outside its root element/);
  });

  it('stops at the limits of elements and depth', () => {
    const limits = { maxChars: 1000, maxDepth: 3, maxElements: 5 };
    expect(scanXml('<a><b><c><d></d></c></b></a>', { open() {}, close() {}, text() {} }, limits)).toMatch(
      /levels deep/,
    );
    expect(scanXml('<a><b/><b/><b/><b/><b/></a>', { open() {}, close() {}, text() {} }, limits)).toMatch(
      /more than 5 elements/,
    );
  });
});
