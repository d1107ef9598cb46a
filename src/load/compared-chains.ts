import type { Diagnostic } from '../lib/diagnostics.js';
import { loadI18n } from './i18n.js';
import { translationName } from './translation/parse-translation.js';
import type { Spec } from './spec/spec.js';
import type { Catalogue } from './catalogue.js';
import {
  allSources,
  isTranslation,
  loadConfig,
  loadRequirements,
  loadSpecs,
  sortById,
  templatesOf,
} from './parse-catalogue.js';
import { readFiles, readSomeFiles, type WorkspaceDigest } from './read-files.js';
import { Cache, type CleanRequirement } from './cache/cache.js';
import type { PipelineSteps, ResolutionShape, Workspace } from './workspace.js';

/** How many files, read in full without being named, make it worth rewriting the index. */
const LEARN_AT_LEAST = 64;

/** A workspace loaded for comparing specs of one chain, without the requirements that no spec of the chain names. */
export interface ComparisonLoad<R> {
  /** every spec, and the requirements that the chains name or that changed since they were last found clean */
  workspace: Workspace<R>;
  /** how many requirements were left out, by domain: each is in every spec of the chain exactly as its root selected it */
  unnamed: ReadonlyMap<string, number>;
}

/**
 * Loads what a comparison of specs of one chain reads, and no more: tenderkit.yaml, every spec, template and label
 * file, the requirement and translation files that changed since they were last found clean, and every requirement
 * that the specs of the compared chains name anywhere (selection, deviations, award criteria). A requirement that
 * no spec of the chain names is in each of its specs as the root selected it (by its domain), so a comparison has
 * nothing to show of it but a count: its file is left unread, and only its domain, from the index of clean files,
 * is counted.
 *
 * Only for a workspace without a single finding, read exactly as `digest` found it, and for specs that share the
 * root of their chain; undefined in every other case, and then the caller loads the whole workspace, which also
 * reports whatever is wrong.
 */
