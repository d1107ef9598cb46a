import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { decodeText, sha256, type SourceFile } from './source-file.js';

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface WorkspaceFiles {
  /** absolute, real path of the workspace root */
  root: string;
  config: SourceFile | undefined;
  requirements: SourceFile[];
  specs: SourceFile[];
  templates: SourceFile[];
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  maxFileBytes?: number;
}

const CONFIG_NAMES = ['tenderkit.yaml', 'tenderkit.yml'];

/** The only place that reads the workspace's inputs. Paths are sorted, so the result never depends on directory order. */
export async function readWorkspace(rootDir: string, options: ReadOptions = {}): Promise<WorkspaceFiles> {
  const root = await realpath(rootDir);
  const diagnostics: Diagnostic[] = [];
  let config: SourceFile | undefined;
  for (const name of CONFIG_NAMES) {
    if (await exists(path.join(root, name))) {
      config = await new FileReader(root, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, diagnostics).read(name);
      break;
    }
  }
  const maxBytes = options.maxFileBytes ?? configuredLimit(config) ?? DEFAULT_MAX_FILE_BYTES;
  const reader = new FileReader(root, maxBytes, diagnostics);
  const requirements = await reader.readTree('requirements', (f) => f.endsWith('.md'));
  const specs = await reader.readTree('specs', (f) => f.endsWith('.yaml') || f.endsWith('.yml'));
  const templates = await reader.readTree('templates', (f) => f.endsWith('.hbs'));
  return { root, config, requirements, specs, templates, diagnostics };
}

/** The size limit must be known before the other files are read, so it is peeked at here; the config is validated later. */
function configuredLimit(config: SourceFile | undefined): number | undefined {
  if (!config) return undefined;
  const m = /^limits:\s*\n(?:[ \t]+.*\n)*?[ \t]+maxFileBytes:\s*(\d+)\s*$/m.exec(config.text);
  return m ? Number(m[1]) : undefined;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

class FileReader {
  constructor(
    private readonly root: string,
    private readonly maxBytes: number,
    private readonly diagnostics: Diagnostic[],
  ) {}

  async readTree(dir: string, accept: (name: string) => boolean): Promise<SourceFile[]> {
    const names = await this.list(dir, accept);
    const files = await Promise.all(names.map((n) => this.read(n)));
    return files.filter((f): f is SourceFile => f !== undefined);
  }

  private async list(dir: string, accept: (name: string) => boolean): Promise<string[]> {
    const abs = path.join(this.root, dir);
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return [];
    }
    const out: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) out.push(...(await this.list(rel, accept)));
      else if (accept(e.name) && (e.isFile() || e.isSymbolicLink())) out.push(rel);
    }
    return out.sort();
  }

  async read(rel: string): Promise<SourceFile | undefined> {
    const abs = path.join(this.root, rel);
    try {
      const real = await realpath(abs);
      if (real !== this.root && !real.startsWith(this.root + path.sep)) {
        this.diagnostics.push(diagnostic('error', 'outside-workspace', `this file is a link to ${real}, outside the workspace; tenderkit reads only files inside it`, rel));
        return undefined;
      }
      const info = await stat(real);
      if (!info.isFile()) return undefined;
      if (info.size > this.maxBytes) {
        this.diagnostics.push(diagnostic('error', 'file-too-large', `the file has ${info.size} bytes, more than the limit of ${this.maxBytes} (set limits.maxFileBytes in tenderkit.yaml)`, rel));
        return undefined;
      }
      const bytes = await readFile(real);
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        this.diagnostics.push(diagnostic('error', 'encoding', decoded.reason, rel, decoded));
        return undefined;
      }
      return { path: rel, text: decoded.text, sha256: sha256(bytes), size: bytes.length };
    } catch (err) {
      this.diagnostics.push(diagnostic('error', 'read', `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, rel));
      return undefined;
    }
  }
}
