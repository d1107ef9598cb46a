import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { parseYaml } from './yaml/parse-yaml.js';
import { deepContainerLine, MAX_CONTAINER_COST } from './markdown-nesting.js';
import { decodeText, sha256, type SourceFile } from './source-file.js';

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface WorkspaceFiles {
  /** absolute, real path of the workspace root */
  root: string;
  config: SourceFile | undefined;
  requirements: SourceFile[];
  specs: SourceFile[];
  templates: SourceFile[];
  /** `labels/<lang>.yaml`: frame words that add to or override the built-in label sets */
  labels?: SourceFile[];
  /** `glossary/<lang>.yaml`: the approved translations of the catalogue's terms */
  glossary?: SourceFile[];
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  maxFileBytes?: number;
}

/** The folders of the workspace that hold inputs (tenderkit.yaml aside). */
export type InputTree = 'requirements' | 'specs' | 'templates' | 'labels' | 'glossary';

const CONFIG_NAMES = ['tenderkit.yaml', 'tenderkit.yml'];

/** The trees of the workspace that hold inputs, and the file names each accepts. */
const TREES: Record<InputTree, (name: string) => boolean> = {
  requirements: (f: string) => f.endsWith('.md'),
  specs: (f: string) => f.endsWith('.yaml') || f.endsWith('.yml'),
  templates: (f: string) => f.endsWith('.hbs'),
  labels: (f: string) => f.endsWith('.yaml') || f.endsWith('.yml'),
  glossary: (f: string) => f.endsWith('.yaml') || f.endsWith('.yml'),
};

/** The only place that reads the workspace's inputs. Paths are sorted, so the result never depends on directory order. */
export async function readWorkspace(
  rootDir: string,
  options: ReadOptions & { trees?: readonly InputTree[] } = {},
): Promise<WorkspaceFiles> {
  const { root, config, reader, diagnostics } = openWorkspace(rootDir, options);
  const read = (tree: InputTree): SourceFile[] => {
    const files: SourceFile[] = [];
    if (options.trees && !options.trees.includes(tree)) return files;
    for (const entry of reader.list(tree, TREES[tree])) {
      const file = reader.read(entry.rel, entry.linked);
      if (file) files.push(file);
    }
    return files;
  };
  const requirements = read('requirements');
  const specs = read('specs');
  const templates = read('templates');
  const labels = read('labels');
  const glossary = read('glossary');
  return { root, config, requirements, specs, templates, labels, glossary, diagnostics };
}

/**
 * Some files of the workspace, named by their paths relative to the root (as `readWorkspace` names them), read and
 * checked as `readWorkspace` reads and checks them; a file that is missing or unreadable is in `diagnostics`.
 */
export async function readSomeFiles(
  rootDir: string,
  paths: readonly string[],
  options: ReadOptions = {},
): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const { reader, diagnostics } = openWorkspace(rootDir, options);
  const files: SourceFile[] = [];
  for (const rel of paths) {
    const file = reader.read(rel);
    if (file) files.push(file);
  }
  return { files, diagnostics };
}

/** A file of the workspace known by its content hash alone. */
export interface FileDigest {
  path: string;
  sha256: string;
}

export interface WorkspaceDigest {
  /** absolute, real path of the workspace root */
  root: string;
  /** tenderkit.yaml first, then each folder's files in path order */
  files: FileDigest[];
  diagnostics: Diagnostic[];
}

/**
 * The path and SHA-256 of every file `readWorkspace` would read, found by reading the bytes without decoding or
 * checking them: enough to tell whether the inputs of an earlier result are still exactly the same. Any problem
 * (an unreadable file, a link leading outside) is in `diagnostics`; only `readWorkspace` explains it.
 */
export async function digestWorkspace(rootDir: string, options: ReadOptions = {}): Promise<WorkspaceDigest> {
  const { root, config, reader, diagnostics } = openWorkspace(rootDir, options);
  const files: FileDigest[] = config ? [{ path: config.path, sha256: config.sha256 }] : [];
  for (const tree of Object.keys(TREES) as InputTree[]) {
    for (const entry of reader.list(tree, TREES[tree])) {
      const bytes = reader.readBytes(entry.rel, entry.linked);
      if (bytes) files.push({ path: entry.rel, sha256: sha256(bytes) });
    }
  }
  return { root, files, diagnostics };
}

/** The real root, the configuration (read first: it may set the size limit for the others) and a reader for the rest. */
function openWorkspace(
  rootDir: string,
  options: ReadOptions,
): { root: string; config: SourceFile | undefined; reader: FileReader; diagnostics: Diagnostic[] } {
  const root = realpathSync(rootDir);
  const diagnostics: Diagnostic[] = [];
  let config: SourceFile | undefined;
  for (const name of CONFIG_NAMES) {
    if (exists(path.join(root, name))) {
      config = new FileReader(root, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, diagnostics).read(name);
      break;
    }
  }
  const maxBytes = options.maxFileBytes ?? configuredLimit(config) ?? DEFAULT_MAX_FILE_BYTES;
  return { root, config, reader: new FileReader(root, maxBytes, diagnostics), diagnostics };
}

