import type { ParsedYaml } from '../yaml/parse-yaml.js';

/** One entry of a termbase: a term of the catalogue, its approved translation and the variants not to use. */
export interface GlossaryTerm {
  source: string;
  target: string;
  forbidden: string[];
  note?: string;
  /** index in the file's `terms`, for positions */
  index: number;
}

/** `glossary/<lang>.yaml`: the approved translations of the catalogue's terms in one language. */
export interface Glossary {
  /** BCP 47, canonical form */
  lang: string;
  terms: GlossaryTerm[];
  file: string;
  yaml: ParsedYaml;
}

/** The workspace's glossaries by language tag. */
export type Glossaries = ReadonlyMap<string, Glossary>;
