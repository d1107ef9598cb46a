import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unknownIdMessage } from '../../lib/text/nearest.js';
import { resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerNew: RegisterCommand = (program, io, setExit) => {
  const group = program.command('new').description('scaffold a new catalogue item');
  const cmd = group
    .command('requirement')
    .description('write a requirement file with the next free id of a domain, every field and section to fill in')
    .requiredOption('--domain <domain>', 'the domain id, e.g. security')
    .option('--title <title>', 'the one-line title');
  rootOption(cmd).action(
    runs(io, setExit, async (opts: { root: string; domain: string; title?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { loadWorkspace } = await import('../../load/load-workspace.js');
      const { nextRequirementId, requirementTemplate } = await import('../../features/scaffold/new-requirement.js');
      const { catalogue } = loadWorkspace(root, { until: 'parse' });
      const domains = catalogue.config.domains;
      const domain = domains.find((d) => d.id === opts.domain);
      if (!domain)
        throw new UsageError(
          unknownIdMessage(
            'domain',
            opts.domain,
            domains.map((d) => d.id),
          ),
        );
      const id = nextRequirementId(catalogue, domain);
      const file = path.join(root, 'requirements', domain.id, `${id}.md`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, requirementTemplate(id, domain, opts.title), { flag: 'wx' });
      return { exit: EXIT.ok, report: `${path.relative(io.cwd, file)}\n` };
    }),
  );
};
