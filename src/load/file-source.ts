import type { Diagnostic } from '../lib/diagnostics.js';

/** A file found by listing a folder of a source. */
export interface Listed {
  /** path relative to the workspace root, forward slashes */
  rel: string;
  /** a symbolic link, whose target must be checked */
  linked: boolean;
}

/**
 * Where the workspace's files come from: the working tree on disk, or a revision of the git repository that holds
 * it. `readFiles` reads either through this one interface, so a revision loads exactly as the working tree does.
 */
export interface FileSource {
  /** absolute, real path of the workspace root in the working tree (a revision's files are named as if there) */
  readonly root: string;
  exists(rel: string): boolean;
  /** the accepted files under `dir`, sorted by path; problems (a link leading outside) go to `report` */
  list(dir: string, accept: (name: string) => boolean, report: (d: Diagnostic) => void): Listed[];
  /**
   * The bytes of one file, at most `maxBytes` of them, valid until the next read; undefined, with a diagnostic given
   * to `report`, when the file cannot be read, is too large or lies outside the workspace.
   */
  readBytes(rel: string, linked: boolean, maxBytes: number, report: (d: Diagnostic) => void): Uint8Array | undefined;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `the file has ${size} bytes, more than the limit of ${maxBytes} (set limits.maxFileBytes in tenderkit.yaml)`;
}