export function comparedChains<R extends ResolutionShape>(
  digest: WorkspaceDigest,
  specs: readonly string[],
  steps: PipelineSteps<R>,
): ComparisonLoad<R> | undefined {
  if (digest.diagnostics.length > 0) return undefined;
  const expected = new Map(digest.files.map((f) => [f.path, f.sha256]));
  const others = readFiles(digest.root, { trees: ['specs', 'templates', 'labels', 'glossary'] });
  const otherFiles = [
    ...(others.config ? [others.config] : []),
    ...others.specs,
    ...others.templates,
    ...(others.labels ?? []),
    ...(others.glossary ?? []),
  ];
  const requirementFiles = digest.files.filter((f) => f.path.startsWith('requirements/'));
  // the files read now must be the files the digest hashed: the result is kept under the digest's key
  if (
    others.diagnostics.length > 0 ||
    otherFiles.length + requirementFiles.length !== digest.files.length ||
    !otherFiles.every((f) => expected.get(f.path) === f.sha256)
  )
    return undefined;

  const findings: Diagnostic[] = [];
  const cache = Cache.open(digest.root);
  const config = loadConfig(others.config, findings, cache.parsed);
  const specMap = loadSpecs(others.specs, config, findings, cache.parsed);
  if (findings.length > 0) return undefined;
  const named = namedInChains(specMap, specs);
  if (!named) return undefined;
  const clean = cache.clean(others.config);
  // what is known of each requirement file as it is now, and the hash of each requirement's file by id
  const knownRequirements = new Map<string, CleanRequirement>();
  const requirementHash = new Map<string, string>();
  for (const { path, sha256 } of requirementFiles) {
    if (isTranslation({ path })) continue;
    const known = clean.requirement(sha256);
    if (!known) continue;
    knownRequirements.set(path, known);
    requirementHash.set(known.id, sha256);
  }
  const toRead: string[] = [];
  // A translation is checked against its requirement's text: one that is new or changed, or whose requirement's
  // file changed, is read and checked again, with its requirement (one that names another requirement than its file
  // name says is a finding, and a finding sends the caller to the full load).
  const translationsKept = new Set<string>();
  for (const { path, sha256 } of requirementFiles) {
    if (!isTranslation({ path })) continue;
    const translated = translationName(path);
    const source = translated && requirementHash.get(translated.id);
    const known = source === undefined ? undefined : clean.translation(sha256, source);
    // a report in another language shows the translated texts of the requirements the chains name: those are read
    if (known && !named.has(known.id)) {
      // two translations of one requirement into one language: only a full load explains that
      if (translationsKept.has(`${known.id} ${known.lang}`)) return undefined;
      translationsKept.add(`${known.id} ${known.lang}`);
      continue;
    }
    toRead.push(path);
    if (translated) named.add(translated.id);
  }
  const unnamedIds = new Set<string>();
  const unnamed = new Map<string, number>();
  for (const { path } of requirementFiles) {
    if (isTranslation({ path })) continue;
    const known = knownRequirements.get(path);
    if (!known || named.has(known.id)) {
      toRead.push(path);
      continue;
    }
    // two files with one id: only a full load explains that
    if (unnamedIds.has(known.id)) return undefined;
    unnamedIds.add(known.id);
    unnamed.set(known.domain, (unnamed.get(known.domain) ?? 0) + 1);
  }
  // nothing to leave out (no index yet, or one of another configuration): the full load, with its caches, is quicker
  if (unnamed.size === 0) return undefined;
  const read = readSomeFiles(digest.root, toRead);
  if (read.diagnostics.length > 0 || !read.files.every((f) => expected.get(f.path) === f.sha256)) return undefined;
  const requirements = loadRequirements(read.files, config, findings);
  if (findings.length > 0 || [...requirements.keys()].some((id) => unnamedIds.has(id))) return undefined;

  const catalogue: Catalogue = {
    root: digest.root,
    config,
    requirements: sortById(requirements),
    specs: sortById(specMap),
    templates: templatesOf(others.templates),
    sources: allSources({
      config: others.config,
      requirements: read.files,
      specs: others.specs,
      templates: others.templates,
      labels: others.labels ?? [],
      glossary: others.glossary ?? [],
    }),
  };
  const resolution = steps.resolve(catalogue, specs);
  const { i18n, diagnostics: i18nFindings } = loadI18n(catalogue);
  if (resolution.diagnostics.length > 0 || i18nFindings.length > 0) return undefined;
  for (const [id, byLang] of i18n.translations)
    for (const lang of byLang.keys()) if (translationsKept.has(`${id} ${lang}`)) return undefined;

  // The files read in full were clean. A few are quicker to read again than the index is to rewrite (a full load
  // rewrites it anyway); many are remembered, so that the next comparison need not read them unless named.
  const learned = [...requirements.values()].filter((r) => !named.has(r.id));
  if (learned.length >= LEARN_AT_LEAST) for (const r of learned) clean.rememberRequirement(expected.get(r.file)!, r);
  cache.save();
  return { workspace: { catalogue, resolution, i18n, diagnostics: [] }, unnamed };
}

/**
 * Every string in the specs of the chains of `ids` (their own and their ancestors'), keys included: any requirement
 * id a chain uses is among them. Undefined when a chain is broken or the chains do not share one root.
 */
function namedInChains(specs: ReadonlyMap<string, Spec>, ids: readonly string[]): Set<string> | undefined {
  const named = new Set<string>();
  const roots = new Set<string>();
  for (const id of ids) {
    const seen = new Set<string>();
    let spec = specs.get(id);
    while (spec) {
      if (seen.has(spec.id)) return undefined;
      seen.add(spec.id);
      collectStrings(spec.yaml.value, named);
      if (spec.extends === undefined) break;
      spec = specs.get(spec.extends);
    }
    if (!spec) return undefined;
    roots.add(spec.id);
  }
  return roots.size === 1 ? named : undefined;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      collectStrings(v, into);
    }
  }
}
