import { stat } from 'node:fs/promises';
import { UsageError } from './io.js';

/** A missing or wrong --root is a usage error, not an input error. */
export async function workspaceExists(root: string): Promise<void> {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) throw new UsageError(`${root} is not a folder; --root names the workspace folder`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`the workspace folder ${root} does not exist`);
  }
}
