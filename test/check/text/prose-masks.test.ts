import { describe, expect, it } from 'vitest';
import { proseOf } from '../../../src/lib/language/prose.js';
import { tokenise } from '../../../src/lib/language/tokens.js';

/** Every kind of markup that prose leaves out, each hiding a "shall" that no rule may read. */
const HIDDEN = [
  ['a fenced code block', 'Text.\n\n```\nshall\n```\n'],
  ['a tilde fence', 'Text.\n\n~~~yaml\nshall: 1\n~~~\n'],
  ['inline code', 'Use `shall` here.'],
  ['inline code with a longer fence', 'Use ``a ` shall`` here.'],
  ['an HTML comment', 'Text <!-- shall --> here.'],
  ['an HTML tag', 'Text <span title=shall>here</span>.'],
  ['an autolink', 'See <https://example.org/shall>.'],
  ['a mail autolink', 'Write to <mailto:shall@example.org>.'],
  ['a bare address', 'See https://example.org/shall now.'],
  ['a www address', 'See www.shall.example.org now.'],
  ['an image', 'See ![shall](plan.png) now.'],
  ['a link target', 'See [the plan](shall.md) now.'],
  ['a link definition', 'See [plan].\n\n[plan]: https://example.org "shall"\n'],
  ['a placeholder', 'Within {{shall}} seconds.'],
  ['a double-quoted title', 'Follow "shall" now.'],
  ['a curly-quoted title', 'Follow “shall” now.'],
  ['a German-quoted title', 'Follow „shall“ now.'],
  ['a guillemet-quoted title', 'Follow «shall» now.'],
  ['a single curly-quoted title', 'Follow ‘shall’ now.'],
  ['a single-quoted title', "Follow 'shall' now."],
] as const;

describe('prose of every kind of markup', () => {
  it.each(HIDDEN)('leaves out %s, keeping every offset', (_kind, markdown) => {
    const prose = proseOf(markdown).text;
    expect(prose).toHaveLength(markdown.length);
    expect(prose.split('\n').length).toBe(markdown.split('\n').length);
    expect(tokenise(prose).map((t) => t.lower)).not.toContain('shall');
  });

  it('keeps the words of a statement without markup as they are', () => {
    const markdown = 'The system shall deliver every message within 5 s.';
    expect(proseOf(markdown).text).toBe(markdown);
  });
});
