import path from 'node:path';
import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
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
    .requiredOption('--spec <spec>', 'the spec the form was issued for');
  formatOption(cmd, ['md', 'json']);
  rootOption(cmd).action(
    runs(io, setExit, async (file: string, opts: { root: string; spec: string; format: 'md' | 'json' }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { checkResponseFile } = await import('../../features/responses/responses.js');
      const displayName = path.relative(io.cwd, path.resolve(io.cwd, file)) || file;
      const outcome = await checkResponseFile({ root, spec: opts.spec, file: path.resolve(io.cwd, file), displayName });
      if (outcome.kind === 'usage') throw new UsageError(outcome.message);
      if (outcome.kind === 'invalid') return { exit: EXIT.inputErrors, diagnostics: outcome.diagnostics };
      if (outcome.kind === 'unreadable')
        return {
          exit: EXIT.inputErrors,
          notes: [`${displayName}:1:1: error cannot read the response form: ${outcome.message} [responses]`],
        };
      const { report } = outcome;
      const { formatResponsesMarkdown } = await import('../../features/responses/format-responses.js');
      return {
        exit: report.intact ? EXIT.ok : EXIT.inputErrors,
        diagnostics: outcome.diagnostics,
        report: opts.format === 'json' ? json(report) : formatResponsesMarkdown(report),
        notes: report.intact
          ? []
          : [
              `${displayName}: the form was altered outside the bidder's columns (${report.alterations.length} changes)`,
            ],
      };
    }),
  );
};
