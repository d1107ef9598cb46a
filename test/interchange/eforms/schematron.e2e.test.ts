import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { sha256 } from '../../../src/lib/hash/sha256.js';
import { runCli } from '../../support/cli.js';
import { REPO_ROOT } from '../../support/outside-tools.js';
import { workspaceFrom } from '../../support/workspace.js';
import { FULL_NOTICE } from './full-notice.js';
import { schematronAsXslt } from './schematron.js';
import { HAVE_SDK, SDK } from './sdk.js';

/**
 * The SDK's static Schematron for subtype 16, compiled to XSLT 3 (./schematron.ts) and run by SaxonJS (the xslt3
 * package). The notices are made first and the stylesheet keeps only the rules that can fire on one of them (see
 * `mayMatch`): compiling all 1,775 rules takes SaxonJS minutes. The compiled form (SEF) is kept in the system's
 * temporary folder, named by the hash of the stylesheet and the SaxonJS version; it is loaded once and run
 * in-process on each notice.
 */
const XSLT3 = path.join(REPO_ROOT, 'node_modules', '.bin', 'xslt3');
const HAVE_XSLT3 = existsSync(XSLT3);
const EXAMPLES = path.join(SDK, 'examples', 'notices');
const SDK_EXAMPLES = ['cn_24_minimal.xml', 'cn_24_open.xml', 'INVALID_cn_24_stage-2.xml'].map((f) =>
  path.join(EXAMPLES, f),
);

/** SaxonJS, the XSLT 3 processor under the xslt3 command (CommonJS, no types) */
const SaxonJS = createRequire(import.meta.url)('saxon-js') as {
  transform(options: Record<string, unknown>, mode: 'sync'): unknown;
};

interface Failure {
  id: string;
  role: string;
  field: string;
  pattern: string;
  location: string;
}

let tmp = '';
let stylesheet: unknown;
let fullRoot: { root: string; dispose: () => Promise<void> } | undefined;
/** the drafts of be: from the shipped catalogue, and from a fixture with a full notice block */
const draft = { shipped: '', full: '' };

async function exportNotice(root: string, file: string): Promise<string> {
  const run = await runCli(['export', 'eforms', 'be', '--out', file, '--root', root]);
  if (run.code !== 0) throw new Error(`export eforms be failed: ${run.stderr}`);
  return file;
}

beforeAll(async () => {
  if (!HAVE_SDK || !HAVE_XSLT3) return;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-schematron-'));
  fullRoot = await workspaceFrom('basic', FULL_NOTICE);
  draft.shipped = await exportNotice(REPO_ROOT, path.join(tmp, 'be.xml'));
  draft.full = await exportNotice(fullRoot.root, path.join(tmp, 'be-full.xml'));
  const notices = [...SDK_EXAMPLES, draft.shipped, draft.full].map((f) => readFileSync(f, 'utf8'));
  const { xslt } = schematronAsXslt('eforms-16', notices);
  const saxon = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/saxon-js/package.json'), 'utf8')) as {
    version: string;
  };
  const sef = path.join(
    os.tmpdir(),
    `tenderkit-eforms-schematron-${sha256(saxon.version + xslt).slice(0, 16)}.sef.json`,
  );
  if (!existsSync(sef)) {
    const source = path.join(tmp, 'schematron.xsl');
    writeFileSync(source, xslt);
    const partial = `${sef}.${process.pid}`;
    execFileSync(XSLT3, [`-xsl:${source}`, `-export:${partial}`, '-nogo'], { stdio: 'pipe' });
    renameSync(partial, sef);
  }
  stylesheet = JSON.parse(readFileSync(sef, 'utf8'));
}, 1_200_000);

afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  await fullRoot?.dispose();
});

/** The asserts a notice fails, as the compiled Schematron reports them. */
function failures(notice: string): Failure[] {
  const result = SaxonJS.transform(
    { stylesheetInternal: stylesheet, sourceFileName: notice, destination: 'serialized' },
    'sync',
  ) as { principalResult: string };
  return [...result.principalResult.matchAll(/<failed ([^>]*)\/>/g)].map((m) => {
    const a = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]));
    return { id: a['id']!, role: a['role']!, field: a['field']!, pattern: a['pattern']!, location: a['location']! };
  });
}

describe.skipIf(!HAVE_SDK || !HAVE_XSLT3)('the SDK Schematron, run by SaxonJS on the draft notice', () => {
  it('passes the valid contract notices of the SDK and fails its invalid one (the compiled rules work)', () => {
    for (const example of SDK_EXAMPLES.slice(0, 2)) {
      const errors = failures(example).filter((f) => f.role === 'ERROR');
      expect(errors, example).toEqual([]);
    }
    expect(failures(SDK_EXAMPLES[2]!).length).toBeGreaterThan(0);
  });

  it('fails the draft of a shipped spec only on what the buyer still completes in the eSender', () => {
    const failed = failures(draft.shipped).filter((f) => f.role === 'ERROR');
    const byRule = new Map(failed.map((f) => [f.id, f.field]));
    // every rule the draft fails, and why: each is a field that the spec does not know
    expect(Object.fromEntries([...byRule].sort())).toEqual(
      Object.fromEntries(Object.entries(STILL_FAILED).map(([rule, [field]]) => [rule, field])),
    );
  });

  it('fails fewer rules when the notice block gives the addresses, contact, deadline, duration and validity', () => {
    const failed = new Set(
      failures(draft.full)
        .filter((f) => f.role === 'ERROR')
        .map((f) => f.id),
    );
    const expected = new Set(Object.keys(STILL_FAILED).filter((rule) => !(rule in GIVEN_BY_THE_NOTICE_BLOCK)));
    for (const rule of Object.keys(ASKED_ONCE_THE_LOT_HAS_A_DEADLINE)) expected.add(rule);
    for (const rule of Object.keys(WITHOUT_SELECTION)) expected.add(rule);
    expect([...failed].sort()).toEqual([...expected].sort());
  });
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
