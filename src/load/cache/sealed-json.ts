import { readFileSync } from 'node:fs';
import { sha256 } from '../source-file.js';

/**
 * The text of a cache file that seals its body: `{<head members>,"sha256":"<hash>","<name>":<body>}`, where the hash
 * is the SHA-256 of the body's JSON text. A reader can then tell that the body is whole and was not changed since it
 * was written (by hand, by another program, by a write cut short).
 */
export function sealedJson(head: Readonly<Record<string, string>>, name: string, body: string): string {
  const members = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{${[...members, `"sha256":"${sha256(body)}"`].join(',')},${JSON.stringify(name)}:${body}}\n`;
}

/** The members of a sealed file (`sealedJson`), or undefined when it is unreadable, not JSON, or its body changed. */
export function readSealedJson(file: string, name: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // the first occurrence is the top-level member: inside a string of the head a quote would be escaped
  const marker = `,${JSON.stringify(name)}:`;
  const start = text.indexOf(marker);
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const members = data as Record<string, unknown>;
  return members['sha256'] === sha256(text.slice(start + marker.length, end)) ? members : undefined;
}
