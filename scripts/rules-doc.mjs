#!/usr/bin/env node
// Writes the two tables of docs/rules.md from the registry (the diagnostic ids, the lint rules); the prose around
// them stays as written. Usage: npm run build && node scripts/rules-doc.mjs. test/docs/rules-doc.test.ts fails when
// the file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { RULES, rulesReference } from '../dist/main.js';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
await writeFile(target, rulesReference(await readFile(target, 'utf8'), RULES));
console.log(`wrote ${target}`);
