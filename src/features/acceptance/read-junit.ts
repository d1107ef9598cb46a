import { diagnostic, fileDiagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { AcceptancePhase } from '../../load/spec/acceptance.js';
import { parseTestCaseId } from './phases.js';
import { junitTestcases, type JunitTestcase } from './junit-testcases.js';
import type { RecordedResult } from './recorded-result.js';
import type { TestPlan } from './test-plan.js';

/** `INT-001 CT-EMSI-01`: a test case named by the requirement it verifies first, as the conformance suite names them. */
const NAMED_BY_REQUIREMENT = /^([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{3,4})(?=[\s/:_]|$)/;
/** `TC-INT-001-sit` anywhere in a name */
const CASE_IN_NAME = /\bTC-[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{3,4}-(?:fat|sat|sit|trial)\b/;

/**
 * The results in a JUnit XML file, as test runners write it (pytest, vitest, Maven Surefire, the JUnit Platform):
 * a `<testcase>` is a result when it names a requirement, by `<property name="requirement">` or, failing that, by a
 * test case id in its name (`TC-INT-001-sit`), or by a name that begins with the requirement's id, as the
 * conformance suite names its cases (`INT-001 CT-EMSI-01`). It passed unless
 * it has `<failure>` or `<error>`; `<skipped>` is not run. The phase is its `phase` property, else the phase of its
 * id, else SIT when the plan has a SIT case for the requirement (the conformance suite runs at SIT), else the
 * requirement's only case. Several test cases of one case in one file make one result: failed when any failed.
 * Attachments (a property `attachment`, `[[ATTACHMENT|path]]` in the output, Open Test Reporting's `<file path>`)
 * are its evidence; the nearest test suite's `timestamp` is its date.
 */
export function readJunit(
  text: string,
  file: string,
  plan: TestPlan,
): { results: RecordedResult[]; diagnostics: Diagnostic[] } {
  const read = junitTestcases(text);
  if (!read.ok)
    return {
      results: [],
      diagnostics: [fileDiagnostic('acceptance-junit', `cannot read the JUnit XML: ${read.message}`, file)],
    };
  const diagnostics: Diagnostic[] = [];
  const casesOf = new Map<string, Map<AcceptancePhase, string>>();
  for (const c of plan.cases) {
    let m = casesOf.get(c.requirement);
    if (!m) casesOf.set(c.requirement, (m = new Map()));
    m.set(c.phase, c.id);
  }
  const byCase = new Map<string, RecordedResult>();
  for (const testcase of read.testcases) {
    const named = namedRequirement(testcase);
    if (!named) continue;
    const { requirement } = named;
    const problem = (message: string) =>
      diagnostics.push(diagnostic('error', 'acceptance-junit', message, file, testcase.at));
    const written = testcase.properties.get('phase')?.[0]?.trim();
    if (written !== undefined && !PHASES.includes(written.toLowerCase())) {
      problem(`the test case "${testcase.name}" names the phase "${written}": write one of ${PHASES.join(', ')}`);
      continue;
    }
    const phases = casesOf.get(requirement);
    if (!phases) {
      problem(`the test case "${testcase.name}" verifies ${requirement}, which is not in the plan of ${plan.spec}`);
      continue;
    }
    const phase = named.phase ?? (phases.has('sit') ? 'sit' : phases.size === 1 ? [...phases.keys()][0] : undefined);
    if (phase === undefined) {
      problem(
        `the test case "${testcase.name}" verifies ${requirement}, planned in ${[...phases.keys()].join(', ')}: name its phase with <property name="phase" value="..."/>`,
      );
      continue;
    }
    const id = phases.get(phase);
    if (!id) {
      problem(
        `the test case "${testcase.name}" verifies ${requirement} in ${phase}, but the plan has no ${phase} case for it (${[...phases.keys()].join(', ')})`,
      );
      continue;
    }
    const result: RecordedResult = {
      case: id,
      requirement,
      phase,
      result: testcase.result,
      ...(testcase.timestamp !== undefined ? { date: testcase.timestamp } : {}),
      evidence: [...new Set([...(testcase.properties.get('attachment') ?? []), ...testcase.attachments])],
      ...(testcase.message ? { note: testcase.message } : {}),
      file,
      source: `${file}:${testcase.at.line}`,
    };
    const before = byCase.get(id);
    byCase.set(id, before ? combined(before, result) : result);
  }
  return { results: [...byCase.values()], diagnostics };
}

const PHASES: readonly string[] = ['fat', 'sat', 'sit', 'trial'];

/** The requirement (and phase) a test case names: its properties, else a test case id or a requirement id in its name. */
function namedRequirement(t: JunitTestcase): { requirement: string; phase?: AcceptancePhase } | undefined {
  const fromId = parseTestCaseId(CASE_IN_NAME.exec(t.name)?.[0] ?? '');
  const requirement =
    t.properties.get('requirement')?.[0]?.trim() || fromId?.requirement || NAMED_BY_REQUIREMENT.exec(t.name)?.[1];
  if (!requirement) return undefined;
  const written = t.properties.get('phase')?.[0]?.trim().toLowerCase();
  const phase = written !== undefined && PHASES.includes(written) ? (written as AcceptancePhase) : fromId?.phase;
  return phase ? { requirement, phase } : { requirement };
}

/** Two test cases of one planned case in one file: failed when either failed, passed when either passed, else not run. */
function combined(a: RecordedResult, b: RecordedResult): RecordedResult {
  const rank = (r: RecordedResult) => (r.result === 'fail' ? 2 : r.result === 'pass' ? 1 : 0);
  const winner = rank(b) > rank(a) ? b : a;
  return { ...winner, evidence: [...new Set([...a.evidence, ...b.evidence])] };
}
