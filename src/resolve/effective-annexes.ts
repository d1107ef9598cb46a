import path from 'node:path';
import type { Annex } from '../load/spec/spec.js';
import { languageFileName } from '../lib/text/language-file-name.js';
import type { ResolvedSpec } from './resolved.js';

/** An annex of a resolved spec and the spec of its chain that lists it. */
export interface EffectiveAnnex extends Annex {
  spec: string;
}

/** The annexes of a spec: those of every spec of its chain, root first, each spec's in the order it lists them. */
export function effectiveAnnexes(resolved: Pick<ResolvedSpec, 'chain'>): EffectiveAnnex[] {
  return resolved.chain.flatMap((s) => s.annexes.map((a) => ({ ...a, spec: s.id })));
}

/** Whether an annex is Markdown, which the pack holds as it is and rendered to Word. */
export function isMarkdownAnnex(annexPath: string): boolean {
  return /\.md$/i.test(annexPath);
}

/**
 * The files an annex becomes in the pack, under `annexes/`: its own file name, and for Markdown also the Word file
 * of the same name (`icd.md` -> `annexes/icd.md`, `annexes/icd.docx`). An annex folder (`folderFiles`: the workspace
 * paths of its files) keeps its name and its tree, and its files are copied as they are, Markdown included
 * (`annexes/interface` -> `annexes/interface/oci-v1.openapi.yaml`, `annexes/interface/schemas/...`). A Markdown
 * annex in a further language of the spec (`further`) has that language in its names, as the pack's other files:
 * `annexes/icd.fr.md`, `annexes/icd.fr.docx`; other files and folders are the same in every language.
 */
export function annexOutputNames(annexPath: string, folderFiles?: readonly string[], further?: string): string[] {
  const name = path.posix.basename(annexPath);
  if (folderFiles) return folderFiles.map((f) => `annexes/${name}/${f.slice(annexPath.length + 1)}`);
  if (!isMarkdownAnnex(name)) return [`annexes/${name}`];
  const names = [`annexes/${name}`, `annexes/${name.replace(/\.md$/i, '')}.docx`];
  return further === undefined ? names : names.map((n) => languageFileName(n, further));
}

/** Every file an annex becomes in a pack written in these languages (the main one first). */
export function annexOutputNamesIn(
  annexPath: string,
  folderFiles: readonly string[] | undefined,
  languages: readonly string[],
): string[] {
  const [, ...further] = languages;
  const names = annexOutputNames(annexPath, folderFiles);
  if (folderFiles || !isMarkdownAnnex(annexPath)) return names;
  return [...names, ...further.flatMap((l) => annexOutputNames(annexPath, undefined, l))];
}
