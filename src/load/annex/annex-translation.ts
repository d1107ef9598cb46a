import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { normaliseText } from '../translation/source-hash.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { TRANSLATION_STATES, type TranslationState } from '../translation/translation-state.js';
import { sha256 } from '../../lib/hash/sha256.js';

/** A Markdown annex in another language: `annexes/<name>.<lang>.md` beside `annexes/<name>.md`. */
export interface AnnexTranslation {
  path: string;
  lang: string;
  /** the Markdown after the front matter */
  text: string;
  /** the source hash of the annex text it was translated from (front matter `source:`) */
  source: string | undefined;
  state: TranslationState;
  sha256: string;
  size: number;
}

/** `annexes/icd.md` in French: `annexes/icd.fr.md`. */
export function annexTranslationPath(annexPath: string, lang: string): string {
  return annexPath.replace(/\.md$/i, (ext) => `.${lang}${ext}`);
}

/**
 * The fingerprint of an annex's text, which its translations name as `source:`: the first 16 hex digits of the
 * SHA-256 of the text normalised as a requirement's (NFC, LF, no trailing spaces or extra blank lines).
 */
export function annexSourceHash(text: string): string {
  return sha256(normaliseText(text)).slice(0, 16);
}

const FIELDS = new Set(['lang', 'source', 'state']);
const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads a translated annex: optional front matter (`lang`, `source`, `state`), then its Markdown. A translation
 * without `source` cannot be known as current: it counts as stale until it names the text it was made from.
 */
export function parseAnnexTranslation(
  path: string,
  lang: string,
  text: string,
): { front: Pick<AnnexTranslation, 'text' | 'source' | 'state'>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const m = FRONT.exec(text);
  if (!m) return { front: { text, source: undefined, state: 'translated' }, diagnostics };
  const parsed = parseYaml(m[1]!, { file: path, lineOffset: 1 });
  diagnostics.push(...parsed.diagnostics);
  const body = text.slice(m[0].length);
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { front: { text: body, source: undefined, state: 'translated' }, diagnostics };
  const raw = value as Record<string, unknown>;
  const report = (message: string, at: string[], key = false) =>
    diagnostics.push(diagnostic('error', 'translation', message, path, parsed.positionOf(at, key)));
  for (const key of Object.keys(raw))
    if (!FIELDS.has(key))
      report(`unknown field "${key}" in an annex translation; it has lang, source and state`, [key], true);
  if (raw['lang'] !== undefined && raw['lang'] !== lang)
    report(`"lang" is ${JSON.stringify(raw['lang'])}, but the file name says ${lang}`, ['lang']);
  let source: string | undefined;
  if (raw['source'] !== undefined) {
    if (typeof raw['source'] === 'string' && /^[0-9a-f]{16}$/.test(raw['source'])) source = raw['source'];
    else
      report(
        '"source" must be the 16 hex digits of the annex text\'s hash (`tenderkit translations --format json` gives it)',
        ['source'],
      );
  }
  let state: TranslationState = 'translated';
  if (raw['state'] !== undefined) {
    if (TRANSLATION_STATES.includes(raw['state'] as TranslationState)) state = raw['state'] as TranslationState;
    else report(`"state" is one of ${TRANSLATION_STATES.join(', ')}`, ['state']);
  }
  return { front: { text: body, source, state }, diagnostics };
}

/** Whether an annex can be shown in a language, as `translationStatus` says it of a requirement. */
export type AnnexTextStatus = 'source' | 'current' | 'stale' | 'missing';

/**
 * A Markdown annex's text for a document in `lang`: the original in the catalogue's language, a current translation,
 * else the original (a missing or stale translation, which `translations` lists).
 */
export function annexInLanguage(
  file: { text?: string; translations?: ReadonlyMap<string, AnnexTranslation> },
  lang: string,
  sourceLanguage: string,
): { text: string; lang: string; status: AnnexTextStatus; translation?: AnnexTranslation } {
  const original = file.text ?? '';
  if (lang === sourceLanguage || lang.split('-')[0] === sourceLanguage)
    return { text: original, lang, status: 'source' };
  const translation = file.translations?.get(lang) ?? file.translations?.get(lang.split('-')[0]!);
  if (!translation) return { text: original, lang: sourceLanguage, status: 'missing' };
  if (translation.source !== annexSourceHash(original))
    return { text: original, lang: sourceLanguage, status: 'stale', translation };
  return { text: translation.text, lang, status: 'current', translation };
}
