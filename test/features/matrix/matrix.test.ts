import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/features/matrix/build-matrix.js';
import { matrixToJson } from '../../../src/features/matrix/matrix-json.js';
import { renderMatrixMarkdown } from '../../../src/features/matrix/render-markdown.js';
import { renderMatrixHtml } from '../../../src/features/matrix/render-html.js';
import { loadVariants } from '../diff/support.js';
import { runCli } from '../../support/cli.js';
import { VARIANTS } from '../diff/support.js';

async function matrix() {
  const ws = await loadVariants();
  return buildMatrix(ws.resolution.resolved, ws.catalogue.config.domains);
}

describe('harmonisation matrix', () => {
  it('lists every requirement against every spec, each compared with the root of its chain', async () => {
    const json = matrixToJson(await matrix()) as {
      specs: string[];
      requirements: Array<{ id: string; cells: Record<string, string> }>;
      harmonisation: Record<string, number>;
    };
    expect(Object.keys(json)).toEqual(['specs', 'requirements', 'harmonisation']);
    expect(json.specs).toEqual(['eu-baseline', 'benelux', 'be', 'lu']);
    const row = (id: string) => json.requirements.find((r) => r.id === id)!.cells;
    expect(json.requirements.map((r) => r.id)).toEqual([
      'BE-INT-001',
      'INT-001',
      'INT-002',
      'INT-003',
      'LU-INT-001',
      'SEC-001',
      'SEC-002',
      'EUS-001',
      'EUS-002',
      'RES-001',
      'RES-002',
    ]);
    expect(row('INT-001')).toEqual({ 'eu-baseline': 'unchanged', benelux: 'unchanged', be: 'stricter', lu: 'looser' });
    expect(row('BE-INT-001')).toEqual({ 'eu-baseline': 'absent', benelux: 'absent', be: 'added', lu: 'absent' });
    expect(row('EUS-002')).toEqual({
      'eu-baseline': 'unchanged',
      benelux: 'unchanged',
      be: 'removed',
      lu: 'unchanged',
    });
    expect(row('RES-002')).toEqual({
      'eu-baseline': 'unchanged',
      benelux: 'unchanged',
      be: 'modified',
      lu: 'modified',
    });
    expect(json.harmonisation).toEqual({ 'eu-baseline': 1, benelux: 0.5556, be: 0.1111, lu: 0.3333 });
  });

  it('computes the index per domain', async () => {
    const m = await matrix();
    const by = Object.fromEntries(m.byDomain.map((d) => [d.domain.id, Object.fromEntries(d.values)]));
    expect(by['interconnection']).toEqual({ 'eu-baseline': 1, benelux: 0.3333, be: 0, lu: 0.3333 });
    expect(by['eu-sourcing']).toEqual({ 'eu-baseline': 1, benelux: 1, be: 0.5, lu: 0.5 });
  });

  it('renders Markdown tables with text in every cell', async () => {
    const md = renderMatrixMarkdown(await matrix());
    expect(md).toContain('| Requirement | eu-baseline | benelux | be | lu |');
    expect(md).toContain('| INT-001 | = | = | \u25b2 stricter | \u25bc looser |');
    expect(md).toContain('| BE-INT-001 | \u00b7 | \u00b7 | + added | \u00b7 |');
    expect(md).toContain(
      '| **Harmonisation** | **100.00\u00a0%** | **55.56\u00a0%** | **11.11\u00a0%** | **33.33\u00a0%** |',
    );
  });

  it('renders a self-contained heat map whose cells carry their text', async () => {
    const html = renderMatrixHtml(await matrix());
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toContain(
      '<td class="k-stricter" title="INT-001 in be: stricter (declared in be)">\u25b2 stricter</td>',
    );
    expect(html).toContain('<span class="sr-only">unchanged</span>');
    expect(html).toMatch(
      /<th scope="rowgroup" class="req">Interconnection of operational centres<\/th><td class="idx" style="background: hsl\(\d+, 70%, 86%\)">100.0\u00a0%<\/td>/,
    );
  });

  it('is a command with md, json and html formats and can be limited to some specs', async () => {
    const json = await runCli(['matrix', '--format', 'json', '--spec', 'be', '--root', VARIANTS]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).specs).toEqual(['eu-baseline', 'benelux', 'be']);
    const md = await runCli(['matrix', '--root', VARIANTS]);
    expect(md.stdout).toContain('# Harmonisation matrix');
    expect((await runCli(['matrix', '--spec', 'zz', '--root', VARIANTS])).code).toBe(2);
  });
});
