import type { LoadedWorkspace } from '../../check/load-workspace.js';
import type { Spec } from '../../load/spec/spec.js';
import { documentFrame, type DocumentFrame } from './document-frame.js';
import { NO_I18N } from '../../load/i18n.js';

/** The frame of a spec's documents (labels, locale), for renderers that add words of their own. */
export function frameOf(workspace: Pick<LoadedWorkspace, 'catalogue' | 'i18n'>, spec: Spec): DocumentFrame {
  const { catalogue } = workspace;
  const i18n = workspace.i18n ?? NO_I18N;
  return documentFrame(
    spec.language,
    {
      overrides: i18n.labelOverrides,
      templates: catalogue.templates,
      defaultLanguage: catalogue.config.defaultLanguage,
    },
    { file: spec.file, at: { line: 1, column: 1 } },
  ).frame;
}
