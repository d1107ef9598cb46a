import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import { leaves } from '../../src/cli/commands-reference.js';

/** The commands that write into the workspace: one convention, they write unless `--dry-run`. */
const WRITE_THE_WORKSPACE = ['import reqif', 'import xliff', 'import docx', 'review'];

const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd(), isTTY: false };
const commands = leaves(createProgram(io, () => {})).map(([words, cmd]) => ({
  name: words.join(' '),
  help: cmd.helpInformation(),
}));
/** The option lines of a command's --help: `  --out <file>  description`. */
const optionLines = (help: string) => help.split('\n').filter((l) => /^\s+(-\w, )?--/.test(l));

describe("one meaning per option, read from every command's --help", () => {
  it('walks every command', () => {
    expect(commands.length).toBeGreaterThan(25);
  });

  for (const { name, help } of commands) {
    it(`${name}: --out names a file, --out-dir a folder, the spec an argument`, () => {
      const lines = optionLines(help);
      for (const line of lines.filter((l) => /--out\b(?!-)/.test(l))) expect(line, name).toMatch(/--out <file>/);
      for (const line of lines.filter((l) => /--out-dir\b/.test(l))) expect(line, name).toMatch(/--out-dir <dir>/);
      expect(
        lines.filter((l) => /--into\b/.test(l)),
        name,
      ).toEqual([]);
      expect(
        lines.filter((l) => /--spec\b/.test(l)),
        name,
      ).toEqual([]);
      // a folder is never an --out, a file never an --out-dir
      for (const line of lines.filter((l) => /--out <file>/.test(l))) expect(line, name).not.toMatch(/\bfolder\b/);
    });
  }

  it('every command that writes the workspace has the same --dry-run, and no other way to hold back', () => {
    const dryRun = new Set<string>();
    for (const { name, help } of commands.filter((c) => WRITE_THE_WORKSPACE.includes(c.name))) {
      const lines = optionLines(help);
      const line = lines.find((l) => /--dry-run\b/.test(l));
      expect(line, name).toBeDefined();
      dryRun.add(line!.trim().replace(/\s+/g, ' '));
      expect(
        lines.filter((l) => /--apply\b/.test(l)),
        name,
      ).toEqual([]);
    }
    expect(dryRun.size).toBe(1);
    expect(commands.filter((c) => WRITE_THE_WORKSPACE.includes(c.name)).length).toBe(WRITE_THE_WORKSPACE.length);
  });
});
