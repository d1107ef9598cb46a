import { readFileSync } from 'node:fs';
import { type XmlElement, parseXmlSafely, xmlProblem } from '../../lib/xml/safe-xml.js';
import { looksLikeZip, readZipSafely } from '../../lib/zip/zip-read.js';

/** The parts of an edited tender document that the import reads, each parsed without entity expansion. */
export interface DocxParts {
  document: XmlElement;
  core: XmlElement | undefined;
  custom: XmlElement | undefined;
  comments: XmlElement | undefined;
  commentsExtended: XmlElement | undefined;
}

const WANTED = new Set([
  'word/document.xml',
  'docProps/core.xml',
  'docProps/custom.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
]);

/** Reads the package of an untrusted .docx with the safe zip and XML readers; a message when it cannot. */
export function readDocxParts(file: string): { ok: true; parts: DocxParts } | { ok: false; message: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return readDocxBytes(bytes);
}

/** The parts of a .docx in memory (see readDocxParts). */
export function readDocxBytes(bytes: Uint8Array): { ok: true; parts: DocxParts } | { ok: false; message: string } {
  if (!looksLikeZip(bytes)) return { ok: false, message: 'not a Word document: the file is not a zip package' };
  const zip = readZipSafely(bytes, (name) => WANTED.has(name));
  if (!zip.ok) return { ok: false, message: `not a readable Word document: ${zip.message}` };
  const parsed: Partial<Record<string, XmlElement>> = {};
  for (const name of WANTED) {
    const data = zip.entries.get(name);
    if (!data) continue;
    const xml = parseXmlSafely(new TextDecoder().decode(data));
    if (!xml.ok) return { ok: false, message: `${name}: ${xmlProblem(xml)}` };
    parsed[name] = xml.root;
  }
  const document = parsed['word/document.xml'];
  if (!document) return { ok: false, message: 'not a Word document: the package has no word/document.xml' };
  return {
    ok: true,
    parts: {
      document,
      core: parsed['docProps/core.xml'],
      custom: parsed['docProps/custom.xml'],
      comments: parsed['word/comments.xml'],
      commentsExtended: parsed['word/commentsExtended.xml'],
    },
  };
}
