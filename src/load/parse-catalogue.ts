import { diagnostic, type Diagnostic } from '../lib/diagnostics.js';
import { checkRequirement } from './requirement/check-requirement.js';
import { parseRequirement } from './requirement/parse-requirement.js';
import type { Requirement } from './requirement/requirement.js';
import { parseSpec, specIdFromPath } from './spec/parse-spec.js';
import type { Spec } from './spec/spec.js';
import type { Catalogue } from './catalogue.js';
import { parseConfig, type WorkspaceConfig } from './config.js';
import type { WorkspaceFiles } from './read-files.js';
import { positionStore, type ContentStore } from './cache/cache.js';
import type { SourceFile } from './source-file.js';
import { compareIds } from '../lib/text/order.js';

/**
 * Parses every file of the workspace; reports every problem found on the way. Files in, values out; `cache`, when
 * given, supplies the YAML of files parsed before and learns the YAML of the others that parse without a finding.
 */
export function parseCatalogue(
  files: WorkspaceFiles,
  cache?: ContentStore,
  positions?: ContentStore,
  known?: KnownRequirements,
): { catalogue: Catalogue; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [...files.diagnostics];
  const config = loadConfig(files.config, diagnostics, cache, positions);
  const requirements = loadRequirements(files.requirements, config, diagnostics, cache, positions, known);
  const specs = loadSpecs(files.specs, config, diagnostics, cache, positions);
  const catalogue: Catalogue = {
    root: files.root,
    config,
    requirements: sortById(requirements),
    specs: sortById(specs),
    templates: templatesOf(files.templates),
    sources: allSources(files),
  };
  return { catalogue, diagnostics };
}

/** tenderkit.yaml (the defaults when there is none); its findings are added to `diagnostics`. */
export function loadConfig(
  file: SourceFile | undefined,
  diagnostics: Diagnostic[],
  cache?: ContentStore,
  positions?: ContentStore,
): WorkspaceConfig {
  const known = file && cache?.lookup('config', file.sha256);
  const {
    config,
    diagnostics: found,
    value,
  } = parseConfig(file, known, file && positionStore(positions, 'config', file));
  diagnostics.push(...found);
  if (file && known === undefined && found.length === 0 && value !== undefined)
    cache?.remember('config', file.sha256, value);
  return config;
}

/**
 * Requirements parsed before from the same bytes at the same path (another revision of the workspace, loaded with
 * the same configuration): handed back instead of parsed again, without their findings.
 */
export type KnownRequirements = (file: SourceFile) => Requirement | undefined;

/** The requirements of these files by id, in file order (translations are skipped); findings are added to `diagnostics`. */
export function loadRequirements(
  files: readonly SourceFile[],
  config: WorkspaceConfig,
  diagnostics: Diagnostic[],
  cache?: ContentStore,
  positions?: ContentStore,
  parsedBefore?: KnownRequirements,
): Map<string, Requirement> {
  const requirements = new Map<string, Requirement>();
  for (const file of files) {
    if (isTranslation(file)) continue;
    const same = parsedBefore?.(file);
    if (same && !requirements.has(same.id)) {
      requirements.set(same.id, same);
      continue;
    }
    const known = cache?.lookup('requirement', file.sha256);
    const { requirement, diagnostics: found } = parseRequirement(
      file,
      known,
      positionStore(positions, 'requirement', file),
    );
    diagnostics.push(...found);
    if (!requirement) continue;
    if (known === undefined && found.length === 0)
      cache?.remember('requirement', file.sha256, requirement.frontMatter.value);
    diagnostics.push(...checkRequirement(requirement, file, config));
    const earlier = requirements.get(requirement.id);
    if (earlier) {
      diagnostics.push(
        diagnostic(
          'error',
          'duplicate-id',
          `the id ${requirement.id} is already used by ${earlier.file}; ids are never reused`,
          requirement.file,
          requirement.frontMatter.positionOf(['id']),
        ),
      );
      continue;
    }
    requirements.set(requirement.id, requirement);
  }
  return requirements;
}

/** The specs of these files by id, in file order; findings are added to `diagnostics`. */
export function loadSpecs(
  files: readonly SourceFile[],
  config: WorkspaceConfig,
  diagnostics: Diagnostic[],
  cache?: ContentStore,
  positions?: ContentStore,
): Map<string, Spec> {
  const specs = new Map<string, Spec>();
  for (const file of files) {
    const known = cache?.lookup('spec', file.sha256);
    const { spec, diagnostics: found } = parseSpec(
      file,
      config.defaultLanguage,
      known,
      positionStore(positions, 'spec', file),
    );
    diagnostics.push(...found);
    if (!spec) continue;
    if (known === undefined && found.length === 0) cache?.remember('spec', file.sha256, spec.yaml.value);
    const expected = specIdFromPath(file.path);
    if (spec.id !== expected) {
      diagnostics.push(
        diagnostic(
          'error',
          'id-filename',
          `the spec id "${spec.id}" differs from the file name "${expected}"`,
          spec.file,
          spec.yaml.positionOf(['id']),
        ),
      );
    }
    const earlier = specs.get(spec.id);
    if (earlier) {
      diagnostics.push(
        diagnostic(
          'error',
          'duplicate-id',
          `the spec id ${spec.id} is already used by ${earlier.file}`,
          spec.file,
          spec.yaml.positionOf(['id']),
        ),
      );
      continue;
    }
    specs.set(spec.id, spec);
  }
  return specs;
}

/** Templates by their name under templates/. */
export function templatesOf(files: readonly SourceFile[]): Map<string, string> {
  return new Map(files.map((t) => [t.path.replace(/^templates\//, ''), t.text]));
}

/** `INT-001.fr.md`: a translation, read by the translation stage, not a requirement of its own. */
export function isTranslation(file: { path: string }): boolean {
  return /\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.md$/.test(file.path);
}

export function sortById<T>(map: Map<string, T>): Map<string, T> {
  return new Map([...map.entries()].sort(([a], [b]) => compareIds(a, b)));
}

export function allSources(files: Omit<WorkspaceFiles, 'root' | 'diagnostics'>): SourceFile[] {
  return [
    ...(files.config ? [files.config] : []),
    ...files.requirements,
    ...files.specs,
    ...files.templates,
    ...(files.labels ?? []),
    ...(files.glossary ?? []),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
