/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `word` (case-insensitive), when it is close enough to be a likely typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const n = name.toLowerCase();
    const distance = n === w ? 0 : n.startsWith(w) ? 1 : editDistance(w, n);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.name : undefined;
}

/**
 * The one message for an id that names nothing: `unknown spec "bee"; did you mean "be"? (the workspace has be, fr)`.
 * Past `listed` known ids (all by default), the message counts them instead of naming them.
 */
export function unknownIdMessage(
  kind: string,
  id: string,
  known: readonly string[],
  listed: number = Number.POSITIVE_INFINITY,
): string {
  const suggestion = nearest(id, known);
  const has =
    known.length === 0
      ? `the workspace has no ${kind}s`
      : known.length > listed
        ? `the workspace has ${known.length} ${kind}s`
        : `the workspace has ${known.join(', ')}`;
  return suggestion
    ? `unknown ${kind} "${id}"; did you mean "${suggestion}"? (${has})`
    : `unknown ${kind} "${id}"; ${has}`;
}
