import { canUse } from '../support/outside-tools.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffArrays } from 'diff';
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx by name. */
export function xmlParts(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  return new Map(
    Object.entries(parts)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`the package has no ${name}`);
  return xml;
}

/** The paragraphs of a part, each as its XML. */
export function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** The text of some WordprocessingML: its w:t contents, joined and unescaped. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!.replace(/&(?:lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e]!))
    .join('');
}

/** One line per paragraph, row and table, so that a golden file's diff shows what changed. */
export function lineByBlock(xml: string): string {
  return `${xml.replace(/(<w:(?:p|tbl|tr|sdt|sectPr)[ >])/g, '\n$1')}\n`;
}

export function pandocAvailable(): boolean {
  return canUse('pandoc', 'reading Word documents back');
}

/** Plain text through pandoc; for .docx with its title and subtitle, which pandoc reads as metadata. */
export function pandocPlain(input: Uint8Array | string, from: 'docx' | 'gfm'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-docx-'));
  try {
    const file = path.join(dir, from === 'docx' ? 'in.docx' : 'in.md');
    const template = path.join(dir, 'template.plain');
    writeFileSync(file, input);
    writeFileSync(template, '$if(title)$$title$\n\n$endif$$if(subtitle)$$subtitle$\n\n$endif$$body$\n');
    const run = spawnSync('pandoc', ['-f', from, '-t', 'plain', '-s', '--template', template, '--wrap=none', file], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of a text, lower-cased, without pure numbers and punctuation. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^\p{N}+$/u.test(w));
}

/** The share of `expected` that appears in `actual` in the same order (a word-level longest common subsequence). */
export function shareInOrder(
  expected: readonly string[],
  actual: readonly string[],
): { share: number; missing: string[] } {
  let common = 0;
  const missing: string[] = [];
  for (const change of diffArrays(expected as string[], actual as string[])) {
    if (!change.added && !change.removed) common += change.count ?? change.value.length;
    else if (change.removed) missing.push(...change.value);
  }
  return { share: expected.length === 0 ? 1 : common / expected.length, missing };
}
