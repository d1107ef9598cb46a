/**
 * The words of the award method in the tender document, of the bidder's cover and price sheets, and of the
 * evaluation (score workbooks, report, letters). `{name}` placeholders are filled in.
 */
export interface MethodLabels {
  chapter: string;
  intro: string;
  type: { quality: string; price: string; cost: string };
  scale: string;
  points: string;
  descriptor: string;
  score: string;
  subcriteria: string;
  threshold: string;
  rules: string;
  lowestRatio: string;
  linear: string;
  example: string;
  exampleLowestRatio: string;
  exampleLinear: string;
  lcc: string;
  lccFormula: string;
  energy: string;
  line: string;
  per: { once: string; year: string };
  perColumn: string;
  state: string;
  statePower: string;
  stateAmount: string;
  total: string;
  consensus: { mean: string; median: string; recorded: string };
  spread: string;
  tieBreak: string;
  tieQuality: string;
  tiePrice: string;
  admissible: string;
  unscored: string;
}

export interface TenderFormLabels {
  coverSheet: string;
  priceSheet: string;
  cover: {
    title: string;
    spec: string;
    reference: string;
    fingerprint: string;
    tenderer: string;
    signatory: string;
    date: string;
    datePrompt: string;
  };
  price: {
    id: string;
    title: string;
    per: string;
    unit: string;
    value: string;
    description: string;
    total: string;
    totalDescription: string;
    prompt: string;
    error: string;
  };
}

export const EN_METHOD: MethodLabels = {
  chapter: 'Award method',
  intro:
    'The tenders are evaluated by the following method, fixed before any tender is opened. The total score of a tender is the sum of its scores on the criteria; the tender with the highest total is the most economically advantageous.',
  type: { quality: 'quality', price: 'price', cost: 'cost' },
  scale:
    'Each evaluator gives {criterion} whole points from 0 to {max}, as the descriptors below say. The score is points / {max} × {weight}.',
  points: 'Points',
  descriptor: 'Descriptor',
  score: 'Score',
  subcriteria: '{criterion} is scored by its sub-criteria, each on the same scale; their weights add up to {weight}:',
  threshold:
    'A tender whose points on {criterion} are below {threshold} is excluded from the award, whatever its other scores.',
  rules: 'How the requirements of {criterion} are scored:',
  lowestRatio: 'Price score = {weight} × lowest price of the admissible tenders / price of the tender.',
  linear:
    'Price score = {weight} for a price of {best} or less, 0 for a price of {worst} or more, and in between {weight} × ({worst} − price) / ({worst} − {best}).',
  example: 'Worked example:',
  exampleLowestRatio:
    'with tenders at {low} and {high}, the first scores {weight} × {low} / {low} = {lowScore}, the second {weight} × {low} / {high} = {highScore}.',
  exampleLinear: 'a tender at {price} scores {weight} × ({worst} − {price}) / ({worst} − {best}) = {score}.',
  lcc: 'The price compared is the life-cycle cost over {years} years: the net present value, at a discount rate of {rate} a year, of the costs the tenderer states in the price sheet of the response form (Directive 2014/24/EU Art. 68).',
  lccFormula:
    'Life-cycle cost = the one-off costs + the sum over each year y = 1 … {years} of the annual costs / (1 + {rate})^y.',
  energy:
    '{line}: the tenderer states the average electrical power in kW; its annual cost is kW × {hours} h × {price} per kWh.',
  line: 'Cost line',
  per: { once: 'once', year: 'per year' },
  perColumn: 'Incurred',
  state: 'What the tenderer states',
  statePower: 'average power (kW)',
  stateAmount: 'amount (EUR, excluding VAT)',
  total: 'The price compared is the total price stated in the price sheet of the response form.',
  consensus: {
    mean: "The points of a tender on a criterion are the mean of the evaluators' points.",
    median: "The points of a tender on a criterion are the median of the evaluators' points.",
    recorded:
      'The evaluators first score alone; the points of a tender on a criterion are then those the committee records in consensus, with the reasons.',
  },
  spread:
    "Where the evaluators' points on a criterion differ by two steps or more, the committee discusses the tender and records why before the report is signed.",
  tieBreak: 'Tenders with equal totals are ranked by {order}; tenders still equal share a rank.',
  tieQuality: 'the higher quality score',
  tiePrice: 'the lower price',
  admissible:
    'A tender is not evaluated if its response form answers a mandatory requirement other than "Comply", was altered, or lacks a price.',
  unscored: '{requirement} is not scored: {reason}',
};

export const EN_TENDER_FORM: TenderFormLabels = {
  coverSheet: 'Cover',
  priceSheet: 'Price',
  cover: {
    title: 'Response form',
    spec: 'Specification',
    reference: 'Procurement reference',
    fingerprint: 'Document fingerprint',
    tenderer: 'Tenderer (legal name of the organisation)',
    signatory: 'Name of the person signing for the tenderer',
    date: 'Date',
    datePrompt: 'Enter the date of the tender.',
  },
  price: {
    id: 'Id',
    title: 'Cost line',
    per: 'Incurred',
    unit: 'Unit',
    value: 'Value',
    description: 'What to state',
    total: 'Total price',
    totalDescription: 'The total price of the tender for the whole contract, excluding VAT.',
    prompt: 'Enter a number, zero or more.',
    error: 'Enter a number, zero or more, without currency sign.',
  },
};
