import { Argument } from 'commander';
import path from 'node:path';
import { outDir, outDirOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
import { EXIT } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerSchema: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('schema')
    .description(
      'print the JSON Schema of a file kind (every schema, as a list, without one), or write them for editors with --out-dir',
    )
    .addArgument(new Argument('[kind]', 'which schema').choices(['requirement', 'spec', 'config', 'glossary']));
  outDirOption(cmd, 'write <kind>.schema.json files into this folder instead of printing');
  rootOption(cmd, 'the workspace folder (accepted like everywhere; the schemas do not depend on it)').action(
    runs(
      io,
      setExit,
      async (
        kind: 'requirement' | 'spec' | 'config' | 'glossary' | undefined,
        opts: { root: string; outDir?: string; out?: string },
      ) => {
        await workspaceExists(resolveRoot(io, opts.root));
        const { SCHEMAS } = await import('../../load/schema/validate-schema.js');
        const kinds = kind ? [kind] : (Object.keys(SCHEMAS) as Array<keyof typeof SCHEMAS>);
        const dir = outDir(io, opts);
        if (dir) {
          const { writeFileAtomically } = await import('../../write/write-atomic.js');
          const written: string[] = [];
          for (const k of kinds) {
            const file = path.join(dir, `${k}.schema.json`);
            await writeFileAtomically(file, json(SCHEMAS[k]));
            written.push(path.relative(io.cwd, file));
          }
          return { exit: EXIT.ok, report: `${written.join('\n')}\n` };
        }
        return { exit: EXIT.ok, report: json(kind ? SCHEMAS[kind] : kinds.map((k) => SCHEMAS[k])) };
      },
    ),
  );
};
