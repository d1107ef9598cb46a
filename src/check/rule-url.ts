/**
 * Where a lint rule is described: its row of the lint rules' table in docs/rules.md (an anchor of the rule's id), as a
 * path from the repository's root; the tool has no web home of its own to point at.
 */
export const RULES_DOC = 'docs/rules.md';

export function ruleUrl(id: string): string {
  return `${RULES_DOC}#${id}`;
}
