import type { ResolvedSpec } from './resolved.js';
import type { Catalogue } from '../load/catalogue.js';
import type { InputFile } from '../load/source-file.js';
import { effectiveAnnexes } from './effective-annexes.js';

/**
 * The workspace files a spec's pack depends on: configuration, templates, the chain's specs, the requirements it
 * touches and their translations, and the files of its annexes; in path order.
 */
export function specInputs(catalogue: Catalogue, resolved: ResolvedSpec): InputFile[] {
  const wanted = new Set<string>();
  for (const s of resolved.chain) wanted.add(s.file);
  for (const r of resolved.requirements) wanted.add(r.source.file);
  for (const r of resolved.removed) wanted.add(r.source.file);
  const sources: InputFile[] = catalogue.sources.filter(
    (f) =>
      wanted.has(f.path) ||
      f.path.startsWith('templates/') ||
      f.path.startsWith('labels/') ||
      /^tenderkit\.ya?ml$/.test(f.path) ||
      isTranslationOf(f.path, wanted),
  );
  const annexes = new Set(effectiveAnnexes(resolved).map((a) => a.path));
  const read = [...annexes].flatMap((p) => {
    const file = catalogue.annexes?.get(p);
    if (!file) return [];
    // an annex folder is its files
    const members = file.files?.flatMap((f) => catalogue.annexes?.get(f) ?? []) ?? [file];
    return members.map((m) => ({ path: m.path, sha256: m.sha256, size: m.size }));
  });
  // an annex that is also an input of another kind (a Markdown file under templates/) is listed once
  const listed = new Set(sources.map((f) => f.path));
  return [...sources, ...read.filter((f) => !listed.has(f.path))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

function isTranslationOf(path: string, wanted: Set<string>): boolean {
  const m = /^(.*)\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.md$/.exec(path);
  return m ? wanted.has(`${m[1]}.md`) : false;
}
