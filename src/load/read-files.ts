import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { parseYaml } from './yaml/parse-yaml.js';
import { deepContainerLine, MAX_CONTAINER_COST } from './markdown-nesting.js';
import { decodeText, type SourceFile } from './source-file.js';
import { sha256 } from '../lib/hash/sha256.js';
import { diskSource } from './disk-source.js';
import type { FileSource } from './file-source.js';

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
  /** where the files come from (default: the working tree at the root given) */
  source?: FileSource;
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

/**
 * The load's first step, and the only place that reads the workspace's inputs. Paths are sorted, so the result never
 * depends on directory order.
 */
export function readFiles(
  rootDir: string,
  options: ReadOptions & { trees?: readonly InputTree[] } = {},
): WorkspaceFiles {
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
 * Some files of the workspace, named by their paths relative to the root (as `readFiles` names them), read and
 * checked as `readFiles` reads and checks them; a file that is missing or unreadable is in `diagnostics`.
 */
export function readSomeFiles(
  rootDir: string,
  paths: readonly string[],
  options: ReadOptions = {},
): { files: SourceFile[]; diagnostics: Diagnostic[] } {
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
 * The path and SHA-256 of every file `readFiles` would read, found by reading the bytes without decoding or
 * checking them: enough to tell whether the inputs of an earlier result are still exactly the same. Any problem
 * (an unreadable file, a link leading outside) is in `diagnostics`; only `readFiles` explains it.
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
  const source = options.source ?? diskSource(rootDir);
  const diagnostics: Diagnostic[] = [];
  let config: SourceFile | undefined;
  for (const name of CONFIG_NAMES) {
    if (source.exists(name)) {
      config = new FileReader(source, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, diagnostics).read(name);
      break;
    }
  }
  const maxBytes = options.maxFileBytes ?? configuredLimit(config) ?? DEFAULT_MAX_FILE_BYTES;
  return { root: source.root, config, reader: new FileReader(source, maxBytes, diagnostics), diagnostics };
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

/** Reads the files of a source within the size limit, decodes and checks them; every problem goes to `diagnostics`. */
class FileReader {
  private readonly report: (d: Diagnostic) => void;

  constructor(
    private readonly source: FileSource,
    private readonly maxBytes: number,
    diagnostics: Diagnostic[],
  ) {
    this.report = (d) => diagnostics.push(d);
  }

  list(dir: string, accept: (name: string) => boolean) {
    return this.source.list(dir, accept, this.report);
  }

  readBytes(rel: string, linked = true): Uint8Array | undefined {
    return this.source.readBytes(rel, linked, this.maxBytes, this.report);
  }

  /** Reads and decodes one file; undefined, with a diagnostic, when it cannot be read or is not clean UTF-8 text. */
  read(rel: string, linked = true): SourceFile | undefined {
    const bytes = this.readBytes(rel, linked);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      this.report(diagnostic('error', 'encoding', decoded.reason, rel, decoded));
      return undefined;
    }
    const deep = /\.(md|hbs)$/.test(rel) ? deepContainerLine(decoded.text) : undefined;
    if (deep) {
      const message = `lists and block quotes nest too deeply here (a list level counts 2, a quote 1, at most ${MAX_CONTAINER_COST} in all); deeper content would be lost`;
      this.report(diagnostic('error', 'markdown-nesting', message, rel, deep));
      return undefined;
    }
    return { path: rel, text: decoded.text, sha256: sha256(bytes), size: bytes.length };
  }
}
