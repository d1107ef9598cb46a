import type { Catalogue } from '../../load/catalogue.js';
import type { Domain } from '../../load/config.js';
import { NO_I18N, type I18n } from '../../load/i18n.js';
import type { Spec } from '../../load/spec/spec.js';
import { documentFrame, type DocumentFrame, type FrameInputs } from './document-frame.js';

/**
 * What the renderers need of a workspace to word a spec's documents in any of its languages: the label sources
 * (built-in sets, `labels/*.yaml`, templates), the translations of the requirements and the domains' titles. A
 * renderer takes this and the resolved spec, never the workspace.
 */
export interface Wording {
  frame: FrameInputs;
  translations: I18n['translations'];
  domains: readonly Domain[];
}

/** The wording of a loaded workspace. */
export function wordingOf(workspace: { catalogue: Catalogue; i18n?: I18n }): Wording {
  const { catalogue } = workspace;
  const i18n = workspace.i18n ?? NO_I18N;
  return {
    frame: {
      overrides: i18n.labelOverrides,
      templates: catalogue.templates,
      defaultLanguage: catalogue.config.defaultLanguage,
    },
    translations: i18n.translations,
    domains: catalogue.config.domains,
  };
}

/** The frame of a spec's documents (labels, locale), for renderers that add words of their own. */
export function frameOf(wording: Wording, spec: Spec): DocumentFrame {
  return documentFrame(spec.language, wording.frame, { file: spec.file, at: { line: 1, column: 1 } }).frame;
}
