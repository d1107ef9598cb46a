import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseXmlSafely, textContent } from '../../../src/lib/xml/safe-xml.js';
import { readZipSafely } from '../../../src/lib/zip/zip-read.js';
import { reproducibleZip } from '../../../src/lib/zip/reproducible-zip.js';

describe('parseXmlSafely', () => {
  it('decodes the predefined entities and character references once, and keeps CDATA literal', () => {
    const r = parseXmlSafely('<a x="&lt;&#65;&amp;#66;"><b>t&#9;x &amp;lt; &#x263A;</b><![CDATA[<raw>&amp;]]></a>');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.attributes['x']).toBe('<A&#66;');
    expect(textContent(r.root)).toBe('t\tx &lt; \u263a<raw>&amp;');
  });

  it('keeps unknown named entities as written instead of expanding anything', () => {
    expect(decodeEntities('a&nbsp;b &amp; &bogus;')).toBe('a&nbsp;b & &bogus;');
  });

  it('strips namespace prefixes from element names and keeps the prefix', () => {
    const r = parseXmlSafely('<x:a xmlns:x="urn:x"><xhtml:p>t</xhtml:p></x:a>');
    expect(r.ok && [r.root.name, r.root.prefix]).toEqual(['a', 'x']);
  });

  it('refuses entity declarations, external DTDs, deep nesting, too many elements and oversized text', () => {
    const refused = (xml: string, limits?: Parameters<typeof parseXmlSafely>[1]) => {
      const r = parseXmlSafely(xml, limits);
      return r.ok ? 'accepted' : r.message;
    };
    expect(refused('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toContain('declares entities');
    expect(refused('<!DOCTYPE a PUBLIC "-//x" "http://example.invalid/a.dtd"><a/>')).toContain('external DTD');
    expect(refused('<!DOCTYPE a><a/>')).toBe('accepted');
    const limits = { maxChars: 1000, maxDepth: 3, maxElements: 5 };
    expect(refused('<a><b><c><d></d></c></b></a>', limits)).toContain('more than 3 levels');
    expect(refused('<a><b><c><d/></c></b></a>', limits)).toBe('accepted');
    expect(refused('<a><b/><b/><b/><b/><b/></a>', limits)).toContain('more than 5 elements');
    expect(refused(`<a>${'x'.repeat(1001)}</a>`, limits)).toContain('more than the limit');
    // quoted ">" and "/>" in attribute values do not confuse the depth count
    expect(refused('<a><b x="1>2"/><b y="/>"/></a>', limits)).toBe('accepted');
  });
});

describe('readZipSafely and reproducibleZip', () => {
  it('round-trips entries, in order, with the same bytes in every run', () => {
    const entries = [
      { name: 'b.txt', bytes: new TextEncoder().encode('second') },
      { name: 'a/c.xml', bytes: new TextEncoder().encode('<x/>'.repeat(100)) },
    ];
    const date = new Date(Date.UTC(2027, 5, 30, 23, 59, 58));
    const zip = reproducibleZip(entries, date);
    expect(Buffer.compare(Buffer.from(zip), Buffer.from(reproducibleZip(entries, date)))).toBe(0);
    const read = readZipSafely(zip);
    expect(read.ok && [...read.entries.keys()]).toEqual(['b.txt', 'a/c.xml']);
    // the DOS time in the local header is noon of the date's UTC calendar day, whatever the time zone of the machine
    const time = Buffer.from(zip).readUInt16LE(10);
    const day = Buffer.from(zip).readUInt16LE(12);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([12, 0, 0]);
    expect([(day >> 9) + 1980, (day >> 5) & 15, day & 31]).toEqual([2027, 6, 30]);
  });

  it('refuses entries larger than the limits, by declared size and by actual size', () => {
    const zip = zipSync({ 'big.bin': new Uint8Array(1 << 20) }, { level: 9 });
    const small = { entries: 10, entryBytes: 1000, totalBytes: 2000 };
    const declared = readZipSafely(zip, () => true, small);
    expect(!declared.ok && declared.message).toContain('more than the limit of 1000');
    const lying = Buffer.from(zip);
    const eocd = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    lying.writeUInt32LE(10, lying.readUInt32LE(eocd + 16) + 24);
    const actual = readZipSafely(new Uint8Array(lying), () => true, small);
    expect(!actual.ok && actual.message).toContain('more than the 10 bytes it declares');
    const many = readZipSafely(
      zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, new Uint8Array(1)]))),
      () => true,
      small,
    );
    expect(!many.ok && many.message).toContain('11 entries');
  });

  it('says what is wrong with bytes that are not a zip', () => {
    const r = readZipSafely(new TextEncoder().encode('hello, I am a CSV file'));
    expect(!r.ok && r.message).toContain('not a zip archive');
  });
});
