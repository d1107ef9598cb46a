import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/requirement/markdown-parser.js';
import { markdownToHtml, safeHref } from '../../../src/features/site/markdown-html.js';

const render = (markdown: string, anchorHref?: (id: string) => string | undefined) =>
  markdownToHtml(parseMarkdown(markdown).children, anchorHref ? { anchorHref } : {}).value;

describe("the site's Markdown renderer", () => {
  it('keeps <script>, ampersands and quotes as text', () => {
    const out = render('A title with <script>alert("x")</script> & \'quotes\' and "double" ones.');
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain('&amp; &#39;quotes&#39; and &quot;double&quot; ones.');
  });

  it('never lets a raw HTML block of the catalogue become markup, and drops comments', () => {
    const out = render('<div onclick="steal()">owned</div>\n\n<!-- a note for editors -->\n\nText.');
    expect(out).not.toMatch(/<div/);
    expect(out).toContain('&lt;div onclick=&quot;steal()&quot;&gt;owned&lt;/div&gt;');
    expect(out).not.toContain('a note for editors');
    expect(out).toContain('<p>Text.</p>');
  });

  it('escapes inline HTML, code and link titles', () => {
    const out = render('Press <kbd>x</kbd> then `a < b && c` and [docs](https://example.org/a?b=1&c=2 "T\\"itle").');
    expect(out).toContain('&lt;kbd&gt;x&lt;/kbd&gt;');
    expect(out).toContain('<code>a &lt; b &amp;&amp; c</code>');
    expect(out).toContain('<a href="https://example.org/a?b=1&amp;c=2" title="T&quot;itle">docs</a>');
  });

  it('keeps web and mail links, maps known #ID anchors and drops any other address', () => {
    const out = render('[b](INT-002.md) [c](#INT-002) [d](#NOPE-001) [e](mailto:wg@example.org)', (id) =>
      id === 'INT-002' ? 'INT-002.html' : undefined,
    );
    expect(out).toBe('<p>b <a href="INT-002.html">c</a> d <a href="mailto:wg@example.org">e</a></p>\n');
    const script = markdownToHtml([
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'a' }] }],
      },
    ]).value;
    expect(script).toBe('<p>a</p>\n');
    expect(safeHref(' JAVASCRIPT:alert(1)', undefined)).toBeUndefined();
    expect(safeHref('https://example.org/"onmouseover=x', undefined)).toBeUndefined();
  });

  it('shows an image as a link with its alternative text, so nothing is loaded from elsewhere', () => {
    const out = render('![Network <diagram>](https://example.org/n.png)');
    expect(out).not.toContain('<img');
    expect(out).toContain('<a href="https://example.org/n.png">[image: Network &lt;diagram&gt;]</a>');
  });

  it("renders lists, tables with alignment and headings below the page's own", () => {
    const out = markdownToHtml(
      parseMarkdown('# Head\n\n- one\n- two\n\n| a | b |\n| :- | -: |\n| 1 | <b>2</b> |\n').children,
      { headingOffset: 2 },
    ).value;
    expect(out).toContain('<h3>Head</h3>');
    expect(out).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(out).toContain('<th class="align-left" scope="col">a</th><th class="align-right" scope="col">b</th>');
    expect(out).toContain('<td class="align-right">&lt;b&gt;2&lt;/b&gt;</td>');
    expect(out).toContain('<td class="align-left">1</td>');
  });
});
