import { Option } from 'commander';
import path from 'node:path';
import { resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerVerify: RegisterCommand = (program, io, setExit) => {
  program
    .command('verify')
    .description('re-check a built pack against its manifest: files that changed, went missing or were added')
    .argument('<dir>', 'the pack folder, such as out/be')
    .option(
      '--against-sources',
      'also check that the workspace (--root) still holds the inputs the pack was built from',
    )
    .option('--root <dir>', 'the workspace folder, for --against-sources', '.')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (dir: string, opts: { againstSources?: boolean; root: string; format: 'text' | 'json' }) => {
      const pack = path.resolve(io.cwd, dir);
      const root = opts.againstSources ? resolveRoot(io, opts.root) : undefined;
      if (root !== undefined) await workspaceExists(root);
      const { verifyPack } = await import('../../features/verify/verify-pack.js');
      const result = await verifyPack({ pack, ...(root !== undefined ? { sourcesRoot: root } : {}) });
      if (result.kind === 'usage') throw new UsageError(result.message);
      if (result.kind === 'invalid') {
        io.stderr(`${path.join(dir, 'manifest.json')}: error ${result.message}\n`);
        setExit(EXIT.inputErrors);
        return;
      }
      const { report } = result;
      if (opts.format === 'json') {
        io.stdout(`${JSON.stringify({ pack: dir, ...report }, null, 2)}\n`);
      } else {
        for (const m of report.mismatches) io.stdout(`${m.path}: ${m.status}\n`);
        for (const note of report.notes) io.stderr(`note: ${note}\n`);
        if (report.ok) {
          const inputs = report.checked.inputs === null ? '' : `, ${report.checked.inputs} inputs match the workspace`;
          io.stdout(`${dir}: ${report.checked.outputs} files match the manifest${inputs}\n`);
        }
      }
      setExit(report.ok ? EXIT.ok : EXIT.inputErrors);
    });
};
