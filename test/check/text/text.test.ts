import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/lib/language/language.js';
import { proseOf } from '../../../src/lib/language/prose.js';
import { splitSentences } from '../../../src/lib/language/sentences.js';
import { tokenise } from '../../../src/lib/language/tokens.js';

describe('statement language', () => {
  it.each([
    ['en', 'The system shall deliver every message to the peer centre within 5 seconds.'],
    ['fr', 'Le système doit transmettre chaque message au centre partenaire dans les 5 secondes.'],
    ['de', 'Das System muss jede Nachricht innerhalb von 5 Sekunden an die Partnerzentrale senden.'],
    ['nl', 'Het systeem moet elk bericht binnen 5 seconden aan het partnercentrum leveren.'],
    ['es', 'El sistema debe enviar cada mensaje al centro asociado en un plazo de 5 segundos.'],
    ['it', 'Il sistema deve inviare ogni messaggio alla centrale partner entro 5 secondi.'],
  ])('recognises %s', (code, text) => {
    expect(detectLanguage(text).words.code).toBe(code);
  });

  it('reads a short or ambiguous text as English', () => {
    expect(detectLanguage('TLS 1.3 only.').words.code).toBe('en');
    expect(detectLanguage('The system shall use the EMSI code "de la" in field TYPE.').words.code).toBe('en');
  });
});

describe('prose', () => {
  it('blanks code, links, placeholders and quotations without moving any offset', () => {
    const md = 'Send `shall` to [the peer](https://x.org/should) within {{t}} "may" now.';
    const prose = proseOf(md).text;
    expect(prose).toHaveLength(md.length);
    expect(tokenise(prose).map((t) => t.text)).toEqual(['Send', 'to', 'the', 'peer', 'within', 'now']);
    expect(prose.indexOf('peer')).toBe(md.indexOf('peer'));
  });

  it('keeps apostrophes of possessives', () => {
    expect(proseOf("the operator's console and the centres' links").text).toBe(
      "the operator's console and the centres' links",
    );
  });
});

describe('sentences', () => {
  const texts = (md: string) => {
    const prose = proseOf(md);
    return splitSentences(prose).map((s) => md.slice(s.start, s.end));
  };

  it('splits at full stops before a capital, not after abbreviations, initials or numbers', () => {
    expect(texts('Logs follow Art. 25 of the directive. They are kept e.g. for audits. Version 1.2 applies.')).toEqual([
      'Logs follow Art. 25 of the directive.',
      'They are kept e.g. for audits.',
      'Version 1.2 applies.',
    ]);
  });

  it('starts a sentence at each paragraph and list item', () => {
    expect(texts('The supplier shall deliver:\n\n- a plan\n- a report')).toEqual([
      'The supplier shall deliver:',
      'a plan',
      'a report',
    ]);
  });
});
