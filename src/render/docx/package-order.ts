import { compareCodePoints } from '../../lib/text/order.js';
import type { ZipEntry } from '../../lib/zip/reproducible-zip.js';

/** Content types first and the package relationships next, as Word writes them; then every part by name. */
function partOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || compareCodePoints(a, b);
}

/** The parts of an Office package as zip entries in Word's order. */
export function packageEntries(parts: ReadonlyMap<string, Uint8Array>): ZipEntry[] {
  return [...parts.keys()].sort(partOrder).map((name) => ({ name, bytes: parts.get(name)! }));
}
