/** Every word of the document frame. One set per language; English is the fallback. */
export interface Labels {
  contents: string;
  introduction: string;
  cover: {
    authority: string;
    reference: string;
    title: string;
    cpv: string;
    language: string;
    date: string;
    specification: string;
    basedOn: string;
  };
  obligation: Record<'mandatory' | 'recommended' | 'optional', string>;
  verification: Record<'inspection' | 'analysis' | 'demonstration' | 'test', string>;
  field: {
    obligation: string;
    verification: string;
    references: string;
    legalBasis: string;
    scenarios: string;
    orEquivalent: string;
  };
  sections: Record<string, string>;
  award: { chapter: string; intro: string; criterion: string; weight: string; requirements: string; total: string };
  matrix: {
    chapter: string;
    intro: string;
    id: string;
    title: string;
    obligation: string;
    verification: string;
    response: string;
    bidderReference: string;
  };
  page: string;
  of: string;
}

export const EN: Labels = {
  contents: 'Contents',
  introduction: 'Introduction',
  cover: {
    authority: 'Contracting authority',
    reference: 'Procurement reference',
    title: 'Subject of the procurement',
    cpv: 'CPV codes',
    language: 'Language',
    date: 'Date',
    specification: 'Specification',
    basedOn: 'Based on',
  },
  obligation: { mandatory: 'Mandatory', recommended: 'Recommended', optional: 'Optional' },
  verification: { inspection: 'Inspection', analysis: 'Analysis', demonstration: 'Demonstration', test: 'Test' },
  field: {
    obligation: 'Obligation',
    verification: 'Verification',
    references: 'References',
    legalBasis: 'Legal basis',
    scenarios: 'Scenarios',
    orEquivalent: 'or equivalent',
  },
  sections: {
    'acceptance-criteria': 'Acceptance criteria',
    rationale: 'Rationale',
    guidance: 'Guidance',
    notes: 'Notes',
  },
  award: {
    chapter: 'Award criteria',
    intro: 'The contract is awarded to the most economically advantageous tender, assessed on the following criteria and weights.',
    criterion: 'Criterion',
    weight: 'Weight',
    requirements: 'Requirements assessed',
    total: 'Total',
  },
  matrix: {
    chapter: 'Annex: Compliance matrix',
    intro:
      'The bidder states for every requirement whether the offer complies (Comply, Partially comply, Do not comply) and where the offer shows it. A mandatory requirement that is not met excludes the offer.',
    id: 'Id',
    title: 'Requirement',
    obligation: 'Obligation',
    verification: 'Verification',
    response: 'Response',
    bidderReference: 'Bidder reference',
  },
  page: 'Page',
  of: 'of',
};
