import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Edits a built tender document the way Word writes them: tracked insertions and deletions in runs of their own
 * (with rsid attributes, the text around them split over several runs), comments with replies and resolved state.
 */
export const REPO = path.resolve(__dirname, '../../..');

/** A throw-away copy of the shipped catalogue. */
export function catalogueCopy(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'docx-round-trip-'));
  for (const entry of ['requirements', 'specs', 'labels', 'annexes', 'glossary', 'tenderkit.yaml']) {
    try {
      cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
    } catch {}
  }
  return root;
}

export type Segment = string | { del?: string; ins?: string; author?: string };

const DATE = '2026-12-01T10:00:00Z';
let revision = 900;

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unesc = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Runs for kept text, split in two the way Word splits runs when it stores rsids. */
function keptRuns(text: string, rPr: string): string {
  if (text === '') return '';
  const cut = Math.floor(text.length / 2);
  return [text.slice(0, cut), text.slice(cut)]
    .filter(Boolean)
    .map((t, i) => `<w:r w:rsidR="00A1B2C${i}">${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`)
    .join('<w:proofErr w:type="spellStart"/>');
}

/**
 * Replaces the run whose text contains the joined old text of `segments` (kept strings and deletions) with tracked
 * runs: kept text, `w:del` with `w:delText`, `w:ins`.
 */
export function track(xml: string, segments: readonly Segment[], author = 'A. Peeters'): string {
  const old = segments.map((s) => (typeof s === 'string' ? s : (s.del ?? ''))).join('');
  const runs = [
    ...xml.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g),
  ];
  const hit = runs.find((m) => unesc(m[2]!).includes(old));
  if (!hit) throw new Error(`no run holds "${old}"`);
  const rPr = hit[1] ?? '';
  const text = unesc(hit[2]!);
  const at = text.indexOf(old);
  let out = keptRuns(text.slice(0, at), rPr);
  for (const s of segments) {
    if (typeof s === 'string') {
      out += keptRuns(s, rPr);
      continue;
    }
    const by = s.author ?? author;
    if (s.del)
      out += `<w:del w:id="${revision++}" w:author="${by}" w:date="${DATE}"><w:r w:rsidDel="00C3D4E5">${rPr}<w:delText xml:space="preserve">${esc(s.del)}</w:delText></w:r></w:del>`;
    if (s.ins)
      out += `<w:ins w:id="${revision++}" w:author="${by}" w:date="${DATE}"><w:r w:rsidR="00C3D4E6">${rPr}<w:t xml:space="preserve">${esc(s.ins)}</w:t></w:r></w:ins>`;
  }
  out += keptRuns(text.slice(at + old.length), rPr);
  return xml.slice(0, hit.index) + out + xml.slice(hit.index + hit[0].length);
}

export interface WordComment {
  id: number;
  author: string;
  text: string;
  /** the comment this one answers */
  replyTo?: number;
  done?: boolean;
}

/** Anchors comments on the run that holds `phrase`; replies share the anchor, as Word writes them. */
export function comment(xml: string, phrase: string, comments: readonly WordComment[]): string {
  const runs = [...xml.matchAll(/<w:r(?: [^>]*)?>(?:(?!<\/w:r>).)*<\/w:r>/g)];
  const hit = runs.find((m) => unesc(m[0]).includes(phrase));
  if (!hit) throw new Error(`no run holds "${phrase}"`);
  const starts = comments.map((c) => `<w:commentRangeStart w:id="${c.id}"/>`).join('');
  const ends = comments
    .map((c) => `<w:commentRangeEnd w:id="${c.id}"/><w:r><w:commentReference w:id="${c.id}"/></w:r>`)
    .join('');
  return xml.slice(0, hit.index) + starts + hit[0] + ends + xml.slice(hit.index! + hit[0].length);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** A .docx with the edited document.xml and, when there are comments, comments.xml and commentsExtended.xml. */
export function repack(built: Uint8Array, documentXml: string, comments: readonly WordComment[] = []): Uint8Array {
  const parts = unzipSync(built);
  parts['word/document.xml'] = strToU8(documentXml);
  if (comments.length > 0) {
    const para = (c: WordComment) => `0000${(c.id + 0x100).toString(16)}`.slice(-8).toUpperCase();
    parts['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}" xmlns:w14="${W14}">${comments
        .map(
          (c) =>
            `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="${DATE}" w:initials="AP"><w:p w14:paraId="${para(c)}"><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`,
        )
        .join('')}</w:comments>`,
    );
    parts['word/commentsExtended.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="${W15}">${comments
        .map((c) => {
          const parent = comments.find((p) => p.id === c.replyTo);
          return `<w15:commentEx w15:paraId="${para(c)}"${parent ? ` w15:paraIdParent="${para(parent)}"` : ''} w15:done="${c.done ? 1 : 0}"/>`;
        })
        .join('')}</w15:commentsEx>`,
    );
    const types = strFromU8(parts['[Content_Types].xml']!);
    parts['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
      ),
    );
    const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
    parts['word/_rels/document.xml.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
      ),
    );
  }
  return zipSync(parts);
}

export function documentXml(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)['word/document.xml']!);
}

export function writeDocx(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
