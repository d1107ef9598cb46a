/**
 * The words of the evaluation's own workbooks and report. The contracting authority's committee works in the
 * spec's main language; these are English until the frame labels carry them (a later step).
 */
export const WORDS = {
  scoresSheet: 'Scores',
  evaluatorSheet: 'Evaluator',
  header: [
    'Bidder',
    'Tenderer',
    'Criterion',
    'Sub-criterion',
    'Title',
    'Scale',
    'Points',
    'Justification',
    'Descriptors',
  ],
  workbookTitle: 'Score workbook',
  consensusTitle: 'Consensus workbook',
  evaluator: 'Evaluator',
  spec: 'Specification',
  evaluation: 'Evaluation',
  fingerprint: 'Document fingerprint',
  declarationLabel: 'Declaration',
  declaration:
    'I declare that I have no conflict of interest with any tenderer named in this workbook: no financial, economic or other personal interest that might be perceived to compromise my impartiality and independence in this procedure (Directive 2014/24/EU Art. 24). Should such a situation arise, I will declare it at once and withdraw from the evaluation of the tender concerned.',
  signed: 'Signed: type your full name',
  date: 'Date',
  pointsPrompt: 'Whole points from 0 to the scale shown in column F.',
  pointsError: 'Enter whole points within the scale of column F.',
  justificationPrompt: 'Say why, with reference to the descriptors and the tender (page or section).',
  justificationError: 'A score needs its justification.',
  signPrompt: 'Type your full name to sign the declaration.',
  datePrompt: 'Enter the date of signature.',
} as const;

/** The cells of the evaluator sheet, fixed: `evaluate` reads them back. */
export const EVALUATOR_CELLS = {
  evaluator: 'B2',
  spec: 'B3',
  evaluation: 'B4',
  fingerprint: 'B5',
  signed: 'B7',
  date: 'B8',
} as const;

/** Columns (0-based) of the scores sheet. */
export const SCORE_COLUMNS = {
  bidder: 0,
  tenderer: 1,
  criterion: 2,
  sub: 3,
  title: 4,
  max: 5,
  points: 6,
  justification: 7,
} as const;

export const CONSENSUS = 'consensus';
