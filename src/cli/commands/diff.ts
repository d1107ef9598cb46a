import { Option } from 'commander';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { UsageError } from '../io.js';
import { emitReport } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerDiff: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('diff')
      .description('deviations of a resolved spec against another (default: the root of its chain)')
      .argument('<variant>', 'the spec whose deviations are reported')
      .option('--against <spec>', "the spec to compare with (default: the root of the variant's chain)")
      .addOption(
        new Option('--format <format>', 'md (report), json, html (one page) or docx (Word redline, needs --out)')
          .choices(['md', 'json', 'html', 'docx'])
          .default('md'),
      )
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(
    async (
      variant: string,
      opts: { root: string; against?: string; format: 'md' | 'json' | 'html' | 'docx'; out?: string },
    ) => {
      if (opts.format === 'docx' && !opts.out)
        throw new UsageError('--format docx writes a Word file: name it with --out FILE');
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
      const { cachedReport } = await import('../../load/cache/report-cache.js');
      const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
      const request = { command: 'diff', variant, against: opts.against, format: opts.format, sourceDateEpoch };
      // the comparison's code is loaded only when the report is not kept already
      const result = await cachedReport(root, request, async (digest) =>
        (await import('../../features/diff/run-diff.js')).runDiff({
          root,
          ...(digest ? { digest } : {}),
          variant,
          format: opts.format,
          ...(opts.against !== undefined ? { against: opts.against } : {}),
          ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
        }),
      );
      await emitReport(io, setExit, result, opts.out);
    },
  );
};
