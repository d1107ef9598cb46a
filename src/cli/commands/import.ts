import path from 'node:path';
import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
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
    .argument('<file>', 'the ReqIF file')
    .requiredOption('--into <dir>', 'the folder that receives one requirement file per requirement')
    .option('--domain <domain>', 'the domain of requirements whose data names none (default: the first domain)')
    .option('--prefix <prefix>', "the prefix of generated ids (default: the prefix of the requirement's domain)");
  formatOption(reqif, ['text', 'json'], 'report format');
  rootOption(reqif).action(
    runs(
      io,
      setExit,
      async (
        file: string,
        opts: { root: string; into: string; domain?: string; prefix?: string; format: 'text' | 'json' },
      ) => {
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
          into: path.resolve(io.cwd, opts.into),
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
    .description('Word tracked changes and comments in a tender document, as proposals per requirement')
    .argument('<file>', 'the edited tender-specification.docx')
    .option('--spec <spec>', 'the spec the document was built for (checked against its properties)')
    .option(
      '--apply',
      'write the proposals into the workspace (requirement files for a root spec, deviations otherwise), then validate',
    );
  formatOption(docx, ['text', 'md', 'json'], 'report format');
  rootOption(docx).action(
    runs(
      io,
      setExit,
      async (file: string, opts: { root: string; spec?: string; apply?: boolean; format: 'text' | 'md' | 'json' }) => {
        const { importDocx } = await import('../../interchange/docx/import-docx.js');
        const { formatDocxImport } = await import('../../interchange/docx/format-docx-import.js');
        const absolute = path.resolve(io.cwd, file);
        const outcome = await importDocx({ file: absolute, root: resolveRoot(io, opts.root), spec: opts.spec });
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'import');
        const [{ standingNotes }, { fileDiagnostic }] = await Promise.all([
          import('../../interchange/docx/standing-notes.js'),
          import('../../lib/diagnostics.js'),
        ]);
        const standing = standingNotes(outcome.standing).map((n) => fileDiagnostic('docx', n, absolute, 'warning'));
        if (!opts.apply) {
          return {
            exit: EXIT.ok,
            diagnostics: standing,
            report: opts.format === 'json' ? json(outcome.report) : formatDocxImport(outcome.report, opts.format),
          };
        }
        const { applyDocxImport } = await import('../../interchange/docx/apply-docx-import.js');
        const { formatApplied, appliedJson } = await import('../../interchange/docx/format-docx-import.js');
        const applied = await applyDocxImport(outcome.report, outcome.context);
        const { hasErrors } = await import('../../lib/diagnostics.js');
        return {
          exit: hasErrors(applied.diagnostics) ? EXIT.inputErrors : EXIT.ok,
          diagnostics: [...standing, ...applied.diagnostics],
          notes: [
            ...(hasErrors(applied.diagnostics)
              ? ['the proposals were written; validate found the errors above for a person to finish']
              : []),
          ],
          report:
            opts.format === 'json'
              ? json({ ...outcome.report, applied: appliedJson(applied) })
              : formatDocxImport(outcome.report, opts.format) + formatApplied(applied, opts.format),
        };
      },
    ),
  );
};
