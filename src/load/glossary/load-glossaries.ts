import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { canonicalTag } from '../../lib/language-tag.js';
import { validateAgainstSchema } from '../schema/validate-schema.js';
import type { SourceFile } from '../source-file.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { Glossary, GlossaryTerm } from './glossary.js';

interface RawGlossary {
  lang: string;
  terms: Array<{ source: string; target: string; forbidden?: string[]; note?: string }>;
}

/** Parses `glossary/<lang>.yaml` files and checks each against the glossary schema, with positions. */
export function loadGlossaries(files: readonly SourceFile[]): {
  glossaries: Map<string, Glossary>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const glossaries = new Map<string, Glossary>();
  for (const file of files) {
    const named = /^glossary\/([^/]+)\.ya?ml$/.exec(file.path);
    const fileLang = named ? canonicalTag(named[1]!) : undefined;
    if (!fileLang) {
      diagnostics.push(
        diagnostic(
          'error',
          'glossary',
          'glossaries are named glossary/<language>.yaml (such as glossary/nl.yaml); this file is not read',
          file.path,
        ),
      );
      continue;
    }
    const parsed = parseYaml(file.text, { file: file.path });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.value === undefined) continue;
    const problems = validateAgainstSchema('glossary', parsed.value, parsed, file.path);
    if (problems.length > 0) {
      diagnostics.push(...problems.map((d) => ({ ...d, message: `glossary: ${d.message}` })));
      continue;
    }
    const raw = parsed.value as RawGlossary;
    const lang = canonicalTag(raw.lang) ?? raw.lang;
    if (lang !== fileLang) {
      diagnostics.push(
        diagnostic(
          'error',
          'glossary',
          `"lang: ${raw.lang}" differs from the language in the file name (${fileLang})`,
          file.path,
          parsed.positionOf(['lang']),
        ),
      );
      continue;
    }
    const seen = new Map<string, number>();
    const terms: GlossaryTerm[] = [];
    raw.terms.forEach((t, index) => {
      const key = t.source.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        diagnostics.push(
          diagnostic(
            'error',
            'glossary',
            `the term "${t.source}" is already in the glossary (terms[${first}]); give each term one entry`,
            file.path,
            parsed.positionOf(['terms', index, 'source']),
          ),
        );
        return;
      }
      seen.set(key, index);
      terms.push({
        source: t.source,
        target: t.target,
        forbidden: t.forbidden ?? [],
        ...(t.note !== undefined ? { note: t.note } : {}),
        index,
      });
    });
    glossaries.set(lang, { lang, terms, file: file.path, yaml: parsed });
  }
  return { glossaries, diagnostics };
}
