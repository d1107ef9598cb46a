// Lets a plain `node --import ./docx-ts-register.mjs` run the TypeScript sources (for the cross-process test).
import { register } from 'node:module';

register('./docx-ts-hooks.mjs', import.meta.url);
