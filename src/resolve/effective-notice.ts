import type { WorkspaceConfig } from '../load/config.js';
import type { NoticeBlock, NoticeBuyer } from '../load/spec/notice.js';
import type { Spec } from '../load/spec/spec.js';
import type { ResolvedSpec } from './resolved.js';

/** A notice block with, for each value, the spec that wrote it (none: tenderkit.yaml). */
export interface EffectiveNotice {
  notice: NoticeBlock;
  /** by field: `procedure`, `buyer.country`, `lots` ... */
  setBy: Map<string, Spec | undefined>;
}

/**
 * The notice block a spec publishes with: tenderkit.yaml's, then each spec's of the chain from the root down, a
 * nearer one replacing a field (buyer fields one by one; lists and texts whole).
 */
export function effectiveNotice(resolved: ResolvedSpec, config: WorkspaceConfig): EffectiveNotice {
  const notice: NoticeBlock = {};
  const setBy = new Map<string, Spec | undefined>();
  const levels: Array<[NoticeBlock | undefined, Spec | undefined]> = [
    [config.notice, undefined],
    ...resolved.chain.map((s): [NoticeBlock | undefined, Spec] => [s.notice, s]),
  ];
  for (const [block, spec] of levels) {
    if (!block) continue;
    const { buyer, ...rest } = block;
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined) continue;
      Object.assign(notice, { [key]: value });
      setBy.set(key, spec);
    }
    if (!buyer) continue;
    const merged: NoticeBuyer = { ...notice.buyer };
    for (const [key, value] of Object.entries(buyer)) {
      if (value === undefined) continue;
      Object.assign(merged, { [key]: value });
      setBy.set(`buyer.${key}`, spec);
    }
    notice.buyer = merged;
  }
  return { notice, setBy };
}
