import type { LanguageWords } from './language-words.js';

const EU_COUNTRIES = [
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Czech Republic', 'Denmark', 'Estonia', 'Finland',
  'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta',
  'the Netherlands', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
];
const OTHER_COUNTRIES = [
  'China', 'Russia', 'the United States', 'United States', 'the USA', 'USA', 'the US', 'the U.S.', 'the United Kingdom',
  'United Kingdom', 'the UK', 'UK', 'Israel', 'India', 'Japan', 'South Korea', 'Korea', 'Taiwan', 'Turkey', 'Türkiye',
  'Iran', 'Switzerland', 'Norway', 'Iceland', 'Canada', 'Australia', 'Brazil', 'Belarus', 'North Korea',
];

export const en: LanguageWords = {
  code: 'en',
  name: 'English',
  stopWords: [
    'the', 'of', 'and', 'to', 'a', 'an', 'is', 'are', 'be', 'that', 'for', 'with', 'by', 'as', 'or', 'it', 'its',
    'from', 'at', 'which', 'each', 'every', 'shall', 'should', 'must', 'may', 'not', 'this', 'than', 'when', 'within',
    'system', 'supplier', 'all', 'any', 'their', 'has', 'have', 'on',
  ],
  modals: [
    { word: 'shall', obligations: ['mandatory'] },
    { word: 'must', obligations: ['mandatory'], notTitleCase: true },
    { word: 'should', obligations: ['recommended'] },
    { word: 'may', obligations: ['optional'], notTitleCase: true },
  ],
  vague: [
    'user-friendly', 'user friendly', 'easy to use', 'easy', 'easily', 'intuitive', 'intuitively', 'simple to use',
    'adequate', 'adequately', 'appropriate', 'appropriately', 'as appropriate', 'sufficient', 'sufficiently',
    'fast', 'quick', 'quickly', 'rapid', 'rapidly', 'promptly', 'timely', 'in a timely manner', 'as soon as possible',
    'state of the art', 'state-of-the-art', 'best practice', 'best practices', 'industry standard', 'modern',
    'and/or', 'if possible', 'where possible', 'as far as possible', 'if practicable', 'where practicable',
    'best effort', 'best efforts', 'best-effort', 'etc.', 'etc', 'and so on', 'including but not limited to',
    'reasonable', 'reasonably', 'robust', 'seamless', 'seamlessly', 'flexible', 'efficient', 'efficiently',
    'high-quality', 'high quality', 'optimal', 'optimally', 'as required', 'as needed', 'if necessary', 'if needed',
    'where necessary', 'normally', 'usually', 'typically', 'significant', 'significantly', 'minimal', 'minimise',
    'minimize', 'maximise', 'maximize',
  ],
  vagueExceptions: [
    'as required by', 'as required in', 'as required under', 'as needed by', 'appropriate authority',
    'appropriate authorities', 'sufficient to show', 'sufficient to demonstrate',
  ],
  uncheckable: [
    'to the satisfaction of', 'works correctly', 'work correctly', 'works as expected', 'works properly',
    'functions correctly', 'functions properly', 'requirement is met', 'requirements are met', 'requirement is fulfilled',
    'requirement is satisfied', 'as agreed', 'to be agreed', 'to be defined', 'tbd', 'tbc',
  ],
  acceptanceHeadings: ['acceptance-criteria', 'acceptance-criterion', 'acceptance', 'acceptance-tests'],
  orEquivalent: ['or equivalent', 'or an equivalent', 'or equivalents'],
  origin: {
    // countries are left out here: "the centres in Belgium" places a centre, not a supplier
    regions: [
      'the EU/EEA', 'EU/EEA', 'the EU or the EEA', 'the EU or EEA', 'the EU', 'the EEA', 'the European Union',
      'the European Economic Area', 'Europe', 'the Union', 'EFTA', 'the Schengen area',
    ],
    locatingWords: ['in', 'within', 'inside', 'outside', 'from'],
    // "data centres in the EU" is a location condition; "the operational centres in the EU" only says where peers are
    describingBefore: [
      'operational centres', 'operational centers', 'peer centres', 'peer centers', 'emergency centres',
      'coordination centres', 'command centres', 'control rooms', 'authority', 'authorities', 'agency', 'agencies',
      'police', 'forces', 'countries', 'regions', 'languages', 'borders', 'incidents', 'operations', 'citizens',
      'people', 'Member States',
    ],
    adjectives: [
      'European', 'non-European', 'EU', 'non-EU', 'EEA', 'non-EEA', 'EU/EEA', 'third-country', 'foreign', 'domestic',
      'Chinese', 'Russian', 'American', 'US', 'U.S.', 'British', 'Israeli', 'Indian', 'Japanese', 'Korean', 'Taiwanese',
      'Turkish', 'Iranian', 'Swiss', 'Norwegian', 'Canadian', 'Belarusian', 'Austrian', 'Belgian', 'Bulgarian',
      'Croatian', 'Cypriot', 'Czech', 'Danish', 'Dutch', 'Estonian', 'Finnish', 'French', 'German', 'Greek',
      'Hungarian', 'Irish', 'Italian', 'Latvian', 'Lithuanian', 'Luxembourgish', 'Maltese', 'Polish', 'Portuguese',
      'Romanian', 'Slovak', 'Slovenian', 'Spanish', 'Swedish',
    ],
    notOriginBetween: ['language', 'languages', 'speaking', 'language-speaking', 'law', 'laws', 'legal', 'public', 'police'],
    supplyNouns: [
      'supplier', 'suppliers', 'vendor', 'vendors', 'manufacturer', 'manufacturers', 'producer', 'producers',
      'provider', 'providers', 'company', 'companies', 'firm', 'firms', 'undertaking', 'undertakings', 'contractor',
      'contractors', 'subcontractor', 'subcontractors', 'bidder', 'bidders', 'tenderer', 'tenderers',
      'component', 'components', 'product', 'products', 'hardware', 'software', 'equipment', 'technology',
      'technologies', 'solution', 'solutions', 'goods', 'parts', 'chips', 'devices', 'origin', 'ownership',
      'nationality', 'nationals', 'staff',
    ],
    participles: ['owned', 'made', 'built', 'manufactured', 'produced', 'based', 'controlled', 'headquartered'],
    phrases: [
      'country of origin', 'countries of origin', 'nationality of the supplier', 'nationality of its staff',
      'nationality of the staff', 'nationality of the personnel', 'nationality of personnel', 'citizenship of',
      'national supplier', 'national suppliers', 'national vendor', 'national vendors', 'national manufacturer',
      'national manufacturers', 'national company', 'national companies', 'local supplier', 'local suppliers',
      'buy European', 'Made in Europe', 'European preference',
    ],
    placingWords: [
      'made in', 'manufactured in', 'produced in', 'developed in', 'designed in', 'assembled in', 'built in',
      'headquartered in', 'head office in', 'registered office in', 'registered in', 'incorporated in',
      'established in', 'based in', 'originating in', 'originating from', 'nationals of', 'citizens of',
      'owned by', 'controlled from',
    ],
    countries: [
      'the EU', 'the EU/EEA', 'the EEA', 'the European Union', 'EU', 'EU/EEA', 'EEA', 'Europe',
      ...EU_COUNTRIES, ...OTHER_COUNTRIES, 'a Member State', 'a third country', 'third countries',
    ],
  },
  abbreviations: [
    'e.g', 'i.e', 'etc', 'art', 'arts', 'no', 'nos', 'nr', 'reg', 'dir', 'cf', 'vs', 'approx', 'incl', 'fig',
    'sec', 'para', 'min', 'max', 'mr', 'ms', 'dr', 'st', 'ch', 'vol', 'ed', 'rev', 'ver', 'v',
  ],
};
