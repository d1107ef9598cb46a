import { stringify } from 'yaml';

/** The contents of a translation file, as `import xliff` writes it. */
export interface TranslationFileContent {
  id: string;
  lang: string;
  title: string;
  source: string;
  /** written when it is not the default, `translated` */
  state?: 'translated' | 'reviewed' | 'final';
  references?: ReadonlyMap<string, { id?: string; title?: string }>;
  legalBasis?: ReadonlyMap<string, string>;
  values?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  statement: string;
  sections: ReadonlyArray<{ heading: string; markdown: string }>;
}

/** `requirements/<domain>/<ID>.<lang>.md`: front matter (id, lang, title, source, optional maps), statement, sections. */
export function translationFileText(t: TranslationFileContent): string {
  const front: Record<string, unknown> = { id: t.id, lang: t.lang, title: t.title, source: t.source };
  if (t.state !== undefined && t.state !== 'translated') front['state'] = t.state;
  if (t.references?.size)
    front['references'] = Object.fromEntries([...t.references].map(([k, v]) => [k, v.id === undefined ? v.title : v]));
  if (t.legalBasis?.size) front['legal_basis'] = Object.fromEntries(t.legalBasis);
  if (t.values?.size) front['values'] = Object.fromEntries([...t.values].map(([k, v]) => [k, Object.fromEntries(v)]));
  const body = [
    t.statement.trim(),
    ...t.sections.map((s) => `## ${s.heading.trim()}${s.markdown.trim() ? `\n\n${s.markdown.trim()}` : ''}`),
  ];
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${body.join('\n\n')}\n`;
}
