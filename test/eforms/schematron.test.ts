import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO_ROOT } from '../support/outside-tools.js';
import { fixtureCopies } from '../support/workspace.js';
import { FULL_NOTICE } from './full-notice.js';
import { compiledSchematron, HAVE_XSLT3, schematronFailures, type Failure } from './schematron.js';
import { HAVE_SDK, SDK } from './sdk.js';

/** The SDK's static Schematron for subtype 16, compiled to XSLT 3 (./schematron.ts) and run by SaxonJS. */
const EXAMPLES = path.join(SDK, 'examples', 'notices');

let sef = '';
let tmp = '';

beforeAll(() => {
  if (!HAVE_SDK || !HAVE_XSLT3) return;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-schematron-'));
  sef = compiledSchematron('eforms-16');
}, 1_200_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The asserts a notice fails, as the compiled Schematron reports them. */
function failures(notice: string): Failure[] {
  return schematronFailures(sef, notice);
}

describe.skipIf(!HAVE_SDK || !HAVE_XSLT3)('the SDK Schematron, run by SaxonJS on the draft notice', () => {
  const copy = fixtureCopies();

  it('passes the valid contract notices of the SDK and fails its invalid one (the compiled rules work)', () => {
    for (const example of ['cn_24_minimal.xml', 'cn_24_open.xml']) {
      const errors = failures(path.join(EXAMPLES, example)).filter((f) => f.role === 'ERROR');
      expect(errors, example).toEqual([]);
    }
    expect(failures(path.join(EXAMPLES, 'INVALID_cn_24_stage-2.xml')).length).toBeGreaterThan(0);
  }, 120_000);

  it('fails the draft of a shipped spec only on what the buyer still completes in the eSender', async () => {
    const notice = path.join(tmp, 'be.xml');
    const run = await runCli(['export', 'eforms', 'be', '--out', notice, '--root', REPO_ROOT]);
    expect(run.code, run.stderr).toBe(0);
    const failed = failures(notice).filter((f) => f.role === 'ERROR');
    const byRule = new Map(failed.map((f) => [f.id, f.field]));
    // every rule the draft fails, and why: each is a field that the spec does not know
    expect(Object.fromEntries([...byRule].sort())).toEqual(
      Object.fromEntries(Object.entries(STILL_FAILED).map(([rule, [field]]) => [rule, field])),
    );
  }, 120_000);

  it('fails fewer rules when the notice block gives the addresses, contact, deadline, duration and validity', async () => {
    const root = await copy('basic', FULL_NOTICE);
    const notice = path.join(tmp, 'be-full.xml');
    const run = await runCli(['export', 'eforms', 'be', '--out', notice, '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    const failed = new Set(
      failures(notice)
        .filter((f) => f.role === 'ERROR')
        .map((f) => f.id),
    );
    const expected = new Set(Object.keys(STILL_FAILED).filter((rule) => !(rule in GIVEN_BY_THE_NOTICE_BLOCK)));
    for (const rule of Object.keys(ASKED_ONCE_THE_LOT_HAS_A_DEADLINE)) expected.add(rule);
    for (const rule of Object.keys(WITHOUT_SELECTION)) expected.add(rule);
    expect([...failed].sort()).toEqual([...expected].sort());
  }, 120_000);
});

/** The rules of subtype 16 the draft of `be` fails: the field each names, and what the buyer adds in the eSender. */
const STILL_FAILED: Record<string, [string, string]> = {
  'BR-BT-00005-0022': ['BT-05_a_-notice', 'dispatch date: set by the eSender when it sends the notice'],
  'BR-BT-00005-0074': ['BT-05_b_-notice', 'dispatch time: likewise'],
  'BR-BT-00018-0022': [
    'ND-LotTenderingTerms_BT-18-Lot',
    'submission address (notice.submission), needed unless electronic submission is not allowed',
  ],
  'BR-BT-00060-0022': ['BT-60-Lot', 'whether EU funds finance the contract'],
  'BR-BT-00071-0072': ['ND-LotTenderingTerms_BT-71-Lot', 'reserved participation'],
  'BR-BT-00097-0022': ['ND-LotTenderingTerms_BT-97-Lot', 'languages in which tenders may be submitted'],
  'BR-BT-00098-0022': ['BT-98-Lot', 'tender validity period, needed in an open procedure'],
  'BR-BT-00106-0022': ['ND-ProcedureTenderingProcess_BT-106-Procedure', 'whether the procedure is accelerated'],
  'BR-BT-00137-0214': ['BT-137-Lot', 'duration of the contract (BT-36) or its start and end dates'],
  'BR-BT-00501-0022': [
    'ND-Company_BT-501-Organization-Company',
    'registration number of the buyer (notice.buyer.identifier)',
  ],
  'BR-BT-00503-0022': ['ND-Company_BT-503-Organization-Company', "buyer's contact telephone"],
  'BR-BT-00506-0022': ['ND-Company_BT-506-Organization-Company', "buyer's contact e-mail"],
  'BR-BT-00507-0022': ['ND-Company_BT-507-Organization-Company', "buyer's NUTS region (a country with NUTS codes)"],
  'BR-BT-00512-0022': ['ND-Company_BT-512-Organization-Company', "buyer's post code (a country with post codes)"],
  'BR-BT-00513-0022': ['ND-Company_BT-513-Organization-Company', "buyer's city (notice.buyer.city)"],
  'BR-BT-00727-0228': ['ND-ProcedureProcurementScope_BT-727-Procedure', 'place of performance of the procedure'],
  'BR-BT-00727-0230': ['ND-LotProcurementScope_BT-727-Lot', 'place of performance of the lot'],
  'BR-BT-00736-0073': ['ND-LotTenderingTerms_BT-736-Lot', 'reserved execution'],
  'BR-BT-00743-0022': ['ND-LotTenderingTerms_BT-743-Lot', 'electronic invoicing'],
  'BR-BT-00764-0022': ['ND-LotTenderingTerms_BT-764-Lot', 'electronic catalogue'],
  'BR-OPT-00098-0022': ['OPA-98-Lot-Number', 'tender validity period (its number)'],
  'ND-LotProcurementDocument-16': [
    'ND-LotProcurementDocument',
    'address of the procurement documents (notice.documents)',
  ],
  'ND-LotReviewTerms-16': ['ND-LotReviewTerms', 'review body and review deadlines'],
  'ND-LotTenderingProcess-16': [
    'ND-LotTenderingProcess',
    'framework agreement, dynamic purchasing system, electronic auction, deadline',
  ],
  'ND-PostAwardProcess-16': ['ND-PostAwardProcess', 'electronic ordering and payment'],
};

/** The rules a spec without a `selection:` block fails (the shipped ones have one): where grounds and criteria are. */
const WITHOUT_SELECTION: Record<string, string> = {
  'BR-BT-00821-0022': 'where the selection criteria are stated (BT-821)',
  'ND-ProcedureTerms-16': 'where the exclusion grounds are stated (BT-806)',
};

/** The rules of STILL_FAILED that the notice block of FULL_NOTICE satisfies, and the field that does it. */
const GIVEN_BY_THE_NOTICE_BLOCK: Record<string, string> = {
  'BR-BT-00018-0022': 'submission',
  'BR-BT-00098-0022': 'validity_months',
  'BR-OPT-00098-0022': 'validity_months',
  'BR-BT-00137-0214': 'duration_months',
  'BR-BT-00501-0022': 'buyer.identifier',
  'BR-BT-00503-0022': 'buyer.telephone',
  'BR-BT-00506-0022': 'buyer.email',
  'BR-BT-00512-0022': 'buyer.postcode',
  'BR-BT-00513-0022': 'buyer.city',
  'ND-LotProcurementDocument-16': 'documents',
  'ND-LotTenderingProcess-16': 'deadline',
};

/** Fields of the lot's tendering process that the SDK requires as soon as the lot has one (for the deadline). */
const ASKED_ONCE_THE_LOT_HAS_A_DEADLINE: Record<string, string> = {
  'BR-BT-00017-0022': 'whether electronic submission is required (BT-17)',
  'BR-BT-00115-0073': 'GPA coverage (BT-115)',
  'BR-BT-00765-0073': 'framework agreement (BT-765)',
  'BR-BT-00766-0022': 'dynamic purchasing system (BT-766)',
  'ND-AuctionTerms-16': 'electronic auction (BT-767)',
};
