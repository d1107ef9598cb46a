import path from 'node:path';
import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerVerify: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('verify')
    .description('re-check a built pack against its manifest: files that changed, went missing or were added')
    .argument('<dir>', 'the pack folder, such as out/be')
    .option(
      '--against-sources',
      'also check that the workspace (--root) still holds the inputs the pack was built from',
    );
  formatOption(cmd, ['text', 'json']);
  rootOption(cmd, 'the workspace folder, for --against-sources').action(
    runs(
      io,
      setExit,
      async (dir: string, opts: { againstSources?: boolean; root: string; format: 'text' | 'json' }) => {
        const pack = path.resolve(io.cwd, dir);
        const root = opts.againstSources ? resolveRoot(io, opts.root) : undefined;
        if (root !== undefined) await workspaceExists(root);
        const { verifyPack } = await import('../../features/verify/verify-pack.js');
        const result = await verifyPack({ pack, ...(root !== undefined ? { sourcesRoot: root } : {}) });
        if (result.kind === 'usage') throw new UsageError(result.message);
        if (result.kind === 'invalid')
          return { exit: EXIT.inputErrors, notes: [`${path.join(dir, 'manifest.json')}: error ${result.message}`] };
        const { report } = result;
        const exit = report.ok ? EXIT.ok : EXIT.inputErrors;
        if (opts.format === 'json') return { exit, report: json({ pack: dir, ...report }) };
        const lines = report.mismatches.map((m) => `${m.path}: ${m.status}\n`);
        if (report.ok) {
          const inputs = report.checked.inputs === null ? '' : `, ${report.checked.inputs} inputs match the workspace`;
          lines.push(`${dir}: ${report.checked.outputs} files match the manifest${inputs}\n`);
        }
        return { exit, report: lines.join(''), notes: report.notes.map((note) => `note: ${note}`) };
      },
    ),
  );
};
