import { parseMarkdown } from '../../load/requirement/markdown-parser.js';
import { splitRequirement } from '../../load/requirement/split-requirement.js';
import type { Translation } from '../../load/translation/translation.js';

/** What a Markdown text says, whatever its line wrapping: the parsed tree with soft line breaks as spaces. */
export function meaning(markdown: string): string {
  return JSON.stringify(parseMarkdown(markdown), (k, v: unknown) =>
    k === 'value' && typeof v === 'string' ? v.replace(/\s*\n\s*/g, ' ') : v,
  );
}

/**
 * A translation file updated by an import, changing only what changed: the front matter, the statement and each
 * section of the file as it was are kept byte for byte (line wrapping, no-break spaces, comments) where the import
 * says the same, and taken from the newly written file where it says something else. Both files are valid
 * translations of the same requirement, so they have the same sections in the same order.
 */
export function spliceTranslation(
  before: { text: string; translation: Translation },
  after: { text: string; translation: Translation },
): string {
  const a = regions(before.text);
  const b = regions(after.text);
  if (a.sections.length !== b.sections.length) return after.text;
  const t = before.translation;
  const u = after.translation;
  const frontSame = JSON.stringify(frontOf(t)) === JSON.stringify(frontOf(u));
  let out = frontSame ? a.front : b.front;
  out += meaning(t.statement.markdown) === meaning(u.statement.markdown) ? a.statement : b.statement;
  a.sections.forEach((region, i) => {
    const same =
      t.sections[i]?.heading === u.sections[i]?.heading &&
      meaning(t.sections[i]?.markdown ?? '') === meaning(u.sections[i]?.markdown ?? '');
    out += same ? region : b.sections[i]!;
  });
  return out;
}

function frontOf(t: Translation): unknown {
  return [
    t.title,
    t.source,
    t.state,
    [...t.references].map(([k, v]) => [k, v.id, v.title]).sort(),
    [...t.legalBasis].sort(),
    [...t.values].map(([k, v]) => [k, [...v].sort()]).sort(),
  ];
}

/** The file cut into its front matter, its statement and its sections, each with the line ends that follow it. */
function regions(text: string): { front: string; statement: string; sections: string[] } {
  const parts = splitRequirement(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const starts = parts.sections.map((s) => lineStarts[s.headingLine - 1] ?? text.length);
  const bodyStart = lineStarts[parts.statement.line - 1] ?? parts.statement.offset;
  const firstSection = starts[0] ?? text.length;
  return {
    front: text.slice(0, Math.min(bodyStart, firstSection)),
    statement: text.slice(Math.min(bodyStart, firstSection), firstSection),
    sections: starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length)),
  };
}
