import { describe, expect, it } from 'vitest';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import { noticeModel } from '../../../src/interchange/eforms/notice-model.js';
import { writeNotice } from '../../../src/interchange/eforms/write-notice.js';
import { EN } from '../../../src/load/frame/labels.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import type { Workspace } from '../../../src/load/workspace.js';
import type { Resolution } from '../../../src/resolve/resolve.js';
import { REPO, SHIPPED } from '../../support/shipped.js';

describe.skipIf(!SHIPPED)('the notice names the submission languages (BT-97)', () => {
  it('gives one cac:Language per language of the spec, in the eForms codes, and no longer asks for BT-97', async () => {
    const workspace = (await loadWorkspace(REPO, {}, RESOLVE_AND_CHECK)) as unknown as Workspace<Resolution>;
    const cases: Array<[string, string[]]> = [
      ['be', ['NLD', 'FRA', 'DEU']],
      ['es', ['SPA']],
    ];
    for (const [id, codes] of cases) {
      const built = noticeModel(workspace.resolution.resolved.get(id)!, workspace.catalogue.config, EN);
      expect(built.model?.submissionLanguages, id).toEqual(codes);
      const { xml, toComplete } = writeNotice(built.model!, { spec: id, file: `${id}.xml`, tool: 'test' });
      const written = [...xml.matchAll(/<cac:Language>\s*<cbc:ID>([A-Z]{3})<\/cbc:ID>\s*<\/cac:Language>/g)].map(
        (m) => m[1],
      );
      expect(written, id).toEqual(codes);
      expect(toComplete.map((f) => f.bt)).not.toContain('BT-97');
    }
  });
});
