import { formatOption, outFileOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { reportResult } from '../emit-report.js';
import { UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

type DiffFormat = 'md' | 'json' | 'html' | 'docx';

export const registerDiff: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('diff')
    .description('deviations of a resolved spec against another (default: the root of its chain)')
    .argument('<variant>', 'the spec whose deviations are reported')
    .option('--against <spec>', "the spec to compare with (default: the root of the variant's chain)")
    .option(
      '--lang <tag>',
      "the language of the report's words and texts, such as fr for a spec in [nl, fr, de] (default: the variant's main language)",
    );
  formatOption(
    cmd,
    ['md', 'json', 'html', 'docx'],
    'md (report), json, html (one page) or docx (Word redline, needs --out)',
  );
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (
        variant: string,
        opts: { root: string; against?: string; format: DiffFormat; out?: string; lang?: string },
      ) => {
        if (opts.format === 'docx' && !opts.out)
          throw new UsageError('--format docx writes a Word file: name it with --out FILE');
        const { canonicalTag } = await import('../../lib/language-tag.js');
        const lang = opts.lang === undefined ? undefined : canonicalTag(opts.lang);
        if (opts.lang !== undefined && !lang)
          throw new UsageError(`--lang "${opts.lang}" is not a BCP 47 language tag (such as fr, de, nl-BE)`);
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
        const { memoisedReport } = await import('../../load/cache/report-memo.js');
        const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
        const request = {
          command: 'diff',
          variant,
          against: opts.against,
          format: opts.format,
          sourceDateEpoch,
          lang,
          binary: opts.format === 'docx',
        };
        const cache = io.cache === true;
        // the comparison's code is loaded only when the report is not kept already
        const result = await memoisedReport(cache, root, request, async (digest) =>
          (await import('../../features/diff/run-diff.js')).runDiff({
            root,
            cache,
            ...(digest ? { digest } : {}),
            variant,
            format: opts.format,
            ...(opts.against !== undefined ? { against: opts.against } : {}),
            ...(lang !== undefined ? { lang } : {}),
            ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
          }),
        );
        return reportResult(result, opts.out);
      },
    ),
  );
};
