import type { PackFormat } from './pack-format.js';
import { diffSpecs } from '../diff/diff-specs.js';
import { renderDiffJson } from '../diff/diff-json.js';
import { renderDiffMarkdown } from '../diff/render-markdown.js';
import { localiseDiff, redlineSettings, reportLanguage } from '../diff/localise-diff.js';

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
    // the report and the redline speak the spec's language and show both sides' texts in it; the JSON keeps the codes
    const language = reportLanguage(workspace, resolved.spec);
    const shown = localiseDiff(diff, language, workspace.i18n?.translations);
    const { renderRedline } = await import('../diff/render-redline.js');
    const { documentIdentity } = await import('../../render/docx/document-identity.js');
    const identity = documentIdentity(workspace.catalogue, resolved, 'deviations-redline');
    return {
      files: [
        { name: 'deviations.md', bytes: utf8(renderDiffMarkdown(shown, language)) },
        { name: 'deviations.json', bytes: utf8(renderDiffJson(diff)) },
        {
          name: 'deviations.docx',
          bytes: await renderRedline(shown, { ...redlineSettings(language, date), identity }),
        },
      ],
      diagnostics: [],
    };
  },
};
