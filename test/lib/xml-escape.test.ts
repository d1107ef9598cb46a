import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlText } from '../../src/lib/xml/escape.js';
import { canUse } from '../support/outside-tools.js';

const HAS_XMLLINT = canUse('xmllint', 'reading escaped values back');

describe('the one XML escaper', () => {
  it('escapes markup and drops what XML 1.0 cannot carry', () => {
    expect(xmlText('a < b & c > d "q"')).toBe('a &lt; b &amp; c &gt; d "q"');
    expect(xmlAttribute('say "x"\n\tand\r')).toBe('say &quot;x&quot;&#10;&#9;and&#13;');
    expect(xmlText('bell\u0007 and \uFFFE gone')).toBe('bell and  gone');
  });

  it.runIf(HAS_XMLLINT)('gives back every string as text and as attribute, through a parser that is not ours', () => {
    const xmlChar = fc.string({
      unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '\n', '\t', '\r', 'é', '€', '\u0001'),
    });
    fc.assert(
      fc.property(xmlChar, (value) => {
        const dir = mkdtempSync(path.join(tmpdir(), 'tk-xml-'));
        const file = path.join(dir, 'v.xml');
        writeFileSync(file, `<r><v a="${xmlAttribute(value)}">${xmlText(value)}</v></r>`);
        const text = execFileSync('xmllint', ['--xpath', 'string(/r/v)', file], { encoding: 'utf8' }).replace(
          /\n$/,
          '',
        );
        const attribute = execFileSync('xmllint', ['--xpath', 'string(/r/v/@a)', file], { encoding: 'utf8' }).replace(
          /\n$/,
          '',
        );
        const expected = value.replace(/\u0001/g, '');
        expect(text).toBe(expected);
        expect(attribute).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });
});
