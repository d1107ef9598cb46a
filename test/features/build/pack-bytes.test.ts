import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownBytes } from '../../../src/render/markdown.js';
import { Utf8Builder } from '../../../src/lib/text/utf8-builder.js';
import { sampleDocument } from '../../render/docx-fixture.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Pieces in several scripts, with four-byte characters, some larger than a chunk, many small ones across chunk ends. */
function pieces(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 40_000; i++) out.push(`<w:t>${i} Prüfung – 検査 𝄞 ${'x'.repeat(i % 7)}</w:t>`);
  out.push('é'.repeat(700_000), '𝄞'.repeat(300_000), '', 'ASCII only');
  return out;
}

describe('Utf8Builder', () => {
  it('writes the bytes of the pieces joined, whether they fit the expected size or run over it', () => {
    const all = pieces();
    const expected = utf8(all.join(''));
    for (const first of [0, 1, expected.length, expected.length + 4096, 1000]) {
      const out = new Utf8Builder(first);
      for (const piece of all) out.append(piece);
      expect(Buffer.from(out.take()).equals(Buffer.from(expected)), `first chunk of ${first} bytes`).toBe(true);
    }
  });

  it('starts empty again once its bytes are taken', () => {
    const out = new Utf8Builder(64);
    out.append('first');
    expect(new TextDecoder().decode(out.take())).toBe('first');
    out.append('second');
    expect(new TextDecoder().decode(out.take())).toBe('second');
  });
});

describe('renderMarkdownBytes', () => {
  it('gives the UTF-8 of renderMarkdown, also after a larger and a smaller document in the same thread', () => {
    for (const size of [{ requirements: 6 }, { requirements: 60, perChapter: 7 }, { requirements: 3 }]) {
      const document = sampleDocument(size);
      expect(Buffer.from(renderMarkdownBytes(document)).equals(Buffer.from(utf8(renderMarkdown(document))))).toBe(true);
    }
  });
});
