// Renders the sample document in a process of its own and prints the SHA-256 of the .docx (reproducibility test).
// Run with: node --import ./docx-ts-register.mjs docx-child.mjs [other]
import { createHash } from 'node:crypto';
import { sampleDocument } from './docx-fixture.ts';
import { renderDocx } from '../../src/render/docx/render-docx.ts';

if (process.argv[2] === 'other') await renderDocx(sampleDocument({ requirements: 9, perChapter: 2 }));
const bytes = await renderDocx(sampleDocument());
process.stdout.write(createHash('sha256').update(bytes).digest('hex'));
