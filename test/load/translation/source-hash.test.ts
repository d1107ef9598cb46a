import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/load/translation/source-hash.js';

const source = {
  title: 'Incident exchange',
  statement: { markdown: 'The system shall deliver\nmessages within {{s}}.' },
  sections: [{ heading: 'Rationale', markdown: 'Centres share one picture.' }],
};

describe('sourceHash', () => {
  it('is the first 16 hex digits of the SHA-256 of the documented text', () => {
    const text =
      '# Incident exchange\n\nThe system shall deliver\nmessages within {{s}}.\n\n## Rationale\n\nCentres share one picture.';
    expect(sourceHash(source)).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16));
  });

  it('ignores line ends, trailing spaces and extra blank lines', () => {
    const noisy = {
      title: ' Incident exchange',
      statement: { markdown: '\r\nThe system shall deliver  \r\nmessages within {{s}}.\r\n\r\n' },
      sections: [{ heading: 'Rationale ', markdown: '\n\n\nCentres share one picture.\t\n' }],
    };
    expect(sourceHash({ ...noisy, title: 'Incident exchange' })).toBe(sourceHash(source));
  });

  it('changes when a word, a heading or the title changes', () => {
    const base = sourceHash(source);
    expect(sourceHash({ ...source, title: 'Incident exchanges' })).not.toBe(base);
    expect(
      sourceHash({ ...source, statement: { markdown: 'The system shall deliver\nmessages within {{t}}.' } }),
    ).not.toBe(base);
    expect(
      sourceHash({ ...source, sections: [{ heading: 'Notes', markdown: 'Centres share one picture.' }] }),
    ).not.toBe(base);
  });
});
