import type { Position } from '../../lib/diagnostics.js';
import { positionsInOrder } from '../../lib/text/text-position.js';
import { scanXml } from '../../lib/xml/scan-xml.js';
import type { ResultValue } from './recorded-result.js';

/** One `<testcase>` of a JUnit XML report, as far as acceptance needs it. */
export interface JunitTestcase {
  name: string;
  /** where its start tag is */
  at: Position;
  /** `<property name value>` (or the property's text), by name */
  properties: Map<string, string[]>;
  result: ResultValue;
  /** the failure's message, or its first line */
  message?: string;
  /** `[[ATTACHMENT|path]]` in its output, Open Test Reporting's `<attachments><file path>` */
  attachments: string[];
  /** the `timestamp` of the nearest test suite */
  timestamp?: string;
}

/** A test runner's attachment in the output (Jenkins, GitLab and the JUnit Platform write this form). */
const ATTACHMENT = /\[\[ATTACHMENT\|([^\]\r\n]+)\]\]/g;

/**
 * Every test case of a JUnit XML report in one pass (a run of the conformance suite can hold tens of thousands):
 * passed unless it has `<failure>` or `<error>`, not run when `<skipped>`. A message when the file is not a JUnit
 * report or not well-formed XML.
 */
export function junitTestcases(
  text: string,
): { ok: true; testcases: JunitTestcase[] } | { ok: false; message: string } {
  const position = positionsInOrder(text);
  const testcases: JunitTestcase[] = [];
  const suites: Array<string | undefined> = [];
  let current: JunitTestcase | undefined;
  let property: { name: string; value: string | undefined; text: string } | undefined;
  let failure: { message: string | undefined; text: string } | undefined;
  let output: string | undefined;
  let root: string | undefined;
  const problem = scanXml(text, {
    open(name, attributes, ancestors, offset) {
      if (root === undefined) root = name;
      if (name === 'testsuite' || name === 'testsuites')
        suites.push(attributes['timestamp'] ?? suites[suites.length - 1]);
      else if (name === 'testcase' && !current) {
        const timestamp = suites[suites.length - 1];
        current = {
          name: (attributes['name'] ?? '').trim(),
          at: position(offset),
          properties: new Map(),
          result: 'pass',
          attachments: [],
          ...(timestamp ? { timestamp } : {}),
        };
      } else if (current) {
        const parent = ancestors[ancestors.length - 1];
        if (name === 'property' && parent === 'properties' && attributes['name'])
          property = { name: attributes['name'], value: attributes['value'], text: '' };
        else if ((name === 'failure' || name === 'error') && parent === 'testcase') {
          current.result = 'fail';
          failure ??= { message: attributes['message'], text: '' };
        } else if (name === 'skipped' && parent === 'testcase' && current.result !== 'fail') current.result = 'not-run';
        else if ((name === 'system-out' || name === 'system-err') && parent === 'testcase') output = '';
        else if (name === 'file' && parent === 'attachments' && attributes['path'])
          current.attachments.push(attributes['path']);
      }
    },
    close(name) {
      if (name === 'testsuite' || name === 'testsuites') suites.pop();
      else if (!current) return;
      else if (name === 'property' && property) {
        const value = property.value ?? property.text.trim();
        current.properties.set(property.name, [...(current.properties.get(property.name) ?? []), value]);
        property = undefined;
      } else if ((name === 'system-out' || name === 'system-err') && output !== undefined) {
        for (const m of output.matchAll(ATTACHMENT)) current.attachments.push(m[1]!.trim());
        output = undefined;
      } else if (name === 'testcase') {
        const message = failure?.message ?? failure?.text.trim().split('\n')[0];
        if (message) current.message = message;
        current.attachments = [...new Set(current.attachments)];
        testcases.push(current);
        current = undefined;
        failure = undefined;
      }
    },
    text(value) {
      if (property) property.text += value;
      else if (output !== undefined) output += value;
      else if (failure && failure.message === undefined && failure.text.length < 1000) failure.text += value;
    },
  });
  if (problem) return { ok: false, message: problem };
  if (root !== 'testsuites' && root !== 'testsuite')
    return {
      ok: false,
      message: `the root element is <${root}>, not <testsuites> or <testsuite>: this is not a JUnit XML report`,
    };
  return { ok: true, testcases };
}
