import type { Root } from 'mdast';
import './mdast-extensions.js';

/** Everything a renderer needs besides the tree: document properties. */
export interface DocumentProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string[];
  description: string;
  /** BCP 47 */
  language: string;
  /** footer text, such as the procurement reference */
  footer: string;
  /** a fixed date, for reproducible files */
  date: Date;
}

/** The tender specification as a tree: the one thing every renderer reads. */
export interface TenderDocument {
  tree: Root;
  properties: DocumentProperties;
}
