import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** symbolic refs can point at refs only; a hostile HEAD must not send us reading elsewhere */
const REF_NAME = /^refs\/(?:[^/\0\\]+\/)*[^/\0\\]+$/;

/**
 * The commit checked out in the git repository that holds `dir` (the folder itself or a parent), or null when there
 * is none (no repository, a branch without commits, anything unreadable). Reads `.git` the way git does, without
 * running git: a `.git` folder or a `gitdir:` file (worktrees, submodules), HEAD, loose refs, then packed-refs.
 */
export async function gitCommit(dir: string): Promise<string | null> {
  try {
    const gitDir = await findGitDir(path.resolve(dir));
    if (!gitDir) return null;
    const commonDir = await readCommonDir(gitDir);
    let head = (await readFile(path.join(gitDir, 'HEAD'), 'utf8')).trim();
    for (let hops = 0; hops < 5; hops++) {
      if (OBJECT_ID.test(head)) return head;
      const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
      if (!ref || !REF_NAME.test(ref) || ref.split('/').includes('..')) return null;
      const loose = (await readIfExists(path.join(gitDir, ref))) ?? (await readIfExists(path.join(commonDir, ref)));
      if (loose !== undefined) {
        head = loose.trim();
        continue;
      }
      return packedRef(await readIfExists(path.join(commonDir, 'packed-refs')), ref);
    }
    return null;
  } catch {
    return null;
  }
}

async function findGitDir(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.git');
    const info = await lstat(candidate).catch(() => undefined);
    if (info?.isDirectory()) return candidate;
    if (info?.isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(candidate, 'utf8'))?.[1]?.trim();
      return pointer ? path.resolve(dir, pointer) : undefined;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A linked worktree keeps its HEAD apart and shares refs with the main repository, named in `commondir`. */
async function readCommonDir(gitDir: string): Promise<string> {
  const common = await readIfExists(path.join(gitDir, 'commondir'));
  return common ? path.resolve(gitDir, common.trim()) : gitDir;
}

function packedRef(text: string | undefined, ref: string): string | null {
  for (const line of (text ?? '').split('\n')) {
    if (line.startsWith('#') || line.startsWith('^')) continue;
    const [id, name] = line.trim().split(' ');
    if (name === ref && id && OBJECT_ID.test(id)) return id;
  }
  return null;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
