import type { AcceptancePhase } from '../../load/spec/acceptance.js';

export type ResultValue = 'pass' | 'fail' | 'not-run' | 'concession';

/** One result of one test case, as a results workbook row or a JUnit test case records it. */
export interface RecordedResult {
  case: string;
  requirement: string;
  phase: AcceptancePhase;
  result: ResultValue;
  /** YYYY-MM-DD, or an ISO date and time from a test runner */
  date?: string;
  witness?: string;
  /** evidence references: documents, logs, a test runner's attachments */
  evidence: string[];
  /** the reference of the concession, for a `concession` */
  concession?: string;
  note?: string;
  /** the input file as the command line named it */
  file: string;
  /** where in the file: `results.xlsx!G12`, `conformance.xml:42` */
  source: string;
}
