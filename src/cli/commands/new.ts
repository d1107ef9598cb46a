import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerNew: RegisterCommand = (program, io, setExit) => {
  const group = program.command('new').description('scaffold a new catalogue item');
  rootOption(
    group
      .command('requirement')
      .description('write a requirement file with the next free id of a domain, every field and section to fill in')
      .requiredOption('--domain <domain>', 'the domain id, e.g. security')
      .option('--title <title>', 'the one-line title'),
  ).action(async (opts: { root: string; domain: string; title?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { readWorkspace } = await import('../../load/read-workspace.js');
    const { loadCatalogue } = await import('../../load/load-catalogue.js');
    const { nextRequirementId, requirementTemplate } = await import('../../features/scaffold/new-requirement.js');
    const { catalogue } = loadCatalogue(await readWorkspace(root));
    const domain = catalogue.config.domains.find((d) => d.id === opts.domain);
    if (!domain)
      throw new UsageError(
        `unknown domain "${opts.domain}"; the workspace has ${catalogue.config.domains.map((d) => d.id).join(', ')}`,
      );
    const id = nextRequirementId(catalogue, domain);
    const file = path.join(root, 'requirements', domain.id, `${id}.md`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, requirementTemplate(id, domain, opts.title), { flag: 'wx' });
    io.stdout(`${path.relative(io.cwd, file)}\n`);
    setExit(EXIT.ok);
  });
};
