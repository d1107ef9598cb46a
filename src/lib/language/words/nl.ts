import type { LanguageWords } from './language-words.js';

export const nl: LanguageWords = {
  code: 'nl',
  name: 'Dutch',
  stopWords: [
    'de', 'het', 'een', 'en', 'van', 'is', 'zijn', 'moet', 'moeten', 'voor', 'met', 'op', 'te', 'dat', 'die', 'niet',
    'aan', 'door', 'bij', 'wordt', 'worden', 'naar', 'elk', 'elke', 'systeem', 'leverancier', 'om', 'uit', 'ook',
  ],
  modals: [
    // "zou ... moeten" is a recommendation: the "moeten" after "zou" is not a second, mandatory modal
    { word: 'moet', obligations: ['mandatory'] },
    { word: 'moeten', obligations: ['mandatory'], unlessAfter: ['zou', 'zouden'] },
    { word: 'dient', obligations: ['mandatory'] },
    { word: 'dienen', obligations: ['mandatory'] },
    { word: 'zal', obligations: ['mandatory'] },
    { word: 'zullen', obligations: ['mandatory'] },
    { word: 'zou', obligations: ['recommended'] },
    { word: 'zouden', obligations: ['recommended'] },
    { word: 'behoort', obligations: ['recommended'] },
    { word: 'behoren', obligations: ['recommended'] },
    { word: 'wordt aanbevolen', obligations: ['recommended'] },
    { word: 'mag', obligations: ['optional'] },
    { word: 'mogen', obligations: ['optional'] },
    { word: 'kan', obligations: ['optional'] },
    { word: 'kunnen', obligations: ['optional'], unlessAfter: ['moet', 'moeten', 'dient', 'dienen', 'zou', 'zouden'] },
  ],
  vague: [
    'gebruiksvriendelijk', 'gebruiksvriendelijke', 'adequaat', 'adequate', 'passend', 'passende', 'voldoende', 'snel',
    'snelle', 'eenvoudig', 'eenvoudige', 'makkelijk', 'gemakkelijk', 'indien mogelijk', 'zo mogelijk', 'waar mogelijk',
    'enz.', 'enz', 'etc.', 'etc', 'en/of', 'stand van de techniek', 'state of the art', 'tijdig', 'redelijk',
    'redelijke', 'intuïtief', 'intuïtieve', 'robuust', 'robuuste', 'efficiënt', 'efficiënte',
  ],
  uncheckable: ['naar tevredenheid', 'werkt correct', 'nader te bepalen', 'n.t.b.'],
  acceptanceHeadings: ['acceptatiecriteria', 'acceptatiecriterium', 'aanvaardingscriteria'],
  orEquivalent: ['of gelijkwaardig', 'of gelijkwaardige', 'of een gelijkwaardig', 'of een gelijkwaardige', 'of gelijkwaardigen'],
  abbreviations: ['art', 'nr', 'bijv', 'bv', 'enz', 'o.a', 'i.p.v', 'min', 'max', 'verord'],
};
