import { sha256 } from './sha256.js';

/**
 * A UUID in the form of version 4 (the form eForms requires of its identifiers) made from a name rather than from
 * chance: the same name always gives the same UUID, so the same inputs give the same file.
 */
export function uuidFromName(name: string): string {
  const hex = sha256(name);
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
