import type { LanguageWords } from './language-words.js';

export const de: LanguageWords = {
  code: 'de',
  name: 'German',
  stopWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'ist', 'sind', 'ein', 'eine', 'einen', 'einer', 'mit', 'für',
    'von', 'zu', 'auf', 'im', 'bei', 'nicht', 'muss', 'müssen', 'werden', 'wird', 'oder', 'sich', 'auch', 'jede',
    'jeden', 'jedes', 'system', 'auftragnehmer', 'nach', 'über',
  ],
  modals: [
    { word: 'muss', obligations: ['mandatory'] },
    { word: 'müssen', obligations: ['mandatory'] },
    { word: 'darf nicht', obligations: ['mandatory'] },
    { word: 'dürfen nicht', obligations: ['mandatory'] },
    // "soll" reads as "shall" in many German specifications and as "should" in DIN 820: either is accepted
    { word: 'soll', obligations: ['mandatory', 'recommended'] },
    { word: 'sollen', obligations: ['mandatory', 'recommended'] },
    { word: 'sollte', obligations: ['recommended'] },
    { word: 'sollten', obligations: ['recommended'] },
    { word: 'wird empfohlen', obligations: ['recommended'] },
    { word: 'kann', obligations: ['optional'] },
    { word: 'können', obligations: ['optional'] },
    { word: 'darf', obligations: ['optional'] },
    { word: 'dürfen', obligations: ['optional'] },
  ],
  vague: [
    'benutzerfreundlich', 'benutzerfreundliche', 'benutzerfreundlichen', 'angemessen', 'angemessene', 'angemessenen',
    'ausreichend', 'ausreichende', 'ausreichenden', 'schnell', 'schnelle', 'schnellen', 'einfach', 'einfache',
    'einfachen', 'möglichst', 'wenn möglich', 'falls möglich', 'soweit möglich', 'usw.', 'usw', 'etc.', 'etc',
    'und/oder', 'Stand der Technik', 'nach bestem Bemühen', 'zeitnah', 'zeitnahe', 'intuitiv', 'intuitive',
    'geeignet', 'geeignete', 'geeigneten', 'robust', 'robuste', 'performant', 'effizient', 'effiziente',
  ],
  uncheckable: ['zur Zufriedenheit', 'funktioniert korrekt', 'einwandfrei', 'noch festzulegen'],
  acceptanceHeadings: ['abnahmekriterien', 'akzeptanzkriterien', 'abnahmekriterium'],
  orEquivalent: ['oder gleichwertig', 'oder gleichwertige', 'oder gleichwertiger', 'oder gleichwertiges', 'oder Gleichwertiges'],
  abbreviations: ['art', 'abs', 'nr', 'z.b', 'zb', 'bzw', 'usw', 'd.h', 'ca', 'vgl', 'ggf', 'inkl', 'min', 'max', 'verordn'],
};
