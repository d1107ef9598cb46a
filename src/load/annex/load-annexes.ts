import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { readNamedFile } from '../disk-source.js';
import { decodeText } from '../source-file.js';
import { sha256 } from '../../lib/hash/sha256.js';
import { languagesOf, type Spec } from '../spec/spec.js';
import { annexPathProblem } from './annex-path.js';
import { annexTranslationPath, parseAnnexTranslation, type AnnexTranslation } from './annex-translation.js';
import { annexFolderFiles, isAnnexFolder } from './read-annex-folder.js';

/** An annex file as the workspace holds it. */
export interface AnnexFile {
  /** relative to the workspace root, forward slashes */
  path: string;
  bytes: Uint8Array;
  sha256: string;
  size: number;
  /** the decoded text of a Markdown annex, which the pack also holds rendered */
  text?: string;
  /** a Markdown annex's translations beside it (`<name>.<lang>.md`), by language, for the languages of the specs */
  translations?: Map<string, AnnexTranslation>;
  /**
   * for an annex folder: the workspace paths of its files, each also in the map of annexes; the folder's own bytes
   * are empty, its hash is that of its files' paths and hashes, its size their sum
   */
  files?: string[];
}

/**
 * Reads the file of every annex the specs list, once per path, or every file of an annex that is a folder (a package
 * of documents, such as annexes/interface/). A path that is absolute, leaves the workspace, names nothing, leads
 * outside it through a link, or (for Markdown) is not UTF-8 text is an error at the annex's entry.
 */
export function loadAnnexes(
  root: string,
  specs: Iterable<Spec>,
  maxBytes: number,
): { annexes: Map<string, AnnexFile>; diagnostics: Diagnostic[] } {
  const annexes = new Map<string, AnnexFile>();
  const failed = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const all = [...specs];
  for (const spec of all) {
    for (const annex of spec.annexes) {
      const at = spec.yaml.positionOf(['annexes', annex.index, 'path']);
      const report = (message: string) => diagnostics.push(diagnostic('error', 'annex', message, spec.file, at));
      const problem = annexPathProblem(annex.path);
      if (problem !== undefined) {
        report(problem);
        continue;
      }
      if (annexes.has(annex.path)) continue;
      const known = failed.get(annex.path);
      if (known !== undefined) {
        report(known);
        continue;
      }
      const message = isAnnexFolder(root, annex.path)
        ? readAnnexFolder(root, annex.path, maxBytes, annexes)
        : readAnnex(root, annex.path, maxBytes, annexes);
      if (message !== undefined) {
        failed.set(annex.path, message);
        report(message);
      }
    }
  }
  const languages = [...new Set(all.flatMap((s) => languagesOf(s)))].sort();
  for (const file of annexes.values())
    if (file.text !== undefined) diagnostics.push(...readTranslations(root, file, languages, maxBytes));
  return { annexes, diagnostics };
}

/** The translations of a Markdown annex that exist beside it, one per language of the workspace's specs. */
function readTranslations(root: string, file: AnnexFile, languages: readonly string[], maxBytes: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const found = new Map<string, AnnexTranslation>();
  for (const lang of languages) {
    const at = annexTranslationPath(file.path, lang);
    const read = readNamedFile(root, at, maxBytes);
    if (!read.ok) {
      if (read.reason !== 'does not exist')
        diagnostics.push(diagnostic('error', 'annex', `the annex translation ${at} ${read.reason}`, at));
      continue;
    }
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) {
      diagnostics.push(
        diagnostic('error', 'annex', `the annex translation is not clean UTF-8 text: ${decoded.reason}`, at, {
          line: decoded.line,
          column: decoded.column,
        }),
      );
      continue;
    }
    const { front, diagnostics: problems } = parseAnnexTranslation(at, lang, decoded.text);
    diagnostics.push(...problems);
    found.set(lang, { path: at, lang, ...front, sha256: sha256(read.bytes), size: read.bytes.length });
  }
  if (found.size > 0) file.translations = found;
  return diagnostics;
}

/** Reads every file of an annex folder into `annexes`, and the folder itself; the message of what went wrong otherwise. */
function readAnnexFolder(
  root: string,
  folder: string,
  maxBytes: number,
  annexes: Map<string, AnnexFile>,
): string | undefined {
  const listed = annexFolderFiles(root, folder);
  if ('reason' in listed) return `the annex folder ${folder} ${listed.reason}`;
  const read = new Map<string, AnnexFile>();
  for (const file of listed.files) {
    const r = readNamedFile(root, file, maxBytes);
    if (!r.ok) return `the annex folder ${folder} holds ${file}, which ${r.reason}`;
    read.set(file, { path: file, bytes: r.bytes, sha256: sha256(r.bytes), size: r.bytes.length });
  }
  const members = [...read.values()];
  for (const m of members) annexes.set(m.path, m);
  const listing = members.map((m) => `${m.path}\u0000${m.sha256}\u0000`).join('');
  annexes.set(folder, {
    path: folder,
    bytes: new Uint8Array(0),
    sha256: sha256(listing),
    size: members.reduce((n, m) => n + m.size, 0),
    files: members.map((m) => m.path),
  });
  return undefined;
}

/** Reads one annex into `annexes`; the message of what went wrong otherwise. */
function readAnnex(
  root: string,
  annexPath: string,
  maxBytes: number,
  annexes: Map<string, AnnexFile>,
): string | undefined {
  const read = readNamedFile(root, annexPath, maxBytes);
  if (!read.ok) return `the annex ${annexPath} ${read.reason}`;
  const { bytes } = read;
  const file: AnnexFile = { path: annexPath, bytes, sha256: sha256(bytes), size: bytes.length };
  if (/\.md$/i.test(annexPath)) {
    const decoded = decodeText(bytes);
    if (!decoded.ok)
      return `the annex ${annexPath} is rendered to Word, but it is not clean UTF-8 text (line ${decoded.line}, column ${decoded.column}): ${decoded.reason}`;
    file.text = decoded.text;
  }
  annexes.set(annexPath, file);
  return undefined;
}
