#!/usr/bin/env node
// Writes the parts of ESPD-EDM 4.1.0 (Publications Office of the EU, EUPL 1.2) that tenderkit needs at run time into
// src/lib/espd-edm/: eforms-criteria.json, which maps each eForms exclusion-ground and selection-criterion code to
// the ESPD criterion (code and fixed UUID of the criterion taxonomy) that a bidder answers for it; criteria.json, the
// taxonomy's element tree of each of those criteria (without comments and without the placeholder legislation
// block), which an ESPD Request copies and fills; and the licence.
// Usage: node scripts/espd-edm-data.mjs [ESPD_DIR [SDK_DIR [OUT_DIR]]]   (defaults: ../shared/espd-edm and
// ../shared/eforms-sdk beside the repository, src/lib/espd-edm)
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const espd = path.resolve(process.argv[2] ?? path.join(repo, '../shared/espd-edm'));
const sdk = path.resolve(process.argv[3] ?? path.join(repo, '../shared/eforms-sdk'));
const target = path.resolve(process.argv[4] ?? path.join(repo, 'src/lib/espd-edm'));

/**
 * The EU criterion table: the eForms code (BT-67, BT-809) and the ESPD criteria (cbc:CriterionTypeCode of the
 * authority table "criterion") that ask the same of a bidder. Since ESPD-EDM 4.0 both name the grounds of Directive
 * 2014/24/EU Arts. 57-58 alike; the codes of Directive 2009/81/EC (exg-mis-off-cond, exg-mis-unrel-sec, slc-sec-*)
 * and the group headings (exg-crim ...) have no ESPD criterion and stay out of this table.
 */
const TABLE = {
  'exg-crim-part': ['crime-org'],
  'exg-crim-corrpt': ['corruption'],
  'exg-crim-fraud': ['fraud'],
  'exg-crim-terror': ['terr-offence'],
  'exg-crim-laund': ['finan-laund'],
  'exg-crim-traffick': ['human-traffic'],
  'exg-pmt-bre-tax': ['tax-pay'],
  'exg-pmt-bre-ssc': ['socsec-pay'],
  'exg-mis-bre-env-law': ['envir-law'],
  'exg-mis-bre-soc-law': ['socsec-law'],
  'exg-mis-bre-lab-law': ['labour-law'],
  'exg-sitn-bankr': ['bankruptcy'],
  'exg-sitn-insolvency': ['insolvency'],
  'exg-sitn-cred-arran': ['cred-arran'],
  'exg-sitn-other': ['bankr-nat'],
  'exg-sitn-liq-admin': ['liq-admin'],
  'exg-sitn-as-susp': ['susp-act'],
  'exg-mis-misconduct': ['prof-misconduct'],
  'exg-mis-distortion': ['distorsion'],
  'exg-mis-partic-confl': ['partic-confl'],
  'exg-mis-prep-confl': ['prep-confl'],
  'exg-mis-sanction': ['sanction'],
  'exg-mis-misrepresent': ['misrepresent'],
  'exg-natl-bre-nat-law': ['nati-ground'],
  'slc-suit-reg-prof': ['prof-regist'],
  'slc-suit-reg-trade': ['trade-regist'],
  'slc-suit-auth-mbrshp': ['authorisation', 'membership'],
  'slc-stand-to-gen': ['gen-year-to'],
  'slc-stand-to-avg': ['aver-year-to'],
  'slc-stand-to-spec': ['spec-year-to'],
  'slc-stand-to-spec-avg': ['spec-aver-to'],
  'slc-stand-ratio': ['finan-rat'],
  'slc-stand-ins': ['indem-insu'],
  'slc-stand-other': ['finan-requ'],
  'slc-abil-ref-work': ['work-perform'],
  'slc-abil-ref-supply': ['supply-perform'],
  'slc-abil-ref-services': ['service-perform'],
  'slc-abil-staff-tech-ctrl': ['qual-cont-tech'],
  'slc-abil-staff-tech-work': ['work-tech'],
  'slc-abil-mgmt-qual': ['qual-facil'],
  'slc-abil-facil-res': ['research-fac'],
  'slc-abil-mgmt-supply': ['chain-manage'],
  'slc-abil-staff-qual': ['qualification'],
  'slc-abil-mgmt-env': ['envir-measure'],
  'slc-abil-facil-tools': ['tech-equip'],
  'slc-abil-staff-yrly-no-mgmt': ['manage-staff'],
  'slc-abil-staff-yrly-avg-mp': ['year-manpower'],
  'slc-abil-subc': ['suncont-port'],
  'slc-abil-qual-smp-wo-autent': ['wo-autent'],
  'slc-abil-qual-smp-w-autent': ['w-autent'],
  'slc-abil-qual-inst': ['qa-certif-inst'],
  'slc-sche-qu-cert-indep': ['qu-certif-indep'],
  'slc-sche-env-cert-indep': ['envir-certif-indep'],
};

