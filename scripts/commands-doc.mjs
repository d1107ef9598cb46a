#!/usr/bin/env node
// Writes docs/commands.md from the program itself (every command, argument and option as the code defines them).
// Usage: npm run build && node scripts/commands-doc.mjs. test/cli/commands-doc.test.ts fails when the file is stale.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { commandsReference, createProgram } from '../dist/main.js';

const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd(), isTTY: false };
const target = fileURLToPath(new URL('../docs/commands.md', import.meta.url));
await writeFile(target, commandsReference(createProgram(io, () => {})));
console.log(`wrote ${target}`);
