import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canUse, REPO_ROOT } from '../../support/outside-tools.js';
import { checkInterfacePackage } from './interface-package-check.js';

/**
 * The interface package that every pack ships (annexes/interface/, ICD section 12) is consistent: the OpenAPI file is
 * valid OpenAPI 3.1, every sample validates against the XML or JSON schema of the package and matches an operation of
 * the OpenAPI file, every code is in its code list, every signature verifies, and every file that a requirement or
 * an annex cites exists. Read with xmllint, ajv and openssl, not with tenderkit.
 */
const READY = canUse('xmllint', 'the interface package check') && canUse('openssl', 'the interface package check');
const PACKAGE = path.join(REPO_ROOT, 'annexes', 'interface');

/** Defects a supplier or an editor could make, each in its own file of a copy of the package (one check run). */
const DEFECTS: { file: string; change: (text: string) => string; expect: RegExp[] }[] = [
  {
    // a classification level where a handling code belongs; the edit also breaks the sample's signature
    file: 'samples/emsi-event-report.xml',
    change: (t) => t.replace('LE-SENSITIVE', 'RESTRICTED'),
    expect: [
      /^samples\/emsi-event-report\.xml: descriptor\/keyword: "RESTRICTED" is not a code of urn:oci:v1:code-list:handling-code$/,
      /^samples\/emsi-event-report\.xml\.jws: does not verify over the canonical bytes of emsi-event-report\.xml/,
    ],
  },
  {
    // the flat path of EDXL-DE 1.0, outside the descriptor
    file: 'samples/ack-accepted.xml',
    change: (t) =>
      t.replace('<descriptor>', '<combinedConfidentiality>Unclassified</combinedConfidentiality>\n  <descriptor>'),
    expect: [
      /^samples\/ack-accepted\.xml: not valid against schemas\/oci-edxl-de-profile\.xsd: .*combinedConfidentiality/,
    ],
  },
  {
    file: 'samples/index.json',
    change: (t) => t.replace('"operationId": "putAttachment"', '"operationId": "getAttachment"'),
    expect: [
      /^samples\/attachment-photo\.png: names the operation getAttachment, which oci-v1\.openapi\.yaml does not have$/,
    ],
  },
  {
    file: 'oci-v1.openapi.yaml',
    change: (t) => t.replace("'202':", "'2xx':"),
    expect: [/^oci-v1\.openapi\.yaml: not valid OpenAPI 3\.1: \/paths\/~1distributions\/post\/responses/],
  },
  {
    file: 'samples/attachment-reference.xml',
    change: (t) => t.replace(/<size>\d+<\/size>/, '<size>1</size>'),
    expect: [/^samples\/attachment-reference\.xml: says size 1, the file has \d+ bytes$/],
  },
  {
    file: 'samples/map-layer.geojson',
    change: (t) => t.replace('"validUntil"', '"validTo"'),
    expect: [
      /^samples\/map-layer\.geojson: schemas\/map-layer\.schema\.json: \/layer must have required property 'validUntil'$/,
      /^samples\/map-layer\.geojson: is not the payload that map-layer-report\.xml carries$/,
    ],
  },
  {
    // a payload schema of the package that no sample shows any more
    file: 'samples/emsi-mission-report.xml',
    change: (t) => t.replace('<ct:Value>emsi-mission</ct:Value>', '<ct:Value>emsi-event</ct:Value>'),
    expect: [/^samples\/index\.json: no sample carries the content type emsi-mission$/],
  },
  {
    file: 'samples/trust-list-benelux.json',
    change: (t) => t.replace('"actingFor": "cc:BE:FP-NOC"', '"actingFor": "cc:BE:FP-OTHER"'),
    expect: [/^samples\/takeover-active\.xml: no trust list allows cc:BE:FP-NOC-FALLBACK to act for cc:BE:FP-NOC$/],
  },
  {
    file: 'code-lists/ack-error.json',
    change: (t) => t.replace('"code": "attachment-missing"', '"code": "attachment-absent"'),
    expect: [/^schemas\/oci-v1\.xsd: AckErrorCode \(.*\) differs from code-lists\/ack-error\.json$/],
  },
  {
    file: '../interface-control-document.md',
    change: (t) => t.replace('`schemas/directory.schema.json`', '`schemas/centre-directory.schema.json`'),
    expect: [
      /^\.\.\/interface-control-document\.md: names schemas\/centre-directory\.schema\.json, which the package does not hold$/,
    ],
  },
];

describe.skipIf(!READY)('the interface package', () => {
  let copy: string | undefined;
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('is consistent as shipped', () => {
    expect(checkInterfacePackage(PACKAGE, REPO_ROOT)).toEqual([]);
  });

  it('finds every defect of a deliberately broken copy, each at its file', () => {
    copy = mkdtempSync(path.join(os.tmpdir(), 'oci-package-'));
    cpSync(path.join(REPO_ROOT, 'annexes'), path.join(copy, 'annexes'), { recursive: true });
    for (const d of DEFECTS) {
      const target = path.join(copy, 'annexes', 'interface', d.file);
      const before = readFileSync(target, 'utf8');
      const after = d.change(before);
      expect(after, `the defect applies to ${d.file}`).not.toBe(before);
      writeFileSync(target, after);
    }
    const problems = checkInterfacePackage(path.join(copy, 'annexes', 'interface'), REPO_ROOT);
    for (const e of DEFECTS.flatMap((d) => d.expect))
      expect(
        problems.filter((p) => e.test(p)),
        `${e}\n${problems.join('\n')}`,
      ).not.toEqual([]);
  });
});
