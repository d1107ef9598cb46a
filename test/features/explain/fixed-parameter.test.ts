import { describe, expect, it } from 'vitest';
import { explainRequirement } from '../../../src/features/explain/explain.js';
import { renderExplanationText } from '../../../src/features/explain/render-explanation.js';
import { parseCatalogue } from '../../../src/load/parse-catalogue.js';
import { resolveAll } from '../../../src/resolve/resolve.js';
import { baseline, files } from '../../check/lint-workspace.js';

describe('explain and a fixed parameter', () => {
  it('names the document that fixes the value for every centre, beside the spec that set it', () => {
    const parameter = { type: 'integer', default: 50, unit: 'MB', stricter: 'higher', fixed_by: 'ICD 1.0.1 §11' };
    const f = files({
      requirements: [
        {
          id: 'INT-028',
          statement: 'The system shall exchange attachments of up to {{max_attachment_mb}} with peer centres.',
          fields: { parameters: { max_attachment_mb: parameter, max_files: { type: 'integer', default: 20 } } },
        },
      ],
      specs: { base: baseline() },
    });
    const { catalogue } = parseCatalogue({ root: '/virtual', ...f, templates: [], diagnostics: [] });
    const explanation = explainRequirement(resolveAll(catalogue).resolved.get('base')!, 'INT-028');
    expect(explanation.status).toBe('present');
    if (explanation.status !== 'present') return;
    expect(explanation.fields.find((x) => x.field === 'parameters.max_attachment_mb')).toMatchObject({
      value: 50,
      fixedBy: 'ICD 1.0.1 §11',
      spec: 'base',
    });
    expect(explanation.fields.find((x) => x.field === 'parameters.max_files')).not.toHaveProperty('fixedBy');
    expect(renderExplanationText(explanation)).toContain('set by base; fixed by ICD 1.0.1 §11 for every centre');
  });
});
