/** `{{name}}` in a requirement text: a parameter reference. */
export const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export interface PlaceholderUse {
  name: string;
  offset: number;
  length: number;
}

export function findPlaceholders(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    uses.push({ name: m[1] ?? '', offset: m.index, length: m[0].length });
  }
  return uses;
}
