import { xmlAttribute } from '../../lib/xml/escape.js';

/** ` a="1" b="2"` for the defined attributes, in the given order. */
export function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttribute(v)}"`)
    .join('');
}
