import { unknownIdMessage } from '../lib/text/nearest.js';
import type { Workspace } from '../load/workspace.js';
import type { Resolution } from './resolve.js';
import type { ResolvedSpec } from './resolved.js';

/** A spec named on the command line, resolved; an unknown name is a usage message that names the nearest known ones. */
export function findSpec(workspace: Workspace<Resolution>, id: string): ResolvedSpec | string {
  const resolved = workspace.resolution.resolved.get(id);
  if (resolved) return resolved;
  return unknownIdMessage('spec', id, [...workspace.catalogue.specs.keys()]);
}
