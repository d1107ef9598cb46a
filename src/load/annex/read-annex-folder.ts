import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareCodePoints } from '../../lib/text/order.js';

/** At most this many files in one annex folder: a folder is a package of documents, not a file system. */
export const MAX_ANNEX_FOLDER_FILES = 2000;

/** Whether an annex path (checked by annexPathProblem) names a folder of the workspace. */
export function isAnnexFolder(root: string, annexPath: string): boolean {
  try {
    return statSync(path.join(root, ...annexPath.split('/'))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The files of an annex folder, as workspace paths in code-point order, its subfolders included. Names that begin
 * with a dot (`.gitkeep`, `.DS_Store`) are not part of a tender document and are left out. A link to a folder is
 * refused (the tree must not leave the workspace or loop); links to files are left to the file reader, which checks
 * where they lead. The reason the folder cannot be an annex otherwise.
 */
export function annexFolderFiles(root: string, annexPath: string): { files: string[] } | { reason: string } {
  const files: string[] = [];
  const walk = (rel: string): string | undefined => {
    const abs = path.join(root, ...rel.split('/'));
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch (err) {
      return `cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
    }
    for (const name of names.sort(compareCodePoints)) {
      if (name.startsWith('.')) continue;
      const child = `${rel}/${name}`;
      const info = lstatSync(path.join(abs, name));
      if (info.isSymbolicLink() && statSync(path.join(abs, name), { throwIfNoEntry: false })?.isDirectory())
        return `holds ${child}, a link to a folder; an annex folder holds its files itself`;
      if (info.isDirectory()) {
        const problem = walk(child);
        if (problem) return problem;
        continue;
      }
      files.push(child);
      if (files.length > MAX_ANNEX_FOLDER_FILES) return `holds more than ${MAX_ANNEX_FOLDER_FILES} files`;
    }
    return undefined;
  };
  const real = realpathSync(path.join(root, ...annexPath.split('/')));
  const rootReal = realpathSync(root);
  if (real !== rootReal && !real.startsWith(rootReal + path.sep))
    return { reason: `leads to ${real}, outside the workspace` };
  const problem = walk(annexPath);
  if (problem) return { reason: problem };
  if (files.length === 0) return { reason: 'is an empty folder' };
  return { files };
}
