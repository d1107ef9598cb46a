import { Command, CommanderError } from 'commander';
import { TOOL_NAME, TOOL_VERSION } from '../lib/version.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, processIO, UsageError, type CliIO } from './io.js';

/** Runs the CLI; resolves to the exit code. Commands load their heavy modules lazily, so `--help` stays fast. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: ${err.message}\n`);
      return EXIT.usage;
    }
    const system = systemFailure(err);
    const message = err instanceof Error ? err.message : String(err);
    const hint = debug ? '' : '; rerun with --debug to see the stack';
    if (system) io.stderr(`${TOOL_NAME}: ${system}${hint}\n`);
    else
      io.stderr(
        `${TOOL_NAME}: internal error (this is a bug in ${TOOL_NAME}, please report it): ${message.split('\n')[0]}${hint}\n`,
      );
    if (debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.usage;
  }
}

/** The program with every command registered; the tests and the docs generator read its commands and options. */
export function createProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command(TOOL_NAME)
    .description('Compile harmonised procurement specifications into tender packs')
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', 'print the stack of an internal error')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of COMMANDS) register(program, io, setExit);
  return program;
}

/** A file-system refusal (full disk, no permission, a file where a folder should be) is the machine's state, not a bug. */
const SYSTEM_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  EMFILE: 'too many open files',
  EBUSY: 'it is busy',
};

function systemFailure(err: unknown): string | undefined {
  const e = err as Partial<NodeJS.ErrnoException> | null;
  const reason = typeof e?.code === 'string' ? SYSTEM_CODES[e.code] : undefined;
  if (!reason) return undefined;
  const what = e?.syscall && e.path ? `cannot ${e.syscall} ${e.path}` : 'a file operation failed';
  return `${what}: ${reason} (${e!.code})`;
}

export { commandsReference } from './commands-reference.js';
export { RULES } from '../check/registry.js';
export { rulesReference } from '../check/rules-reference.js';
