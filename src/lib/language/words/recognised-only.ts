import type { LanguageWords } from './language-words.js';

/**
 * Languages tenderkit recognises but has no rule words for: their statements are skipped, with an info
 * diagnostic, instead of being read as bad English. Add modals, vague terms, ... to move one to its own file.
 */
export const RECOGNISED_ONLY: readonly LanguageWords[] = [
  {
    code: 'es',
    name: 'Spanish',
    stopWords: ['el', 'la', 'los', 'las', 'del', 'y', 'que', 'con', 'para', 'por', 'debe', 'deberá', 'deben', 'una', 'un', 'se', 'sistema', 'proveedor', 'cada', 'lo', 'su', 'sus', 'al', 'como'],
  },
  {
    code: 'it',
    name: 'Italian',
    stopWords: ['il', 'lo', 'gli', 'dei', 'delle', 'della', 'del', 'che', 'per', 'con', 'deve', 'devono', 'dovrà', 'una', 'di', 'da', 'sistema', 'fornitore', 'ogni', 'non', 'è', 'sono', 'nel', 'nella', 'alla'],
  },
  {
    code: 'pt',
    name: 'Portuguese',
    stopWords: ['o', 'os', 'do', 'da', 'dos', 'das', 'que', 'para', 'com', 'deve', 'devem', 'um', 'uma', 'em', 'no', 'na', 'sistema', 'fornecedor', 'cada', 'não', 'é', 'são', 'pelo', 'pela', 'ao'],
  },
  {
    code: 'pl',
    name: 'Polish',
    stopWords: ['i', 'w', 'z', 'na', 'do', 'się', 'jest', 'nie', 'dla', 'oraz', 'lub', 'musi', 'powinien', 'może', 'system', 'dostawca', 'przez', 'od', 'że', 'każdy', 'każdego', 'systemu'],
  },
  {
    code: 'sv',
    name: 'Swedish',
    stopWords: ['och', 'att', 'det', 'som', 'ett', 'är', 'av', 'för', 'med', 'på', 'till', 'ska', 'skall', 'bör', 'får', 'inte', 'systemet', 'leverantören', 'varje', 'den', 'vid', 'alla'],
  },
  {
    code: 'da',
    name: 'Danish',
    stopWords: ['og', 'at', 'det', 'som', 'et', 'er', 'af', 'for', 'med', 'på', 'til', 'skal', 'bør', 'må', 'ikke', 'systemet', 'leverandøren', 'hver', 'den', 'ved', 'alle'],
  },
  {
    code: 'cs',
    name: 'Czech',
    stopWords: ['a', 'v', 'se', 'na', 'je', 'jsou', 's', 'z', 'do', 'pro', 'že', 'musí', 'by', 'měl', 'měla', 'může', 'systém', 'dodavatel', 'každý', 'každou', 'nebo', 'k', 'o'],
  },
  {
    code: 'fi',
    name: 'Finnish',
    stopWords: ['ja', 'on', 'ovat', 'se', 'että', 'ei', 'tai', 'kun', 'jokainen', 'järjestelmän', 'järjestelmä', 'toimittajan', 'toimittaja', 'täytyy', 'tulee', 'pitää', 'voi', 'sen', 'kanssa', 'myös'],
  },
];
