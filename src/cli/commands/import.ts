import { Option } from 'commander';
import path from 'node:path';
import { hasErrors } from '../../lib/diagnostics.js';
import {
  dryRunOption,
  formatOption,
  olderSpecOption,
  outDir,
  outDirOption,
  resolveRoot,
  rootOption,
  runs,
  specOf,
  type RegisterCommand,
} from '../command.js';
import { invalid, json } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { progressReporter } from '../progress.js';
import { addXliffImport } from './xliff.js';

export const registerImport: RegisterCommand = (program, io, setExit) => {
  const group = program.command('import').description('requirement files from other tools');

  const reqif = group
    .command('reqif')
    .description(
      'write requirement files from a ReqIF file (.reqif or .reqifz) written by another tool; reports what it could not map',
    )
    .argument('<file>', 'the ReqIF file');
  outDirOption(reqif, 'the folder that receives one requirement file per requirement (required)');
  dryRunOption(reqif)
    .option('--domain <domain>', 'the domain of requirements whose data names none (default: the first domain)')
    .option('--prefix <prefix>', "the prefix of generated ids (default: the prefix of the requirement's domain)");
  formatOption(reqif, ['text', 'json'], 'report format');
  rootOption(reqif).action(
    runs(
      io,
      setExit,
      async (
        file: string,
        opts: {
          root: string;
          outDir?: string;
          out?: string;
          into?: string;
          dryRun: boolean;
          domain?: string;
          prefix?: string;
          format: 'text' | 'json';
        },
      ) => {
        const into = outDir(io, opts);
        if (into === undefined)
          throw new UsageError('name the folder to write the requirement files into: --out-dir DIR');
        if (opts.prefix !== undefined && !/^[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*$/.test(opts.prefix)) {
          throw new UsageError(
            `--prefix must be upper-case letters and digits joined by "-", such as IMP or BE-INT, not "${opts.prefix}"`,
          );
        }
        const { importReqif } = await import('../../interchange/reqif/import-reqif.js');
        const { formatImportReport } = await import('../../interchange/reqif/import-report.js');
        const absolute = path.resolve(io.cwd, file);
        const progress = progressReporter(io);
        const outcome = await importReqif({
          file: absolute,
          into,
          dryRun: opts.dryRun,
          root: resolveRoot(io, opts.root),
          domain: opts.domain,
          prefix: opts.prefix,
          progress,
        }).finally(() => progress.done());
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'import');
        return {
          exit: EXIT.ok,
          report: opts.format === 'json' ? json(outcome.report) : formatImportReport(outcome.report, io.cwd),
        };
      },
    ),
  );

  addXliffImport(group, io, setExit);

  const docx = group
    .command('docx')
    .description(
      'Word tracked changes and comments in a tender document, as proposals per requirement, written into the workspace (requirement files for a root spec, deviations otherwise), then validated',
    )
    .argument('<file>', 'the edited tender-specification.docx')
    .argument('[spec]', 'the spec the document was built for (checked against its properties)');
  olderSpecOption(docx);
  dryRunOption(docx).addOption(
    new Option(
      '--apply',
      'write the proposals (what the command does unless --dry-run; the older spelling)',
    ).hideHelp(),
  );
  formatOption(docx, ['text', 'md', 'json'], 'report format');
  rootOption(docx).action(
    runs(
      io,
      setExit,
      async (
        file: string,
        spec: string | undefined,
        opts: { root: string; spec?: string; dryRun: boolean; format: 'text' | 'md' | 'json' },
      ) => {
        const { runDocxImport } = await import('../../interchange/docx/run-docx-import.js');
        const outcome = await runDocxImport({
          file: path.resolve(io.cwd, file),
          root: resolveRoot(io, opts.root),
          spec: specOf(spec, opts.spec),
          dryRun: opts.dryRun,
          format: opts.format,
        });
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'import');
        return {
          exit: hasErrors(outcome.diagnostics) ? EXIT.inputErrors : EXIT.ok,
          diagnostics: outcome.diagnostics,
          notes: outcome.notes,
          report: outcome.output,
        };
      },
    ),
  );
};
