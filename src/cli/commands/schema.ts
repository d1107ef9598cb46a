import { Argument } from 'commander';
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../io.js';

export const registerSchema: RegisterCommand = (program, io, setExit) => {
  program
    .command('schema')
    .description('print the JSON Schema of a file kind, for editors that validate as you type')
    .addArgument(new Argument('<kind>', 'which schema').choices(['requirement', 'spec', 'config']))
    .action(async (kind: 'requirement' | 'spec' | 'config') => {
      const { SCHEMAS } = await import('../../load/schema/validate-schema.js');
      io.stdout(`${JSON.stringify(SCHEMAS[kind], null, 2)}\n`);
      setExit(EXIT.ok);
    });
};
