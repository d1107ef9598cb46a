import { Argument } from 'commander';
import { resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
import { EXIT } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerSchema: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('schema')
    .description('print the JSON Schema of a file kind, for editors that validate as you type')
    .addArgument(new Argument('<kind>', 'which schema').choices(['requirement', 'spec', 'config']));
  rootOption(cmd, 'the workspace folder (accepted like everywhere; the schemas do not depend on it)').action(
    runs(io, setExit, async (kind: 'requirement' | 'spec' | 'config', opts: { root: string }) => {
      await workspaceExists(resolveRoot(io, opts.root));
      const { SCHEMAS } = await import('../../load/schema/validate-schema.js');
      return { exit: EXIT.ok, report: json(SCHEMAS[kind]) };
    }),
  );
};
