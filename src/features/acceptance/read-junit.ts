import { diagnostic, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import { childElements, firstChild, parseXmlSafely, textContent, type XmlElement } from '../../lib/xml/safe-xml.js';
import type { AcceptancePhase } from '../../load/spec/acceptance.js';
import { parseTestCaseId } from './phases.js';
import type { RecordedResult, ResultValue } from './recorded-result.js';
import type { TestPlan } from './test-plan.js';

/** `INT-001 CT-EMSI-01`: a test case named by the requirement it verifies first, as the conformance suite names them. */
const NAMED_BY_REQUIREMENT = /^([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{3,4})(?=[\s/:_]|$)/;
/** `TC-INT-001-sit` anywhere in a name */
const CASE_IN_NAME = /\bTC-[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{3,4}-(?:fat|sat|sit|trial)\b/;
/** A test runner's attachment in the output (Jenkins, GitLab and the JUnit Platform write this form). */
const ATTACHMENT = /\[\[ATTACHMENT\|([^\]\r\n]+)\]\]/g;

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
  const parsed = parseXmlSafely(text);
  if (!parsed.ok)
    return {
      results: [],
      diagnostics: [diagnostic('error', 'acceptance-junit', `cannot read the JUnit XML: ${parsed.message}`, file)],
    };
  const { root } = parsed;
  if (root.name !== 'testsuites' && root.name !== 'testsuite')
    return {
      results: [],
      diagnostics: [
        diagnostic(
          'error',
          'acceptance-junit',
          `the root element is <${root.name}>, not <testsuites> or <testsuite>: this is not a JUnit XML report`,
          file,
        ),
      ],
    };
  const positions = testcasePositions(text);
  const diagnostics: Diagnostic[] = [];
  const casesOf = new Map<string, Map<AcceptancePhase, string>>();
  for (const c of plan.cases) {
    let m = casesOf.get(c.requirement);
    if (!m) casesOf.set(c.requirement, (m = new Map()));
    m.set(c.phase, c.id);
  }
  const byCase = new Map<string, RecordedResult>();
  let index = 0;
  const visit = (e: XmlElement, timestamp: string | undefined) => {
    for (const child of childElements(e)) {
      if (child.name === 'testsuite') visit(child, child.attributes['timestamp'] ?? timestamp);
      else if (child.name === 'testcase') {
        const at = positions[index++] ?? { line: 1, column: 1 };
        const read = readTestcase(child, timestamp);
        if (!read) continue;
        const where = `${file}:${at.line}`;
        const problem = (message: string) =>
          diagnostics.push(diagnostic('error', 'acceptance-junit', message, file, at));
        const phases = casesOf.get(read.requirement);
        if (!phases) {
          problem(
            `the test case "${read.name}" verifies ${read.requirement}, which is not in the plan of ${plan.spec}`,
          );
          continue;
        }
        let phase = read.phase;
        if (phase === undefined)
          phase = phases.has('sit') ? 'sit' : phases.size === 1 ? [...phases.keys()][0] : undefined;
        if (phase === undefined) {
          problem(
            `the test case "${read.name}" verifies ${read.requirement}, planned in ${[...phases.keys()].join(', ')}: name its phase with <property name="phase" value="..."/>`,
          );
          continue;
        }
        const id = phases.get(phase);
        if (!id) {
          problem(
            `the test case "${read.name}" verifies ${read.requirement} in ${phase}, but the plan has no ${phase} case for it (${[...phases.keys()].join(', ')})`,
          );
          continue;
        }
        const result: RecordedResult = {
          case: id,
          requirement: read.requirement,
          phase,
          result: read.result,
          ...(read.date !== undefined ? { date: read.date } : {}),
          evidence: read.evidence,
          ...(read.note ? { note: read.note } : {}),
          file,
          source: where,
        };
        const before = byCase.get(id);
        byCase.set(id, before ? combined(before, result) : result);
      } else visit(child, timestamp);
    }
  };
  if (root.name === 'testsuite') visit({ ...root, children: [root] }, undefined);
  else visit(root, root.attributes['timestamp']);
  return { results: [...byCase.values()], diagnostics };
}

interface ReadTestcase {
  name: string;
  requirement: string;
  phase?: AcceptancePhase;
  result: ResultValue;
  date?: string;
  evidence: string[];
  note?: string;
}

function readTestcase(e: XmlElement, timestamp: string | undefined): ReadTestcase | undefined {
  const properties = new Map<string, string[]>();
  for (const props of childElements(e, 'properties'))
    for (const p of childElements(props, 'property')) {
      const name = p.attributes['name'];
      const value = p.attributes['value'] ?? textContent(p).trim();
      if (name) properties.set(name, [...(properties.get(name) ?? []), value]);
    }
  const name = (e.attributes['name'] ?? '').trim();
  const fromId = parseTestCaseId(CASE_IN_NAME.exec(name)?.[0] ?? '');
  const requirement =
    properties.get('requirement')?.[0]?.trim() || fromId?.requirement || NAMED_BY_REQUIREMENT.exec(name)?.[1];
  if (!requirement) return undefined;
  const phaseText = properties.get('phase')?.[0]?.trim().toLowerCase();
  const phase = (phaseText as AcceptancePhase | undefined) ?? fromId?.phase;
  const failure = firstChild(e, 'failure') ?? firstChild(e, 'error');
  const skipped = firstChild(e, 'skipped');
  const result: ResultValue = failure ? 'fail' : skipped ? 'not-run' : 'pass';
  const evidence = [...(properties.get('attachment') ?? [])];
  for (const out of [...childElements(e, 'system-out'), ...childElements(e, 'system-err')])
    for (const m of textContent(out).matchAll(ATTACHMENT)) evidence.push(m[1]!.trim());
  for (const attachments of childElements(e, 'attachments'))
    for (const f of childElements(attachments, 'file')) if (f.attributes['path']) evidence.push(f.attributes['path']);
  const message = failure ? (failure.attributes['message'] ?? textContent(failure).trim().split('\n')[0]) : undefined;
  return {
    name,
    requirement,
    ...(phase !== undefined && ['fat', 'sat', 'sit', 'trial'].includes(phase) ? { phase } : {}),
    result,
    ...(timestamp ? { date: timestamp } : {}),
    evidence: [...new Set(evidence)],
    ...(message ? { note: message } : {}),
  };
}

/** Two test cases of one planned case in one file: failed when either failed, passed when either passed, else not run. */
function combined(a: RecordedResult, b: RecordedResult): RecordedResult {
  const rank = (r: RecordedResult) => (r.result === 'fail' ? 2 : r.result === 'pass' ? 1 : 0);
  const [winner, other] = rank(b) > rank(a) ? [b, a] : [a, b];
  return { ...winner, evidence: [...new Set([...a.evidence, ...b.evidence])], source: winner.source || other.source };
}

/** Line and column of every `<testcase` start tag in document order, comments and CDATA left out. */
function testcasePositions(text: string): Position[] {
  const blanked = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const starts: number[] = [0];
  for (let i = 0; i < blanked.length; i++) if (blanked.charCodeAt(i) === 10) starts.push(i + 1);
  const out: Position[] = [];
  let line = 0;
  for (const m of blanked.matchAll(/<(?:[\w.-]+:)?testcase(?=[\s/>])/g)) {
    while (line + 1 < starts.length && starts[line + 1]! <= m.index) line++;
    out.push({ line: line + 1, column: m.index - starts[line]! + 1 });
  }
  return out;
}
