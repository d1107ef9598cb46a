import type { Obligation } from '../requirement/requirement.js';

/**
 * Every word of the document frame. One set per language (built-in sets in src/document/i18n/label-sets/, a workspace adds
 * or overrides keys in `labels/<lang>.yaml`); English is the fallback.
 */
export interface Labels {
  contents: string;
  /** shown in Word in place of the contents until the field is updated */
  updateContents: string;
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
    /** the catalogue's version (tenderkit.yaml `version`), on the cover and in the footer */
    version: string;
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
  /** the chapter that lists the spec's annexes: their titles and the files in the pack */
  annexes: { chapter: string; intro: string; title: string; files: string };
  matrix: {
    chapter: string;
    intro: string;
    id: string;
    title: string;
    obligation: string;
    verification: string;
    response: string;
    bidderReference: string;
    /** for the response form (xlsx) */
    domain: string;
    statement: string;
    comment: string;
    responses: { comply: string; partial: string; fail: string };
    chooseResponse: string;
  };
  page: string;
  of: string;
  /** the colon after a field label ("Obligation:", French "Obligation :") */
  colon: string;
  /** the note before a text shown in the source language because its translation is missing or out of date */
  fallback: { missing: string; stale: string };
  /** boolean parameter values */
  values: { yes: string; no: string };
  /** chapter titles of the workspace's domains, by domain id: workspace content, given in labels/<lang>.yaml */
  domains: Record<string, string>;
  /** units that Intl cannot name (it names s, min, h, days, months...), such as "messages/min": labels/<lang>.yaml */
  units: Record<string, string>;
  /**
   * The modal verb forms that state each obligation, aligned by position (singular, plural), so that a translated
   * statement follows a deviation that changes the obligation. Empty where one word cannot be swapped for another.
   */
  modal: Record<Obligation, string[]>;
}

export const EN: Labels = {
  contents: 'Contents',
  updateContents: 'Update this field to list the contents (in Word: right-click, Update Field).',
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
    version: 'Catalogue version',
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
    intro:
      'The contract is awarded to the most economically advantageous tender, assessed on the following criteria and weights.',
    criterion: 'Criterion',
    weight: 'Weight',
    requirements: 'Requirements assessed',
    total: 'Total',
  },
  annexes: {
    chapter: 'Annexes',
    intro:
      'The following documents are annexed to this specification and form part of it. They are delivered with it in the folder annexes/.',
    title: 'Annex',
    files: 'Files',
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
    domain: 'Domain',
    statement: 'Statement',
    comment: 'Comment',
    responses: { comply: 'Comply', partial: 'Partially comply', fail: 'Do not comply' },
    chooseResponse: 'Choose one of the values in the list.',
  },
  page: 'Page',
  of: 'of',
  colon: ':',
  fallback: {
    missing: '[Text not yet available in English: original text]',
    stale: '[English text being updated: original text]',
  },
  values: { yes: 'yes', no: 'no' },
  domains: {},
  units: {},
  modal: { mandatory: ['shall'], recommended: ['should'], optional: ['may'] },
};