const taxonomy = await readFile(path.join(espd, 'validation/ESPDRequest/xsl/ESPD-criterion.xml'), 'utf8');
/** Each top-level criterion of the taxonomy: its type code and its fixed UUID. */
const criteria = new Map();
for (const block of taxonomy.matchAll(/<cac:TenderingCriterion>([\s\S]*?)<\/cac:TenderingCriterion>/g)) {
  const id = /<cbc:ID[^>]*>([^<]+)<\/cbc:ID>/.exec(block[1])?.[1];
  const code = /<cbc:CriterionTypeCode[^>]*>([^<]+)<\/cbc:CriterionTypeCode>/.exec(block[1])?.[1];
  if (id && code) criteria.set(code.trim(), id.trim());
}

const eformsCodes = async (file) => {
  const text = await readFile(path.join(sdk, 'codelists', file), 'utf8');
  return [...text.matchAll(/<Value ColumnRef="code">\s*<SimpleValue>([^<]*)<\/SimpleValue>/g)].map((m) => m[1]);
};
const known = new Set([
  ...(await eformsCodes('exclusion-ground.gc')),
  ...(await eformsCodes('selection-criterion.gc')),
]);

const problems = [];
const mapping = {};
for (const [code, espdCodes] of Object.entries(TABLE)) {
  if (!known.has(code)) problems.push(`${code} is not an eForms exclusion-ground or selection-criterion code`);
  mapping[code] = espdCodes.map((c) => {
    const uuid = criteria.get(c);
    if (!uuid) problems.push(`${c} (for ${code}) is not a criterion of ESPD-criterion.xml`);
    return { code: c, uuid };
  });
}
if (problems.length) throw new Error(problems.join('\n'));

/** The element tree of an XML fragment as { name, attributes: [[k, v]], content: text | children }. */
function tree(xml) {
  const stack = [{ name: '#root', attributes: [], content: [] }];
  const unescape = (t) =>
    t.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);
  for (const m of xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, close, name, attrs, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      if (text.trim()) top.text = (top.text ?? '') + unescape(text.trim());
      continue;
    }
    if (close) {
      const done = stack.pop();
      done.content = done.text !== undefined && done.content.length === 0 ? done.text : done.content;
      delete done.text;
      continue;
    }
    const node = {
      name,
      attributes: [...attrs.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1], unescape(a[2])]),
      content: [],
    };
    top.content.push(node);
    if (!selfClose) stack.push(node);
  }
  return stack[0].content[0];
}

const fragments = new Map();
for (const block of taxonomy.matchAll(/<cac:TenderingCriterion>[\s\S]*?<\/cac:TenderingCriterion>/g)) {
  const node = tree(block[0]);
  const code = node.content.find((c) => c.name === 'cbc:CriterionTypeCode')?.content;
  node.content = node.content.filter((c) => c.name !== 'cac:Legislation');
  fragments.set(code, node);
}
const used = [...new Set(Object.values(mapping).flatMap((list) => list.map((c) => c.code)))].sort();
const taxonomyData = {
  source:
    'ESPD-EDM 4.1.0 of the Publications Office of the European Union (OP-TED/ESPD-EDM), EUPL 1.2: the criteria of validation/ESPDRequest/xsl/ESPD-criterion.xml; generated by scripts/espd-edm-data.mjs',
  criteria: Object.fromEntries(used.map((code) => [code, fragments.get(code)])),
};
await writeFile(path.join(target, 'criteria.json'), `${JSON.stringify(taxonomyData)}\n`);

const data = {
  source:
    'ESPD-EDM 4.1.0 of the Publications Office of the European Union (OP-TED/ESPD-EDM), EUPL 1.2; generated by scripts/espd-edm-data.mjs',
  version: '4.1.0',
  criteria: mapping,
};
await writeFile(path.join(target, 'eforms-criteria.json'), `${JSON.stringify(data, null, 2)}\n`);
await copyFile(path.join(espd, 'LICENCE'), path.join(target, 'LICENCE'));
process.stderr.write(
  `wrote ${path.relative(process.cwd(), path.join(target, 'eforms-criteria.json'))}: ${Object.keys(mapping).length} eForms codes mapped onto ${criteria.size} ESPD criteria\n`,
);
