import { Command, CommanderError } from 'commander';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, processIO, UsageError, type CliIO } from './io.js';

/** Runs the CLI; resolves to the exit code. Commands load their heavy modules lazily, so `--help` stays fast. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  const program = new Command(TOOL_NAME)
    .description('Compile harmonised procurement specifications into tender packs')
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', 'print the stack of an internal error')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of COMMANDS) {
    register(program, io, (code) => {
      exitCode = code;
    });
  }
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
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${TOOL_NAME}: internal error (this is a bug in ${TOOL_NAME}, please report it): ${message.split('\n')[0]}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
    else io.stderr('rerun with --debug to see the stack\n');
    return EXIT.usage;
  }
}
