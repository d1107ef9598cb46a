/**
 * The words of the acceptance documents: the test plan (after ISO/IEC/IEEE 29119-3), the results workbook and the
 * acceptance report with its certificate. `{name}` slots are filled in.
 */
export interface AcceptanceLabels {
  phases: Record<'fat' | 'sat' | 'sit' | 'trial', string>;
  /** the short name of each phase in tables and case headings */
  phaseCodes: Record<'fat' | 'sat' | 'sit' | 'trial', string>;
  plan: {
    title: string;
    /** the workbook's and the document's description: {spec} */
    description: string;
    cover: {
      contractor: string;
      phases: string;
      cases: string;
      status: string;
      statusValue: string;
    };
    scope: {
      chapter: string;
      purpose: string;
      /** {reference}, {spec}, {title} */
      purposeText: string;
      /** {requirements}, {cases}, {phases} */
      coverage: string;
      acceptanceRule: string;
      basis: string;
      /** {spec}, {chain} */
      basisSpec: string;
      /** {bid} */
      basisBid: string;
      /** {workbook} */
      basisResults: string;
      /** {version} */
      basisCatalogue: string;
      structure: string;
    };
    phasesChapter: { chapter: string; intro: string; phase: string; where: string; purpose: string; cases: string };
    where: Record<'fat' | 'sat' | 'sit' | 'trial', string>;
    purpose: Record<'fat' | 'sat' | 'sit' | 'trial', string>;
    environment: {
      chapter: string;
      intro: string;
      phases: Record<'fat' | 'sat' | 'sit' | 'trial', string>;
      data: string;
    };
    criteria: {
      chapter: string;
      intro: string;
      phase: string;
      entry: string;
      exit: string;
      entryOf: Record<'fat' | 'sat' | 'sit' | 'trial', string>;
      /** {phase} */
      exitAll: string;
      suspensionTitle: string;
      suspension: string;
    };
    roles: {
      chapter: string;
      role: string;
      duty: string;
      testManager: string;
      testManagerDuty: string;
      contractorLead: string;
      contractorLeadDuty: string;
      witness: string;
      witnessDuty: string;
    };
    /** workbook: {workbook} */
    recording: { chapter: string; workbook: string; junit: string; outdated: string; concession: string };
    /** {phase} */
    casesChapter: string;
    /** {count}, {phase} */
    casesIntro: string;
    requirement: string;
    obligation: string;
    methods: string;
    parameters: string;
    testItem: string;
    expected: string;
    /** when the requirement has no acceptance criteria */
    expectedFallback: string;
    commitment: string;
    offerReference: string;
    bidderComment: string;
    noAnswer: string;
    approval: { chapter: string; intro: string; name: string; role: string; date: string; signature: string };
    authorityRole: string;
    contractorRole: string;
  };
  workbook: {
    sheet: string;
    columns: {
      case: string;
      requirement: string;
      phase: string;
      obligation: string;
      title: string;
      method: string;
      result: string;
      date: string;
      witness: string;
      evidence: string;
      concession: string;
      note: string;
    };
    results: { pass: string; fail: string; notRun: string; concession: string };
    promptTitle: string;
    prompt: string;
    errorTitle: string;
    error: string;
  };
  report: {
    title: string;
    /** {spec} */
    description: string;
    summary: string;
    phase: string;
    total: string;
    cases: string;
    statuses: Record<'passed' | 'failed' | 'not-run' | 'concession' | 'outdated', string>;
    decision: string;
    accepted: string;
    /** {count} */
    notAccepted: string;
    punchList: string;
    punchIntro: string;
    noPunch: string;
    requirement: string;
    obligation: string;
    status: string;
    detail: string;
    source: string;
    /** {reference} */
    concessionRef: string;
    conflicts: string;
    /** {case}, {sources}, {winner} */
    conflictResolved: string;
    /** {case}, {sources} */
    conflictOpen: string;
    requirements: string;
    notPlanned: string;
    certificate: {
      title: string;
      /** {authority}, {reference}, {title}, {spec} */
      text: string;
      /** {phases}, {cases} */
      phases: string;
      concessions: string;
      none: string;
      /** {plan} */
      plan: string;
      /** {files}: each results file with the start of its SHA-256 */
      inputs: string;
    };
  };
}

