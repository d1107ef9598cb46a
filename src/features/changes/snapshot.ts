import { hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import type { GitRepository } from '../../load/git/repository.js';
import { resolveRevision } from '../../load/git/repository.js';
import { revisionSource } from '../../load/git/revision-source.js';
import { NO_I18N, type I18n } from '../../load/i18n.js';
import type { ContentStore } from '../../load/cache/cache.js';
import { resolveSome } from '../../resolve/resolve.js';
import type { KnownRequirements } from '../../load/parse-catalogue.js';

/** The workspace at one revision (or in the working tree), loaded as far as it loads. */
export interface Snapshot {
  /** as typed (`v1.0`, `main~2`) or WORKTREE */
  label: string;
  /** the commit read; undefined for the working tree */
  commit: string | undefined;
  workspace: Workspace<Resolution>;
  i18n: I18n;
  /** what a reader of the comparison must know about this side: it did not exist, it had errors */
  notes: string[];
}

/**
 * The workspace at a revision, through the same reader, parser and resolver as the working tree (only the files
 * come from git). A revision where the workspace did not exist gives an empty one; one with errors gives what did
 * load, and says so.
 */
export async function loadRevision(
  repository: GitRepository,
  revision: string,
  store: ContentStore | undefined,
  other?: Snapshot,
): Promise<{ ok: true; snapshot: Snapshot } | { ok: false; message: string }> {
  const resolved = resolveRevision(repository, revision);
  if (!resolved.ok) return resolved;
  const source = revisionSource(repository, resolved.commit);
  const workspace = await loadWorkspace(
    repository.root,
    {
      source,
      lint: false,
      cache: false,
      specs: [],
      ...(store ? { store } : {}),
      ...(other ? { knownRequirements: sameBytes(other) } : {}),
    },
    RESOLVE_AND_CHECK,
  );
  const notes: string[] = [];
  const where = `${revision} (${resolved.commit.slice(0, 12)})`;
  if (!source.existed)
    notes.push(
      `the workspace did not exist at ${where}: there is no folder ${repository.prefix.replace(/\/$/, '')} in that commit, so everything in it counts as added`,
    );
  else notes.push(...errorNotes(where, workspace.diagnostics));
  return {
    ok: true,
    snapshot: { label: revision, commit: resolved.commit, workspace, i18n: workspace.i18n ?? NO_I18N, notes },
  };
}

/** The working tree, loaded like any other side. */
export async function loadWorktree(root: string, label: string, store: ContentStore | undefined): Promise<Snapshot> {
  const workspace = await loadWorkspace(
    root,
    { lint: false, specs: [], ...(store ? { store } : {}) },
    RESOLVE_AND_CHECK,
  );
  return {
    label,
    commit: undefined,
    workspace,
    i18n: workspace.i18n ?? NO_I18N,
    notes: errorNotes('the working tree', workspace.diagnostics),
  };
}

function errorNotes(where: string, diagnostics: readonly Diagnostic[]): string[] {
  if (!hasErrors(diagnostics)) return [];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const files = [...new Set(errors.map((d) => d.file))];
  const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, and ${files.length - 5} more` : '');
  return [
    `the workspace had ${errors.length} error${errors.length === 1 ? '' : 's'} at ${where} (in ${shown}); what did not load there is left out of the comparison`,
  ];
}

/**
 * Resolves, on both sides, the specs a comparison needs and no others: every parent that a spec extends (the
 * deviations to review rest on them) and every root (the redline). Loading resolved none of them.
 */
export function resolveNeeded(sides: readonly Snapshot[]): void {
  const needed = new Set<string>();
  for (const side of sides)
    for (const spec of side.workspace.catalogue.specs.values()) needed.add(spec.extends ?? spec.id);
  for (const side of sides) {
    const resolution = resolveSome(side.workspace.catalogue, [...needed]);
    side.workspace.resolution = resolution;
    if (!side.notes.length && hasErrors(resolution.diagnostics))
      side.notes.push(
        ...errorNotes(
          side.commit ? `${side.label} (${side.commit.slice(0, 12)})` : 'the working tree',
          resolution.diagnostics,
        ),
      );
  }
}

/**
 * The requirements of another side whose file has the same path and bytes: most of a catalogue is the same in two
 * revisions, and the same bytes parse to the same requirement (parsing does not depend on the configuration).
 */
function sameBytes(other: Snapshot): KnownRequirements {
  const { catalogue } = other.workspace;
  const hashes = new Map(catalogue.sources.map((f) => [f.path, f.sha256]));
  const byFile = new Map([...catalogue.requirements.values()].map((r) => [r.file, r]));
  return (file) => (hashes.get(file.path) === file.sha256 ? byFile.get(file.path) : undefined);
}
