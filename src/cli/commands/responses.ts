import { Option } from 'commander';
import path from 'node:path';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

/**
 * Exit 0 when the form is intact, whatever the bidder answered (the findings are in the output);
 * 1 when it was altered outside the bidder's columns, cannot be read, or the workspace has errors.
 */
export const registerResponses: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('responses')
      .description(
        "check a filled-in compliance-matrix.xlsx: unmet mandatory requirements, missing answers, changes outside the bidder's columns",
      )
      .argument('<file>', 'the returned .xlsx response form')
      .requiredOption('--spec <spec>', 'the spec the form was issued for')
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md')),
  ).action(async (file: string, opts: { root: string; spec: string; format: 'md' | 'json' }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { checkResponseFile } = await import('../../features/responses/responses.js');
    const displayName = path.relative(io.cwd, path.resolve(io.cwd, file)) || file;
    const outcome = await checkResponseFile({ root, spec: opts.spec, file: path.resolve(io.cwd, file), displayName });
    if (outcome.kind === 'usage') throw new UsageError(outcome.message);
    if (outcome.kind === 'invalid') {
      printDiagnostics(io, outcome.diagnostics);
      setExit(EXIT.inputErrors);
      return;
    }
    if (outcome.kind === 'unreadable') {
      io.stderr(`${displayName}:1:1: error cannot read the response form: ${outcome.message} [responses]\n`);
      setExit(EXIT.inputErrors);
      return;
    }
    printDiagnostics(io, outcome.diagnostics);
    if (opts.format === 'json') io.stdout(`${JSON.stringify(outcome.report, null, 2)}\n`);
    else {
      const { formatResponsesMarkdown } = await import('../../features/responses/format-responses.js');
      io.stdout(formatResponsesMarkdown(outcome.report));
    }
    if (!outcome.report.intact)
      io.stderr(
        `${displayName}: the form was altered outside the bidder's columns (${outcome.report.alterations.length} changes)\n`,
      );
    setExit(outcome.report.intact ? EXIT.ok : EXIT.inputErrors);
  });
};
