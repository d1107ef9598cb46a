import { InvalidArgumentError, type Command } from 'commander';
import path from 'node:path';
import type { CliIO } from './io.js';

/** A command registers itself on the program; it reports its exit code through `setExit`. */
export type RegisterCommand = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

export function rootOption(cmd: Command): Command {
  return cmd.option('--root <dir>', 'the workspace folder', '.');
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
