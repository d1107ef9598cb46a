/** The name of a pack file in a further language of its spec: `tender-specification.fr.docx`. */
export function languageFileName(name: string, language: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? `${name}.${language}` : `${name.slice(0, dot)}.${language}${name.slice(dot)}`;
}
