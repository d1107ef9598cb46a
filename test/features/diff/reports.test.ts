import { describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../../src/features/diff/render-markdown.js';
import { renderDiffHtml } from '../../../src/features/diff/render-html.js';
import { workspaceFrom } from '../../support/workspace.js';
import { diffOf, loadVariants } from './support.js';

describe('the deviation report in Markdown', () => {
  it('has a summary table, then each change with its fields, word diff and justification', async () => {
    const md = renderDiffMarkdown(diffOf(await loadVariants(), 'lu'));
    expect(md).toContain('# Deviations of lu from eu-baseline');
    expect(md).toContain('| Chain | eu-baseline > benelux > lu |');
    expect(md).toMatch(
      /\| Unchanged \| 3 \|\n\| Stricter \| 2 \|\n\| Looser \| 2 \|\n\| Modified \| 2 \|\n\| Added \| 1 \|\n\| Removed \| 0 \|\n\| \*\*Total\*\* \| \*\*10\*\* \|/,
    );
    expect(md).toContain('Harmonisation: **33.33\u00a0%** of the 9 requirements of eu-baseline are kept unchanged.');
    const res = md.slice(md.indexOf('### RES-002'));
    expect(res).toContain('**Modified**, declared in **lu**');
    expect(res).toContain(
      'Justification: Every workstation must ride through short outages, which last at most 15 minutes here.',
    );
    expect(res).toContain('| Obligation | recommended | mandatory | stricter |');
    expect(res).toContain('| Parameter battery_minutes | 30\u00a0min | 15\u00a0min | looser |');
    expect(res).toContain(
      '> The operator workstations <del>should</del><ins>shall</ins> keep working for <del>30\u00a0min</del><ins>15\u00a0min</ins> on battery power',
    );
    expect(md).toContain('> <ins>The system shall forward every public warning to the national alert platform.</ins>');
    // unchanged requirements are not listed
    expect(md).not.toContain('### INT-003');
  });

  it('shows a removed requirement struck through and says when nothing changed', async () => {
    const ws = await loadVariants();
    const md = renderDiffMarkdown(diffOf(ws, 'be'));
    expect(md).toContain(
      '> <del>The supplier should deposit the source code of the system with an escrow agent established in the Union.</del>',
    );
    expect(md).toContain('**Removed**, declared in **be**');
    const same = renderDiffMarkdown(diffOf(ws, 'be', 'be'));
    expect(same).toContain('be does not depart from be.');
    expect(same).not.toContain('###');
  });

  it('marks a changed paragraph break with a pilcrow', async () => {
    const md = renderDiffMarkdown(diffOf(await loadVariants(), 'be'));
    expect(md).toContain('mains supply<del>.\u00b6</del>');
  });
});

describe('the deviation report in HTML', () => {
  it('is one self-contained page with the summary, the changes and the word diff', async () => {
    const html = renderDiffHtml(diffOf(await loadVariants(), 'be'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toContain('<td class="num">5</td>');
    expect(html).toContain('<section class="change" id="INT-001">');
    expect(html).toContain('within <del>5\u00a0s</del><ins>3\u00a0s</ins> of the event');
    expect(html).toContain(
      '<strong>Justification:</strong> The national radio network already guarantees delivery within 3 s.',
    );
  });

  it('escapes every text that comes from the workspace', async () => {
    const ws = await workspaceFrom('variants-basic', {
      'specs/national/lu.yaml': [
        'id: lu',
        'title: <b>LU</b> & "friends"',
        'extends: benelux',
        'deviations:',
        '  - requirement: SEC-002',
        '    set: { title: "Keys <img src=x onerror=alert(1)>" }',
        '    justification: "<script>alert(1)</script> & more"',
        '',
      ].join('\n'),
    });
    try {
      const loaded = await loadVariants(ws.root);
      const html = renderDiffHtml(diffOf(loaded, 'lu'));
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>LU');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
      expect(html).toContain('&lt;b&gt;LU&lt;/b&gt; &amp; &quot;friends&quot;');
      const md = renderDiffMarkdown(diffOf(loaded, 'lu'));
      expect(md).not.toContain('<script>');
      expect(md).toContain('&lt;script>alert(1)&lt;/script> & more');
    } finally {
      await ws.dispose();
    }
  });
});
