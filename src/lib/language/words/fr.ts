import type { LanguageWords } from './language-words.js';

export const fr: LanguageWords = {
  code: 'fr',
  name: 'French',
  stopWords: [
    'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'sont', 'pour', 'dans', 'avec', 'par', 'sur',
    'que', 'qui', 'doit', 'doivent', 'ne', 'pas', 'au', 'aux', 'ou', 'ce', 'cette', 'ses', 'son', 'sa', 'leur',
    'chaque', 'système', 'fournisseur', 'être', 'lors', 'selon', 'l', 'd',
  ],
  modals: [
    { word: 'doit', obligations: ['mandatory'] },
    { word: 'doivent', obligations: ['mandatory'] },
    // the future tense states obligations in French specifications ("le titulaire devra")
    { word: 'devra', obligations: ['mandatory'] },
    { word: 'devront', obligations: ['mandatory'] },
    { word: 'est tenu de', obligations: ['mandatory'] },
    { word: 'est tenue de', obligations: ['mandatory'] },
    { word: 'devrait', obligations: ['recommended'] },
    { word: 'devraient', obligations: ['recommended'] },
    { word: 'il convient', obligations: ['recommended'] },
    { word: 'il est recommandé', obligations: ['recommended'] },
    { word: 'peut', obligations: ['optional'] },
    { word: 'peuvent', obligations: ['optional'] },
  ],
  vague: [
    'convivial', 'conviviale', 'adéquat', 'adéquate', 'adéquats', 'adéquates', 'approprié', 'appropriée',
    'appropriés', 'appropriées', 'suffisant', 'suffisante', 'suffisants', 'suffisantes', 'rapide', 'rapides',
    'rapidement', 'facile', 'facilement', 'si possible', 'dans la mesure du possible', 'etc.', 'etc', 'et/ou',
    "état de l'art", 'meilleurs efforts', 'raisonnable', 'raisonnables', 'intuitif', 'intuitive', 'performant',
    'performante', 'optimal', 'optimale', 'robuste', 'efficace',
  ],
  uncheckable: ['à la satisfaction de', 'fonctionne correctement', 'à définir', 'à convenir'],
  acceptanceHeadings: ['criteres-d-acceptation', 'criteres-d-acceptance', 'criteres-de-reception'],
  orEquivalent: ['ou équivalent', 'ou équivalente', "ou l'équivalent", 'ou équivalents'],
  abbreviations: ['art', 'p', 'ex', 'etc', 'cf', 'n', 'no', 'règl', 'dir', 'min', 'max'],
};