export const ACCEPTANCE_EN: AcceptanceLabels = {
  phases: {
    fat: 'Factory acceptance test',
    sat: 'Site acceptance test',
    sit: 'System integration test',
    trial: 'Operational trial',
  },
  phaseCodes: { fat: 'FAT', sat: 'SAT', sit: 'SIT', trial: 'Trial' },
  plan: {
    title: 'Acceptance test plan',
    description: 'Acceptance test plan of {spec}',
    cover: {
      contractor: 'Contractor',
      phases: 'Test phases',
      cases: 'Test cases',
      status: 'Document status',
      statusValue: 'For approval',
    },
    scope: {
      chapter: 'Scope and test basis',
      purpose: 'Purpose',
      purposeText:
        'This plan states how the contracting authority verifies that the system delivered under contract {reference} ({title}) meets the requirements of the specification {spec}, before it accepts the system.',
      coverage: 'It covers {requirements} requirements in {cases} test cases over {phases}.',
      acceptanceRule:
        'The system is accepted when every mandatory requirement has passed, or is covered by a concession that the contracting authority granted in writing, in every phase planned for it, and no requirement changed after this plan was approved.',
      basis: 'Test basis',
      basisSpec:
        'the tender specification {spec} ({chain}), with its acceptance criteria and the parameter values it sets;',
      basisBid: "the contractor's response form {bid}, with what the contractor committed to for each requirement;",
      basisResults: 'the results workbook of this plan ({workbook}), in which each result is recorded.',
      basisCatalogue: 'the requirement catalogue, version {version};',
      structure:
        'The plan follows the structure of a test plan in ISO/IEC/IEEE 29119-3: scope, phases, environment, entry and exit criteria, roles, then one test case per requirement and phase.',
    },
    phasesChapter: {
      chapter: 'Test phases',
      intro:
        'The phases run in this order; a phase starts when the previous one has met its exit criteria. Each requirement is verified in the phases that its verification methods call for.',
      phase: 'Phase',
      where: 'Where',
      purpose: 'What is verified',
      cases: 'Test cases',
    },
    where: {
      fat: "At the contractor's premises, on the system as configured for delivery",
      sat: 'At the operational centre, on the installed system',
      sit: "Between the operational centre and a peer centre, or the conformance suite's harness peer",
      trial: 'In operation at the centre, during the readiness scenarios',
    },
    purpose: {
      fat: 'Inspection of documents, configuration and build; review of analyses and calculations',
      sat: 'Demonstrations to the users and tests in the operational environment',
      sit: 'Interoperability over the centre-to-centre interfaces',
      trial: 'Behaviour in operational use and in the exercised scenarios',
    },
    environment: {
      chapter: 'Test environment',
      intro: 'Each phase runs in its own environment, which the contractor prepares and the test manager approves:',
      phases: {
        fat: 'FAT: a reference installation at the contractor, with the software release and configuration that will be delivered, and access to its documentation and build records.',
        sat: 'SAT: the production system installed at the centre, connected to its radio, telephony and records systems, with test accounts for the operators.',
        sit: 'SIT: the installed system connected over the test trust list to a peer centre or to the harness peer of the conformance suite, with synchronised clocks.',
        trial:
          'Trial: the system in operational use by trained operators, with the fallback procedure of the centre in place.',
      },
      data: 'Before the end of SAT only synthetic or anonymised data is used; no operational personal data enters the system before the test manager releases it.',
    },
    criteria: {
      chapter: 'Entry and exit criteria',
      intro: 'A phase starts when its entry criteria are met and ends when its exit criteria are met.',
      phase: 'Phase',
      entry: 'Entry criteria',
      exit: 'Exit criteria',
      entryOf: {
        fat: 'The contractor has delivered the test procedures and the documents to inspect; the reference installation is ready.',
        sat: 'FAT has met its exit criteria; the system is installed and configured at the centre; the witnesses are named.',
        sit: 'SAT has met its exit criteria; the peer centre or the harness peer is connected; clocks are synchronised.',
        trial:
          'SIT has met its exit criteria; the operators are trained; the fallback procedure is tested and in place.',
      },
      exitAll:
        'Every test case of the {phase} has a result; every mandatory requirement verified in it has passed or is covered by a concession; no failure remains open.',
      suspensionTitle: 'Suspension and resumption',
      suspension:
        'The test manager suspends a phase when a failure makes further test cases meaningless. Testing resumes when the contractor has delivered a correction; every test case the correction can affect is run again.',
    },
    roles: {
      chapter: 'Roles and responsibilities',
      role: 'Role',
      duty: 'Responsibility',
      testManager: 'Test manager (contracting authority)',
      testManagerDuty:
        'approves this plan and the test procedures, witnesses the test cases, decides on concessions and signs the acceptance certificate',
      contractorLead: "Contractor's test lead",
      contractorLeadDuty:
        'prepares the environment and the procedures, runs the test cases and delivers the evidence of each result',
      witness: 'Witness',
      witnessDuty: 'attends a test case and records its result, date and evidence reference',
    },
    recording: {
      chapter: 'Recording results',
      workbook:
        'Each result is recorded in the results workbook of this plan ({workbook}): one row per test case, with the result (pass, fail, not run, concession), the date, the witness, the evidence reference and a note.',
      junit:
        'Automated test runs, such as the conformance suite, deliver their results as JUnit XML; a test case names the requirement it verifies in the property "requirement" (and the phase in the property "phase").',
      outdated:
        'The plan records the fingerprint of every requirement as planned. A requirement whose effective text or acceptance criteria changed after the plan is reported as outdated: its test cases are planned and run again.',
      concession:
        'A concession accepts a deviation from a requirement; it is granted in writing by the contracting authority and recorded with its reference.',
    },
    casesChapter: 'Test cases: {phase}',
    casesIntro: '{count} test cases are run in the {phase}.',
    requirement: 'Requirement',
    obligation: 'Obligation',
    methods: 'Method',
    parameters: 'Parameters',
    testItem: 'Requirement verified',
    expected: 'Expected results',
    expectedFallback: 'The system behaves as the requirement states.',
    commitment: "Contractor's commitment",
    offerReference: 'offer reference',
    bidderComment: 'comment',
    noAnswer: 'no answer in the response form',
    approval: {
      chapter: 'Approval',
      intro: 'This plan is approved for execution by:',
      name: 'Name',
      role: 'Role',
      date: 'Date',
      signature: 'Signature',
    },
    authorityRole: 'Test manager, contracting authority',
    contractorRole: "Contractor's representative",
  },
  workbook: {
    sheet: 'Results',
    columns: {
      case: 'Test case',
      requirement: 'Requirement',
      phase: 'Phase',
      obligation: 'Obligation',
      title: 'Title',
      method: 'Method',
      result: 'Result',
      date: 'Date (YYYY-MM-DD)',
      witness: 'Witness',
      evidence: 'Evidence reference',
      concession: 'Concession reference',
      note: 'Note',
    },
    results: { pass: 'Pass', fail: 'Fail', notRun: 'Not run', concession: 'Concession' },
    promptTitle: 'Result',
    prompt: 'Pass, Fail, Not run or Concession (give the concession reference).',
    errorTitle: 'Not a result',
    error: 'Choose one of the values in the list.',
  },
  report: {
    title: 'Acceptance test report',
    description: 'Acceptance test report of {spec}',
    summary: 'Summary',
    phase: 'Phase',
    total: 'Total',
    cases: 'Test cases',
    statuses: {
      passed: 'Passed',
      failed: 'Failed',
      'not-run': 'Not run',
      concession: 'Concession',
      outdated: 'Outdated',
    },
    decision: 'Decision',
    accepted:
      'Every mandatory requirement has passed or is covered by a concession in every planned phase, and no requirement changed since the plan: the system can be accepted.',
    notAccepted: 'The system cannot be accepted: {count} requirements block acceptance (see the punch list).',
    punchList: 'Punch list',
    punchIntro: 'These requirements block acceptance until their test cases pass or a concession is granted.',
    noPunch: 'No requirement blocks acceptance.',
    requirement: 'Requirement',
    obligation: 'Obligation',
    status: 'Status',
    detail: 'Test cases',
    source: 'Source',
    concessionRef: 'concession {reference}',
    conflicts: 'Conflicting results',
    conflictResolved: '{case}: {sources} disagree; the later result ({winner}) counts.',
    conflictOpen: '{case}: {sources} disagree and give no dates to choose by; the case counts as failed.',
    requirements: 'Results by requirement',
    notPlanned: 'not in the plan',
    certificate: {
      title: 'Acceptance certificate',
      text: '{authority} certifies that the system delivered under contract {reference} ({title}) has passed acceptance against the specification {spec}.',
      phases: 'Phases completed: {phases}; {cases} test cases.',
      concessions: 'Concessions granted',
      none: 'none',
      plan: 'Test plan: {plan}.',
      inputs: 'Results read: {files}.',
    },
  },
};
