import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));

/** Compares text with a golden file; UPDATE_GOLDEN=1 rewrites the file (review the diff before committing it). */
export function expectGolden(actual: string, name: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (process.env['CI'] && !existsSync(file)) throw new Error(`golden file ${name} is missing`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
