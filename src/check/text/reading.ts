import type { Catalogue } from '../../load/catalogue.js';
import { detectLanguage, type DetectedLanguage } from '../../lib/language/language.js';
import { proseOf, type Prose } from '../../lib/language/prose.js';

/** A Markdown text as the text rules read it: its prose and the language the prose is in. */
export interface Reading {
  prose: Prose;
  language: DetectedLanguage;
}

const readings = new WeakMap<Catalogue, Map<string, Reading>>();

/**
 * The reading of a statement or section, made once per catalogue and text: several rules read the same
 * statements and acceptance criteria, and the specs' variants repeat the same replacement texts.
 */
export function readText(catalogue: Catalogue, markdown: string): Reading {
  let byText = readings.get(catalogue);
  if (!byText) readings.set(catalogue, (byText = new Map()));
  let reading = byText.get(markdown);
  if (!reading) {
    const prose = proseOf(markdown);
    reading = { prose, language: detectLanguage(prose.text) };
    byText.set(markdown, reading);
  }
  return reading;
}
