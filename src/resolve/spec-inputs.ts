import type { ResolvedSpec } from './resolved.js';
import type { Catalogue } from '../load/catalogue.js';
import type { SourceFile } from '../load/source-file.js';

/** The workspace files a spec's pack depends on: configuration, templates, the chain's specs and the requirements it touches. */
export function specInputs(catalogue: Catalogue, resolved: ResolvedSpec): SourceFile[] {
  const wanted = new Set<string>();
  for (const s of resolved.chain) wanted.add(s.file);
  for (const r of resolved.requirements) wanted.add(r.source.file);
  for (const r of resolved.removed) wanted.add(r.source.file);
  return catalogue.sources.filter(
    (f) =>
      wanted.has(f.path) ||
      f.path.startsWith('templates/') ||
      f.path.startsWith('labels/') ||
      /^tenderkit\.ya?ml$/.test(f.path) ||
      isTranslationOf(f.path, wanted),
  );
}

function isTranslationOf(path: string, wanted: Set<string>): boolean {
  const m = /^(.*)\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.md$/.exec(path);
  return m ? wanted.has(`${m[1]}.md`) : false;
}
