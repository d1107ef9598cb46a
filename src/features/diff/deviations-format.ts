import type { PackFormat } from '../build/pack-format.js';
import { diffSpecs } from './diff-specs.js';
import { renderDiffJson } from './diff-json.js';
import { renderDiffMarkdown } from './render-markdown.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** deviations.md, .json and .docx (a redline) for a spec that extends another: its diff against the root of its chain. */
export const deviationsFormat: PackFormat = {
  id: 'deviations',
  description: 'deviations.md, deviations.json and deviations.docx (Word redline) for a spec that extends another',
  byDefault: true,
  neutralFiles: ['deviations.json'],
  async render({ workspace, resolved, date }) {
    if (resolved.chain.length < 2) return { files: [], diagnostics: [] };
    const baseline = workspace.resolution.resolved.get(resolved.chain[0]!.id);
    if (!baseline)
      throw new Error(
        `the root ${resolved.chain[0]!.id} of ${resolved.spec.id} did not resolve although ${resolved.spec.id} did`,
      );
    const domains = workspace.catalogue.config.domains;
    const diff = diffSpecs(baseline, resolved, { domains: domains.map((d) => d.id) });
    const { renderRedline } = await import('./render-redline.js');
    return {
      files: [
        { name: 'deviations.md', bytes: utf8(renderDiffMarkdown(diff)) },
        { name: 'deviations.json', bytes: utf8(renderDiffJson(diff)) },
        { name: 'deviations.docx', bytes: await renderRedline(diff, { date, domains }) },
      ],
      diagnostics: [],
    };
  },
};
