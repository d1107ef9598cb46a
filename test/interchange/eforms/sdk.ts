import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canUse, SHARED } from '../../support/outside-tools.js';

/**
 * Readers of the eForms SDK in ../shared/eforms-sdk that share no code with tenderkit: the Genericode files, fields.json,
 * the XML Schema through xmllint, and XPath through Python's lxml.
 */
export const SDK = path.join(SHARED, 'eforms-sdk');
export const HAVE_SDK =
  canUse('shared', 'the eForms SDK checks') && existsSync(path.join(SDK, 'fields', 'fields.json'));
export const HAVE_XMLLINT = canUse('xmllint', 'the eForms XML Schema validation');
export const HAVE_LXML = canUse('lxml', 'reading eForms fields back at their XPath');
export const NOTICE_XSD = path.join(SDK, 'schemas', 'maindoc', 'UBL-ContractNotice-2.3.xsd');

/** The codes of a Genericode file of the SDK. */
export function genericodeCodes(file: string): Set<string> {
  const text = readFileSync(path.join(SDK, 'codelists', file), 'utf8');
  const codes = new Set<string>();
  for (const row of text.matchAll(/<Row>([\s\S]*?)<\/Row>/g)) {
    const code = /<Value ColumnRef="code">\s*<SimpleValue>([^<]*)<\/SimpleValue>/.exec(row[1]!);
    if (code) codes.add(code[1]!);
  }
  return codes;
}

/** The English names of a Genericode file's codes. */
export function genericodeNames(file: string): Map<string, string> {
  const text = readFileSync(path.join(SDK, 'codelists', file), 'utf8');
  const names = new Map<string, string>();
  for (const row of text.matchAll(/<Row>([\s\S]*?)<\/Row>/g)) {
    const code = /<Value ColumnRef="code">\s*<SimpleValue>([^<]*)</.exec(row[1]!)?.[1];
    const name = /<Value ColumnRef="Name">\s*<SimpleValue>([^<]*)</.exec(row[1]!)?.[1];
    if (code && name) names.set(code, name);
  }
  return names;
}

/** The file of each code list by its id (the `listName` of a notice), from codelists.json. */
export function codeListFiles(): Map<string, string> {
  const index = JSON.parse(readFileSync(path.join(SDK, 'codelists', 'codelists.json'), 'utf8')) as {
    codelists: Array<{ id: string; filename: string }>;
  };
  return new Map(index.codelists.map((c) => [c.id, c.filename]));
}

export interface SdkField {
  id: string;
  btId?: string;
  name: string;
  xpathAbsolute: string;
  codeList?: { value: { id: string } };
  mandatory?: { constraints?: Array<{ noticeTypes?: string[]; condition?: string; value: boolean }> };
}

let fields: Map<string, SdkField> | undefined;

/** fields.json by field id. */
export function sdkFields(): Map<string, SdkField> {
  fields ??= new Map(
    (JSON.parse(readFileSync(path.join(SDK, 'fields', 'fields.json'), 'utf8')) as { fields: SdkField[] }).fields.map(
      (f) => [f.id, f],
    ),
  );
  return fields;
}

/** xmllint against the SDK's XML Schema of a contract notice: '' when the file validates, else the complaint. */
export function noticeSchemaErrors(file: string): string {
  const run = spawnSync('xmllint', ['--noout', '--schema', NOTICE_XSD, file], { encoding: 'utf8' });
  if (run.status === 0) return '';
  return run.stderr;
}

const READ_XPATHS = `
import json, sys
from lxml import etree
NS = {
  'cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  'ext': 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  'efac': 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  'efbc': 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
  'efext': 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
}
tree = etree.parse(sys.argv[1])
out = {}
for xpath in json.loads(sys.argv[2]):
  found = tree.xpath(xpath, namespaces=NS)
  out[xpath] = [f if isinstance(f, str) else (f.text or '') for f in found]
print(json.dumps(out))
`;

/** The values at each XPath (element text or attribute value), evaluated by lxml. */
export function readXPaths(file: string, xpaths: string[]): Map<string, string[]> {
  const out = execFileSync('/usr/bin/python3', ['-c', READ_XPATHS, file, JSON.stringify(xpaths)], {
    encoding: 'utf8',
  });
  return new Map(Object.entries(JSON.parse(out) as Record<string, string[]>));
}

/** The values of SDK fields, by field id, read at the XPath fields.json gives. */
export function readFields(file: string, ids: string[]): Map<string, string[]> {
  const all = sdkFields();
  const xpaths = ids.map((id) => {
    const f = all.get(id);
    if (!f) throw new Error(`${id} is not a field of fields.json`);
    return f.xpathAbsolute;
  });
  const values = readXPaths(file, xpaths);
  return new Map(ids.map((id, i) => [id, values.get(xpaths[i]!) ?? []]));
}
