import type { Obligation } from '../requirement/requirement.js';
import { EN_METHOD, EN_TENDER_FORM, type MethodLabels, type TenderFormLabels } from './award-labels.js';
import { ACCEPTANCE_EN, type AcceptanceLabels } from './acceptance-labels.js';

/**
 * Every word of the document frame. One set per language (built-in sets in src/load/frame/label-sets/, a workspace adds
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
  /** the chapter of the exclusion grounds and selection criteria (`selection:`): who may tender */
  selection: SelectionLabels;
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
   * reference titles by reference id, for every requirement that cites the reference (labels/<lang>.yaml); a
   * requirement's translation file (`references:`) takes precedence
   */
  references: Record<string, string>;
  /**
   * enumerated parameter values by value ("restricted"), for every parameter that has the value (labels/<lang>.yaml);
   * a requirement's translation file (`values:`) takes precedence
   */
  enum: Record<string, string>;
  /**
   * The modal verb forms that state each obligation, aligned by position (singular, plural), so that a translated
   * statement follows a deviation that changes the obligation. Empty where one word cannot be swapped for another.
   */
  modal: Record<Obligation, string[]>;
  /** the bidder's response form (xlsx): sheet names, headers, the drop-down's prompts, the award sheet */
  form: FormLabels;
  /** the award method in the tender document */
  method: MethodLabels;
  /** the cover and price sheets of the bidder's response form */
  tenderForm: TenderFormLabels;
  /** the auditors' outputs: the deviation report (Markdown, HTML) and the redline (Word); `{name}` is filled in */
  report: ReportLabels;
  /** the acceptance test plan, its results workbook and the acceptance report */
  acceptance: AcceptanceLabels;
}

export interface SelectionLabels {
  chapter: string;
  intro: string;
  exclusion: string;
  criteria: string;
  code: string;
  ground: string;
  criterion: string;
  description: string;
  threshold: string;
  /** after a ground or criterion the ESPD has no question for (the 2009/81 security criteria) */
  notInEspd: string;
  /** {amount}: a formatted money amount */
  amount: string;
  /** {count} */
  count: string;
  /** {years} */
  years: string;
}

export interface FormLabels {
  /** sheet names: at most 31 characters, none of : \\ / ? * [ ] */
  responsesSheet: string;
  awardSheet: string;
  columns: {
    id: string;
    domain: string;
    title: string;
    obligation: string;
    statement: string;
    verification: string;
    response: string;
    offerReference: string;
    comment: string;
  };
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
  award: {
    id: string;
    criterion: string;
    type: string;
    weight: string;
    requirements: string;
    description: string;
    total: string;
    none: string;
  };
  /** the workbook's description property: {spec} */
  description: string;
  keyword: string;
}

export interface ReportLabels {
  /** {variant}, {baseline} */
  title: string;
  variant: string;
  chain: string;
  baseline: string;
  summary: string;
  change: string;
  requirements: string;
  total: string;
  /** {share}, {count}, {baseline} */
  harmonisation: string;
  changes: string;
  /** {variant}, {baseline} */
  noChange: string;
  /** {deleted}, {inserted}: the words below */
  legend: string;
  deleted: string;
  inserted: string;
  /** {spec} */
  declaredIn: string;
  justification: string;
  noneGiven: string;
  field: string;
  effect: string;
  seeText: string;
  text: string;
  /** {name} */
  parameter: string;
  fields: { obligation: string; statement: string; verification: string; title: string };
  kinds: Record<'unchanged' | 'stricter' | 'looser' | 'modified' | 'added' | 'removed' | 'absent', string>;
  redline: {
    /** {variant}, {baseline} */
    title: string;
    /** {variant}, {chain}, {baseline} */
    intro: string;
    /** {total}, {unchanged}, {stricter}, {looser}, {modified}, {added}, {removed}, {share} */
    counts: string;
    /** {chain}, {baseline} */
    description: string;
  };
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
  selection: {
    chapter: 'Exclusion and selection',
    intro:
      'A tenderer to whom one of the following exclusion grounds applies is excluded from the procedure, and every tenderer must meet the selection criteria. Tenderers declare this in the European Single Procurement Document (ESPD) and provide the evidence when the contracting authority asks for it; what the ESPD does not ask is declared with the tender.',
    exclusion: 'Exclusion grounds',
    criteria: 'Selection criteria',
    code: 'Code',
    ground: 'Ground',
    criterion: 'Criterion',
    description: 'Description',
    threshold: 'Minimum level',
    notInEspd: 'Not in the ESPD: declared with the tender.',
    amount: 'at least {amount}',
    count: 'at least {count}',
    years: 'over the last {years} years',
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
  references: {},
  enum: {},
  modal: { mandatory: ['shall'], recommended: ['should'], optional: ['may'] },
  form: {
    responsesSheet: 'Responses',
    awardSheet: 'Award criteria',
    columns: {
      id: 'Id',
      domain: 'Domain',
      title: 'Title',
      obligation: 'Obligation',
      statement: 'Statement',
      verification: 'Verification',
      response: 'Response',
      offerReference: 'Offer reference',
      comment: 'Comment',
    },
    promptTitle: 'Response',
    prompt: 'Choose Comply, Partially comply or Do not comply.',
    errorTitle: 'Not a response',
    error: 'Choose one of the values in the list: Comply, Partially comply, Do not comply.',
    award: {
      id: 'Id',
      criterion: 'Criterion',
      type: 'Type',
      weight: 'Weight (%)',
      requirements: 'Requirements assessed',
      description: 'Description',
      total: 'Total',
      none: 'This specification defines no award criteria.',
    },
    description:
      'Response form for {spec}: state for every requirement whether the offer complies, and where the offer shows it.',
    keyword: 'compliance matrix',
  },
  method: EN_METHOD,
  tenderForm: EN_TENDER_FORM,
  report: {
    title: 'Deviations of {variant} from {baseline}',
    variant: 'Variant',
    chain: 'Chain',
    baseline: 'Baseline',
    summary: 'Summary',
    change: 'Change',
    requirements: 'Requirements',
    total: 'Total',
    harmonisation: 'Harmonisation: {share} of the {count} requirements of {baseline} are kept unchanged.',
    changes: 'Changes',
    noChange: '{variant} does not depart from {baseline}.',
    legend: "In the texts, {deleted} words are the baseline's and {inserted} words the variant's.",
    deleted: 'struck-through',
    inserted: 'underlined',
    declaredIn: 'declared in {spec}',
    justification: 'Justification',
    noneGiven: 'none given',
    field: 'Field',
    effect: 'Effect',
    seeText: 'see the text below',
    text: 'Text',
    parameter: 'Parameter {name}',
    fields: { obligation: 'Obligation', statement: 'Statement', verification: 'Verification', title: 'Title' },
    kinds: {
      unchanged: 'Unchanged',
      stricter: 'Stricter',
      looser: 'Looser',
      modified: 'Modified',
      added: 'Added',
      removed: 'Removed',
      absent: 'Absent',
    },
    redline: {
      title: 'Redline: {variant} against {baseline}',
      intro:
        "This document shows the requirement texts of {variant} ({chain}) with every difference from {baseline} as a tracked change, authored by the spec that declared it. Reject all changes to read {baseline}; accept all changes to read {variant}. The deviation report gives each change's justification.",
      counts:
        '{total} requirements: {unchanged} unchanged, {stricter} stricter, {looser} looser, {modified} modified, {added} added, {removed} removed. Harmonisation {share}.',
      description: 'Tracked changes of {chain} against {baseline}',
    },
  },
  acceptance: ACCEPTANCE_EN,
};
