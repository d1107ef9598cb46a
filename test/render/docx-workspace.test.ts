import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.js';
import { buildDocument } from '../../src/document/build-document.js';
import type { TenderDocument } from '../../src/document/tender-document.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../src/check/pipeline-steps.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { TOOL_NAME } from '../../src/lib/version.js';
import { expectGolden } from '../support/golden.js';
import { FIXTURES } from '../support/workspace.js';
import {
  lineByBlock,
  pandocAvailable,
  pandocPlain,
  paragraphsOf,
  part,
  shareInOrder,
  textOf,
  wordsOf,
  xmlParts,
} from './docx-support.js';

/** The tender specification of the docx-basic workspace, through the whole pipeline up to the Word file. */
describe('tender-specification.docx of the docx-basic workspace', () => {
  let document: TenderDocument;
  let ids: string[];
  let bytes: Uint8Array;
  let body: string;

  beforeAll(async () => {
    const workspace = await loadWorkspace(path.join(FIXTURES, 'docx-basic'), {}, RESOLVE_AND_CHECK);
    expect(workspace.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const resolved = workspace.resolution.resolved.get('eu-baseline')!;
    const { date, meaningful } = buildDate(undefined, resolved.spec.date);
    const built = buildDocument(resolved, {
      config: workspace.catalogue.config,
      templates: workspace.catalogue.templates,
      toolName: TOOL_NAME,
      date,
      showDate: meaningful,
    });
    expect(built.diagnostics).toEqual([]);
    document = built.document;
    ids = resolved.requirements.map((r) => r.id);
    bytes = await renderDocx(document);
    body = part(xmlParts(bytes), 'word/document.xml');
  });

  it('bookmarks every requirement and links every compliance-matrix row to it', () => {
    expect(ids).toEqual(['INT-001', 'INT-002', 'INT-003', 'SEC-001', 'SEC-002']);
    const annex = body.slice(body.lastIndexOf('Annex: Compliance matrix</w:t>'));
    for (const id of ids) {
      const name = id.replace('-', '_');
      expect(body.match(new RegExp(`<w:bookmarkStart w:id="\\d+" w:name="${name}"/>`, 'g')), id).toHaveLength(1);
      expect(annex, id).toContain(`<w:hyperlink w:anchor="${name}" w:history="1">`);
    }
  });

  it('sets the requirement bodies in Word structure: lists, code, quote, table, external link', () => {
    const paragraphs = paragraphsOf(body);
    const find = (text: string) => paragraphs.find((p) => textOf(p).startsWith(text))!;
    expect(find('with the language code in')).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(find('A warning issued in a test')).toMatch(/<w:numPr><w:ilvl w:val="0"\/>/);
    expect(find('<report id="SR-1">')).toContain('<w:pStyle w:val="Code"/>');
    expect(find('Reports complement the incident messages')).toContain('<w:pStyle w:val="Quote"/>');
    expect(find('The system should issue public warnings')).toMatch(/<w:hyperlink r:id="[^"]+"[^>]*>.*OASIS/);
    expect(body).toContain('<w:t xml:space="preserve">Administrator</w:t>');
  });

  it('writes word/document.xml as in the golden file', () => {
    expectGolden(lineByBlock(body), 'docx-basic/document.xml');
  });

  it.skipIf(!pandocAvailable())(
    "keeps at least 99 % of the Markdown rendering's words, in order, as pandoc reads them",
    () => {
      const expected = wordsOf(pandocPlain(renderMarkdown(document), 'gfm'));
      const actual = wordsOf(pandocPlain(bytes, 'docx'));
      const { share, missing } = shareInOrder(expected, actual);
      expect(share, `missing: ${missing.join(' ')}`).toBeGreaterThanOrEqual(0.99);
    },
  );
});
