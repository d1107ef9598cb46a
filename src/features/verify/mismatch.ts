/** How a file differs from what the manifest recorded. */
export type MismatchStatus = 'changed' | 'missing' | 'added';

export interface Mismatch {
  /** relative to the pack (outputs) or to the workspace root (inputs) */
  path: string;
  status: MismatchStatus;
  of: 'output' | 'input';
}

export function byPath(a: Mismatch, b: Mismatch): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
