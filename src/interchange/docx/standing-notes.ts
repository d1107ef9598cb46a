import type { DocumentStanding } from './import-docx.js';

const list = (ids: readonly string[]) =>
  ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');

/** What a person should know about a document against the catalogue now, one sentence each. */
export function standingNotes(standing: DocumentStanding): string[] {
  const notes: string[] = [];
  if (standing.builtFrom !== standing.now) {
    notes.push(
      `the catalogue changed since the document was built (fingerprint ${standing.builtFrom}, now ${standing.now})`,
    );
    if (standing.changed.length)
      notes.push(
        `changed since the document was built: ${list(standing.changed)}; tracked changes in their changed fields are listed as unmapped`,
      );
  } else if (standing.changed.length) {
    notes.push(
      `the document's text differs from what tenderkit wrote in ${list(standing.changed)} without tracked changes: edits made with Track Changes off are not read`,
    );
  }
  if (standing.added.length) notes.push(`not in the document (added to the spec since): ${list(standing.added)}`);
  if (standing.removed.length) notes.push(`in the document but no longer in the spec: ${list(standing.removed)}`);
  return notes;
}
