import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface BuiltCli {
  /** the bin script of a private compiled copy */
  bin: string;
  dispose: () => Promise<void>;
}

/**
 * Builds the sources with the project's build script into a private folder (package.json, bin/, dist/, a link
 * to node_modules), so child processes run the real CLI the way a user does, without racing other builds into
 * the shared dist/.
 */
export async function buildCli(): Promise<BuiltCli> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-cli-'));
  const run = await runNode([path.join(REPO, 'scripts/build.mjs'), path.join(dir, 'dist')], { timeoutMs: 300_000 });
  if (run.code !== 0 || !existsSync(path.join(dir, 'dist/main.js')))
    throw new Error(`the build produced no dist/main.js:\n${run.stdout}${run.stderr}`);
  await mkdir(path.join(dir, 'bin'));
  // bin/package.json makes the bin script CommonJS
  for (const file of ['tenderkit.js', 'package.json'])
    await copyFile(path.join(REPO, 'bin', file), path.join(dir, 'bin', file));
  await copyFile(path.join(REPO, 'package.json'), path.join(dir, 'package.json'));
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (existsSync(path.join(REPO, 'templates')))
    await symlink(path.join(REPO, 'templates'), path.join(dir, 'templates'), 'dir');
  return { bin: path.join(dir, 'bin/tenderkit.js'), dispose: () => rm(dir, { recursive: true, force: true }) };
}

export interface NodeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface NodeRunOptions {
  cwd?: string;
  /** the whole environment of the child (PATH is added) */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** V8 heap limit, to prove memory stays bounded */
  maxOldSpaceMb?: number;
}

/** Runs `node args...` and collects its output; a child that outlives the timeout is killed (signal SIGKILL). */
export function runNode(args: string[], options: NodeRunOptions = {}): Promise<NodeRun> {
  const started = Date.now();
  const flags = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, ...args], {
      cwd: options.cwd ?? REPO,
      env: options.env ? { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...options.env } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
