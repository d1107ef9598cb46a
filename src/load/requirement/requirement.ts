import type { RootContent } from 'mdast';
import type { ParsedYaml } from '../yaml/parse-yaml.js';

import type { Obligation } from '../../lib/language/obligation.js';

export type { Obligation };
export type Verification = 'inspection' | 'analysis' | 'demonstration' | 'test';
export type Status = 'draft' | 'approved' | 'deprecated';
export type ParameterType = 'number' | 'integer' | 'string' | 'boolean' | 'enum';
export type Direction = 'higher' | 'lower' | 'none';
export type ParameterValue = number | string | boolean;

export const OBLIGATIONS: readonly Obligation[] = ['optional', 'recommended', 'mandatory'];
export const VERIFICATIONS: readonly Verification[] = ['inspection', 'analysis', 'demonstration', 'test'];

export interface Parameter {
  type: ParameterType;
  default: ParameterValue;
  unit?: string;
  min?: number;
  max?: number;
  values?: Array<string | number>;
  stricter: Direction;
  description?: string;
  /** the document that fixes the value for every centre (`fixed_by`): no deviation may set it */
  fixedBy?: string;
}

export interface Reference {
  id: string;
  title?: string;
  url?: string;
  /** "or equivalent" accepted; true unless the file says false */
  equivalent: boolean;
  justification?: string;
  /** the annex of the tender documents that holds the document: a workspace path */
  annex?: string;
}

/** A section of the body after the statement, keyed by its heading. */
export interface Section {
  heading: string;
  /** normalised heading: rationale, acceptance-criteria, guidance, notes, or another slug */
  key: string;
  markdown: string;
  nodes: RootContent[];
  line: number;
  /** offset of the section's first character in the source file */
  offset: number;
}

/** A statement: its Markdown source and its parsed tree (for rendering). */
export interface Statement {
  markdown: string;
  nodes: RootContent[];
  /** 1-based line in the source file where the statement starts */
  line: number;
  /** offset of `markdown` in the source file (0 for a replacement statement from a spec) */
  offset: number;
}

export interface Requirement {
  id: string;
  title: string;
  domain: string;
  obligation: Obligation;
  verification: Verification[];
  status: Status;
  references: Reference[];
  legalBasis: string[];
  justification?: string;
  scenarios: string[];
  /** a Map, so names such as "constructor" never reach a prototype */
  parameters: Map<string, Parameter>;
  tags: string[];
  lint?: { disable: string[]; reason: string };
  statement: Statement;
  sections: Section[];
  /** the source file, relative to the workspace root */
  file: string;
  /** the parsed front matter, for positions */
  frontMatter: ParsedYaml;
}
