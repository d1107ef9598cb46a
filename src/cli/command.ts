import { InvalidArgumentError, Option, type Command } from 'commander';
import path from 'node:path';
import { finish, type CommandResult } from './finish.js';
import { EXIT, UsageError, type CliIO } from './io.js';

/** A command registers itself on the program; it reports its exit code through `setExit`. */
export type RegisterCommand = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

/** `--root DIR`, which every command accepts (default: the current folder). */
export function rootOption(cmd: Command, description = 'the workspace folder'): Command {
  return cmd.option('--root <dir>', description, '.');
}

export function resolveRoot(io: CliIO, root: string | undefined): string {
  return path.resolve(io.cwd, root ?? '.');
}

export function listOption(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/**
 * Wraps a command's body: the body returns a CommandResult, `finish` prints it and the exit code is set from it.
 * Every command's `.action(...)` goes through this, so there is one way for a command to end.
 */
export function runs<A extends unknown[]>(
  io: CliIO,
  setExit: (code: number) => void,
  body: (...args: A) => Promise<CommandResult>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const result = await body(...args);
    // a command that failed on its inputs when asked for JSON answers in JSON: the diagnostics, as validate gives them
    const format = formatOf(args);
    const asked =
      result.format === undefined &&
      result.report === undefined &&
      result.exit === EXIT.inputErrors &&
      format === 'json';
    setExit(await finish(io, asked ? { ...result, format } : result));
  };
}

/** The `--format` of a command's options (commander passes them after the arguments, before the command). */
function formatOf(args: readonly unknown[]): string | undefined {
  const opts = args.at(-2);
  if (!opts || typeof opts !== 'object' || !('format' in opts)) return undefined;
  const { format } = opts as { format?: unknown };
  return typeof format === 'string' ? format : undefined;
}

/**
 * `--format` with its choices; the first choice is the default unless `fallback` says otherwise. Every report
 * takes `text` and `json`: where the text report is Markdown, `text` is accepted as another name for `md`.
 */
export function formatOption(
  cmd: Command,
  choices: readonly string[],
  description = 'output format',
  fallback: string | undefined = choices[0],
): Command {
  const textIsMd = choices.includes('md') && !choices.includes('text');
  const allowed = textIsMd ? [...choices, 'text'] : [...choices];
  const option = new Option('--format <format>', textIsMd ? `${description} (text is the same as md)` : description)
    .choices(allowed)
    .argParser((value: string) => {
      if (!allowed.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${allowed.join(', ')}.`);
      return textIsMd && value === 'text' ? 'md' : value;
    });
  return cmd.addOption(fallback === undefined ? option : option.default(fallback));
}

/** `--out FILE`: one file instead of standard output (or the file a command must write). */
export function outFileOption(cmd: Command, description = 'write to this file instead of standard output'): Command {
  return cmd.option('--out <file>', description);
}

/**
 * `--out-dir DIR`: every command that writes a folder names it so. The older spellings (`--out DIR`, and `--into DIR`
 * of import reqif) are accepted and hidden from the help; read the result with `outDir(io, opts)`.
 */
export function outDirOption(cmd: Command, description: string): Command {
  return cmd
    .option('--out-dir <dir>', description)
    .addOption(new Option('--out <dir>', 'the same as --out-dir (the older spelling)').hideHelp())
    .addOption(new Option('--into <dir>', 'the same as --out-dir (the older spelling)').hideHelp());
}

/** The folder of `--out-dir` (or an older spelling), resolved against the working folder. */
export function outDir(io: CliIO, opts: { outDir?: string; out?: string; into?: string }): string | undefined {
  const given = [opts.outDir, opts.out, opts.into].filter((d): d is string => d !== undefined);
  if (new Set(given).size > 1) throw new UsageError('--out and --out-dir name the same folder: give one of them');
  const dir = given[0];
  return dir === undefined ? undefined : path.resolve(io.cwd, dir);
}

/**
 * `--dry-run`, the one option of every command that writes the workspace (import reqif, import xliff, import docx,
 * review): they write, as the workspace is kept in git and every write is atomic; `--dry-run` reports what would be
 * written and writes nothing.
 */
export function dryRunOption(cmd: Command): Command {
  return cmd.option('--dry-run', 'report what would be written to the workspace, and write nothing', false);
}

/**
 * A spec named by an option of an older spelling (`--spec ID`) where the spec is now positional: the positional,
 * or the option, never two different ones.
 */
export function specOf(positional: string | undefined, option: string | undefined): string | undefined {
  if (positional !== undefined && option !== undefined && positional !== option)
    throw new UsageError(`two specs named: ${positional} and --spec ${option}; name one`);
  return positional ?? option;
}

/** The hidden `--spec ID`, kept for a spec that is now positional. */
export function olderSpecOption(cmd: Command): Command {
  return cmd.addOption(new Option('--spec <spec>', 'the same as the spec argument (the older spelling)').hideHelp());
}
