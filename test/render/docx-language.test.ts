import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import '../../src/document/i18n/mdast-lang.js';
import type { TenderDocument } from '../../src/document/tender-document.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { paragraphsOf, part, xmlParts } from './docx-support.js';

function frenchDocument(tree: Root): TenderDocument {
  return {
    tree,
    properties: {
      title: 'Plateforme',
      subject: 'Spécification',
      creator: 'Police',
      keywords: [],
      description: '',
      language: 'fr',
      footer: 'REF',
      date: new Date(Date.UTC(2027, 0, 1)),
    },
  };
}

describe('Word language tags', () => {
  it('tags the runs of a text in another language, and only those, so spell-checking follows the text', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Le système doit transmettre les messages.' }] },
        {
          type: 'paragraph',
          data: { lang: 'en' },
          children: [
            { type: 'text', value: 'The system shall deliver the messages ' },
            { type: 'strong', children: [{ type: 'text', value: 'quickly' }] },
          ],
        },
        {
          type: 'list',
          ordered: false,
          data: { lang: 'de' },
          children: [
            {
              type: 'listItem',
              children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Das System muss' }] }],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Titre : ' },
            { type: 'text', value: 'Incident exchange', data: { lang: 'en' } },
          ],
        },
      ],
    };
    const xml = part(xmlParts(await renderDocx(frenchDocument(tree))), 'word/document.xml');
    const paragraphs = paragraphsOf(xml).filter((p) => p.includes('<w:t'));
    const french = paragraphs.find((p) => p.includes('Le système'))!;
    expect(french).not.toContain('<w:lang');
    const english = paragraphs.find((p) => p.includes('The system'))!;
    expect(english.match(/<w:lang w:val="en-GB"\/>/g)).toHaveLength(2);
    expect(paragraphs.find((p) => p.includes('Das System'))).toContain('<w:lang w:val="de-DE"/>');
    const mixed = paragraphs.find((p) => p.includes('Titre'))!;
    expect(mixed.match(/<w:lang /g)).toHaveLength(1);
    expect(mixed).toMatch(/<w:lang w:val="en-GB"\/><\/w:rPr><w:t xml:space="preserve">Incident exchange/);
    // the document's own language is set once, on the styles
    expect(part(xmlParts(await renderDocx(frenchDocument(tree))), 'word/styles.xml')).toMatch(/w:lang w:val="fr-FR"/);
  });
});
