import path from 'node:path';
import {
  formatOption,
  olderSpecOption,
  outFileOption,
  resolveRoot,
  rootOption,
  runs,
  specOf,
  type RegisterCommand,
} from '../command.js';
import { invalid, json } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

/**
 * Exit 0 when the form is intact, whatever the bidder answered (the findings are in the output);
 * 1 when it was altered outside the bidder's columns, cannot be read, or the workspace has errors.
 */
export const registerResponses: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('responses')
    .description(
      "check a filled-in compliance-matrix.xlsx: unmet mandatory requirements, missing answers, changes outside the bidder's columns",
    )
    .argument('<file>', 'the returned .xlsx response form')
    .argument('[spec]', 'the spec the form was issued for (required)');
  olderSpecOption(cmd);
  formatOption(cmd, ['md', 'json']);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (
        file: string,
        named: string | undefined,
        opts: { root: string; spec?: string; format: 'md' | 'json'; out?: string },
      ) => {
        const spec = specOf(named, opts.spec);
        if (spec === undefined) throw new UsageError('name the spec the form was issued for: responses FILE SPEC');
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { checkResponseFile } = await import('../../features/responses/responses.js');
        const displayName = path.relative(io.cwd, path.resolve(io.cwd, file)) || file;
        const outcome = await checkResponseFile({ root, spec, file: path.resolve(io.cwd, file), displayName });
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return { exit: EXIT.inputErrors, diagnostics: outcome.diagnostics };
        if (outcome.kind === 'unreadable') {
          const { fileDiagnostic } = await import('../../lib/diagnostics.js');
          const problem = `cannot read the response form: ${outcome.message}`;
          return invalid([fileDiagnostic('responses', problem, path.resolve(io.cwd, file))]);
        }
        const { report } = outcome;
        const { formatResponsesMarkdown } = await import('../../features/responses/format-responses.js');
        return {
          exit: report.intact ? EXIT.ok : EXIT.inputErrors,
          diagnostics: outcome.diagnostics,
          report: opts.format === 'json' ? json(report) : formatResponsesMarkdown(report),
          ...(opts.out ? { out: opts.out } : {}),
          notes: report.intact
            ? []
            : [
                `${displayName}: the form was altered outside the bidder's columns (${report.alterations.length} changes)`,
              ],
        };
      },
    ),
  );
};