/** The size limit must be known before the other files are read, so it is read here (any YAML style); the config is validated later. */
function configuredLimit(config: SourceFile | undefined): number | undefined {
  if (!config?.text.includes('maxFileBytes')) return undefined;
  const value = parseYaml(config.text, { file: config.path }).value as
    | { limits?: { maxFileBytes?: unknown } }
    | null
    | undefined;
  const limit = value && typeof value === 'object' ? value.limits?.maxFileBytes : undefined;
  return typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 1024 ? limit : undefined;
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the workspace's files with the synchronous calls: a command waits for every file anyway, and thousands of
 * small reads handed to the thread pool and back cost several times more than the reads themselves.
 */
class FileReader {
  constructor(
    private readonly root: string,
    private readonly maxBytes: number,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The accepted files under `dir`, sorted by path; linked folders inside the workspace are followed once. */
  list(dir: string, accept: (name: string) => boolean): Listed[] {
    const abs = path.join(this.root, dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return [];
    }
    const out: Listed[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) for (const f of this.list(rel, accept)) out.push(f);
      else if (accept(e.name) && (e.isFile() || e.isSymbolicLink())) out.push({ rel, linked: e.isSymbolicLink() });
      else if (e.isSymbolicLink() && this.isLinkedFolderInside(rel))
        for (const f of this.list(rel, accept)) out.push(f);
    }
    return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  }

  private readonly linkedFolders = new Set<string>();

  /** A linked folder inside the workspace is read (once: links can make cycles); one that leads outside is refused. */
  private isLinkedFolderInside(rel: string): boolean {
    const real = realOrUndefined(path.join(this.root, rel));
    if (!real || !isDirectory(real)) return false;
    if (real !== this.root && !real.startsWith(this.root + path.sep)) {
      this.diagnostics.push(
        diagnostic(
          'error',
          'outside-workspace',
          `this folder is a link to ${real}, outside the workspace; tenderkit reads only files inside it`,
          rel,
        ),
      );
      return false;
    }
    const at = realpathSync(path.dirname(path.join(this.root, rel)));
    if (at === real || at.startsWith(real + path.sep)) {
      this.diagnostics.push(
        diagnostic(
          'warning',
          'link-cycle',
          'this folder is a link to a folder that contains it; it is not followed',
          rel,
        ),
      );
      return false;
    }
    if (this.linkedFolders.has(real)) return false;
    this.linkedFolders.add(real);
    return true;
  }

  /** Reads and decodes one file; undefined, with a diagnostic, when it cannot be read or is not clean UTF-8 text. */
  read(rel: string, linked = true): SourceFile | undefined {
    const bytes = this.readBytes(rel, linked);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      this.diagnostics.push(diagnostic('error', 'encoding', decoded.reason, rel, decoded));
      return undefined;
    }
    const deep = /\.(md|hbs)$/.test(rel) ? deepContainerLine(decoded.text) : undefined;
    if (deep) {
      const message = `lists and block quotes nest too deeply here (a list level counts 2, a quote 1, at most ${MAX_CONTAINER_COST} in all); deeper content would be lost`;
      this.diagnostics.push(diagnostic('error', 'markdown-nesting', message, rel, deep));
      return undefined;
    }
    return { path: rel, text: decoded.text, sha256: sha256(bytes), size: bytes.length };
  }

  /**
   * The bytes of one file, valid until the next read. Only a link needs its real path checked: a plain file found
   * by listing folders inside the workspace is inside it, which spares thousands of path look-ups. Opening does not
   * wait on a FIFO or device put in a file's place; anything but a regular file is skipped.
   */
  readBytes(rel: string, linked = true): Uint8Array | undefined {
    const abs = path.join(this.root, rel);
    try {
      let target = abs;
      if (linked) {
        target = realpathSync(abs);
        if (target !== this.root && !target.startsWith(this.root + path.sep)) {
          this.diagnostics.push(
            diagnostic(
              'error',
              'outside-workspace',
              `this file is a link to ${target}, outside the workspace; tenderkit reads only files inside it`,
              rel,
            ),
          );
          return undefined;
        }
      }
      return this.readRegularFile(target, rel, linked);
    } catch (err) {
      this.diagnostics.push(
        diagnostic('error', 'read', `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, rel),
      );
      return undefined;
    }
  }

  private scratch = Buffer.allocUnsafe(64 * 1024);

  /**
   * The bytes of a regular file within the size limit, valid until the next call; undefined (with a diagnostic
   * when too large) otherwise. A file found by listing a folder is known to be a regular file and is read
   * without asking its size first; a link's target is checked (it may be a folder, a FIFO or a device).
   */
  private readRegularFile(target: string, rel: string, linked: boolean): Uint8Array | undefined {
    const fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (linked && !fstatSync(fd).isFile()) return undefined;
      let filled = 0;
      for (;;) {
        // one buffer for all files, grown when needed: thousands of small buffers would keep the collector busy
        if (filled === this.scratch.length) {
          if (filled > this.maxBytes) break;
          const grown = Buffer.allocUnsafe(this.scratch.length * 2);
          this.scratch.copy(grown, 0, 0, filled);
          this.scratch = grown;
        }
        const n = readSync(fd, this.scratch, filled, this.scratch.length - filled, null);
        if (n === 0) break;
        filled += n;
      }
      if (filled > this.maxBytes) {
        const size = fstatSync(fd).size;
        this.diagnostics.push(
          diagnostic(
            'error',
            'file-too-large',
            `the file has ${size} bytes, more than the limit of ${this.maxBytes} (set limits.maxFileBytes in tenderkit.yaml)`,
            rel,
          ),
        );
        return undefined;
      }
      return this.scratch.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  }
}

interface Listed {
  rel: string;
  /** a symbolic link, whose target must be checked */
  linked: boolean;
}
