import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../src/lib/hash/sha256.js';

/** A file of the cache's content-addressed store: `front-matter`, `specs`, `positions` or `clean`. */
export const storeFile = (root: string, shard: string): string =>
  path.join(root, 'out', '.cache', 'store', `${shard}.json`);

/** A cache record as its parts: the header's key and the body. */
export function readRecord(file: string): { key: string; body: string } {
  const text = readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  return { key: text.slice(0, newline).split(' ')[1]!, body: text.slice(newline + 1) };
}

/** Writes a well-formed record (its body's hash matches), as another run of the tool would. */
export function writeRecord(file: string, key: string, body: string): void {
  writeFileSync(file, `tenderkit-cache ${key} ${sha256(body)}\n${body}`);
}

/** The entries of a store file. */
export const storeEntries = (file: string): Record<string, unknown> =>
  JSON.parse(readRecord(file).body) as Record<string, unknown>;
