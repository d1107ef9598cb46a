/** `FROM..TO` as typed: TO is undefined for the working tree. */
export interface RevisionRange {
  from: string;
  to: string | undefined;
}

/** The name the working tree goes by in reports and JSON. */
export const WORKTREE = 'WORKTREE';

/** Reads `FROM`, `FROM..` or `FROM..TO`; a message for anything else (`..TO`, `A...B`). */
export function parseRevisionRange(text: string): RevisionRange | string {
  if (text.includes('...'))
    return `"${text}": name two revisions as FROM..TO (two dots), or one revision to compare with the working tree`;
  const at = text.indexOf('..');
  const from = at < 0 ? text : text.slice(0, at);
  const to = at < 0 ? '' : text.slice(at + 2);
  if (from === '') return `"${text}": name the revision to compare from, as FROM or FROM..TO (a tag, branch or commit)`;
  if (from.startsWith('-') || to.startsWith('-')) return `"${text}": a revision cannot start with "-"`;
  return { from, to: to === '' || to === WORKTREE ? undefined : to };
}
