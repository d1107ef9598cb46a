#!/usr/bin/env node
// Writes the few parts of the eForms SDK that `tenderkit export eforms` and the spec schema need at run time into
// src/lib/eforms-sdk/: sdk-data.json (code lists, the two-letter to three-letter maps of languages and countries,
// subtypes 16, 18, 29 and 31 and their mandatory fields) and the SDK's licence (CC BY 4.0) beside it.
// Usage: node scripts/eforms-sdk-data.mjs [SDK_DIR [OUT_DIR]]   (defaults: ../shared/eforms-sdk beside the
// repository, src/lib/eforms-sdk)
// It also writes selection-codes.json: the codes of the exclusion grounds and selection criteria (BT-67, BT-809) with
// their official names in every EU language, which validate checks and the tender document prints.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const sdk = path.resolve(process.argv[2] ?? path.join(repo, '../shared/eforms-sdk'));
const target = path.resolve(process.argv[3] ?? path.join(repo, 'src/lib/eforms-sdk'));

const readJson = async (file) => JSON.parse(await readFile(path.join(sdk, file), 'utf8'));

/** The rows of a Genericode file as { column: value } (only the columns named in `columns`). */
async function genericodeRows(file, columns = ['code', 'Name']) {
  const text = await readFile(path.join(sdk, 'codelists', file), 'utf8');
  return [...text.matchAll(/<Row>([\s\S]*?)<\/Row>/g)].map((row) => {
    const values = {};
    for (const v of row[1].matchAll(/<Value ColumnRef="([^"]+)">\s*<SimpleValue>([^<]*)<\/SimpleValue>/g))
      if (columns.includes(v[1])) values[v[1]] = v[2];
    return values;
  });
}

const codes = async (file) => (await genericodeRows(file)).map((r) => r.code).sort();

// ---- the two-letter codes a spec uses, matched to the SDK's three-letter codes by their English names ----
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const pairs = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
const comparable = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, 'and')
    .replace(/^The /, '')
    .replace(/\bSt\. /g, 'Saint ')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** ISO 639-1 code -> eu-official-language code, through the English names of both. */
async function languageMap() {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const byName = new Map();
  for (const code of pairs) {
    const name = names.of(code);
    if (name && name !== code) byName.set(comparable(name), code);
  }
  const map = {};
  for (const row of await genericodeRows('language_eu-official-language.gc')) {
    const two = byName.get(comparable(row.Name));
    if (!two) throw new Error(`no two-letter code found for the EU language ${row.code} (${row.Name})`);
    map[two] = row.code;
  }
  return sortKeys(map);
}

/**
 * The names of ICU and of the SDK differ for these few territories (ICU: "Congo - Kinshasa", the SDK: "Democratic
 * Republic of the Congo"); their ISO 3166-1 codes are stated here.
 */
const COUNTRY_NAMES_THAT_DIFFER = {
  ATF: 'TF',
  BES: 'BQ',
  COD: 'CD',
  COG: 'CG',
  CPT: 'CP',
  CPV: 'CV',
  FRO: 'FO',
  HMD: 'HM',
  SGS: 'GS',
  SHN: 'SH',
  UMI: 'UM',
  VAT: 'VA',
  VCT: 'VC',
};
/** The EU's own abbreviations (Interinstitutional Style Guide) for Greece and the United Kingdom. */
const EU_ABBREVIATIONS = { EL: 'GRC', UK: 'GBR' };

/** Whether ICU treats the code as current rather than as an alias of another (DD, SU, YU, UK). */
const current = (code) => Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;

/** ISO 3166-1 alpha-2 code -> the SDK's country code (alpha-3), through the English names of both. */
async function countryMap() {
  const codesByName = new Map();
  for (const style of ['long', 'short']) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', style });
    for (const pair of pairs) {
      const code = pair.toUpperCase();
      let name;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (!name || name === code || !current(code)) continue;
      const key = comparable(name);
      codesByName.set(key, [...new Set([...(codesByName.get(key) ?? []), code])]);
    }
  }
  const map = { ...EU_ABBREVIATIONS };
  const missing = [];
  for (const row of await genericodeRows('country.gc')) {
    const stated = COUNTRY_NAMES_THAT_DIFFER[row.code];
    const twos = stated ? [stated] : codesByName.get(comparable(row.Name));
    if (!twos) {
      missing.push(`${row.code} (${row.Name})`);
      continue;
    }
    for (const two of twos) map[two] ??= row.code;
  }
  if (missing.length) throw new Error(`no two-letter code found for ${missing.join(', ')}`);
  return sortKeys(map);
}

function sortKeys(map) {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
}

// ---- the notice subtypes tenderkit writes: contract notices (16, 18) and contract award notices (29, 31) ----
const SUBTYPES = ['16', '18', '29', '31'];
const noticeTypes = await readJson('notice-types/notice-types.json');
const fields = await readJson('fields/fields.json');
const subtypes = {};
for (const id of SUBTYPES) {
  const subtype = noticeTypes.noticeSubTypes.find((t) => t.subTypeId === id);
  if (!subtype) throw new Error(`notice subtype ${id} is not in notice-types.json`);
  /** The fields the subtype always requires (a mandatory constraint for it without a condition), in the SDK's order. */
  const mandatory = fields.fields
    .filter((f) =>
      (f.mandatory?.constraints ?? []).some((c) => c.value === true && !c.condition && c.noticeTypes?.includes(id)),
    )
    .map((f) => ({ id: f.id, bt: f.btId ?? f.id.replace(/-.*$/, ''), name: f.name }));
  subtypes[id] = {
    id,
    type: subtype.type,
    formType: subtype.formType,
    legalBasis: subtype.legalBasis,
    documentType: subtype.documentType,
    description: subtype.description,
    mandatory,
  };
}

const codelists = await readJson('codelists/codelists.json');
const [major, minor] = codelists.sdkVersion.split('.');

const data = {
  source: `eForms SDK ${codelists.sdkVersion} of the Publications Office of the European Union (OP-TED/eForms-SDK), CC BY 4.0; generated by scripts/eforms-sdk-data.mjs`,
  sdkVersion: codelists.sdkVersion,
  customizationId: `eforms-sdk-${major}.${minor}`,
  subtypes,
  codeLists: {
    'award-criterion-type': await codes('award-criterion-type.gc'),
    'authority-activity': await codes('main-activity_authority-activity.gc'),
    'buyer-legal-type': await codes('buyer-legal-type.gc'),
    'contract-nature': await codes('contract-nature.gc'),
    'number-weight': await codes('number-weight.gc'),
    'procedure-type-16': await codes('procurement-procedure-type_procedure-type-16.gc'),
    'procedure-type-18': await codes('procurement-procedure-type_procedure-type-18.gc'),
  },
  languages: await languageMap(),
  countries: await countryMap(),
};

/** The text of a Genericode value: the five XML entities decoded. */
const decodeEntities = (text) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);

/** A code list's codes with their names by two-letter language tag; a group is a heading of other codes. */
async function namedCodes(file, languages) {
  const columns = ['code', ...Object.values(languages).map((three) => `${three.toLowerCase()}_label`)];
  const rows = await genericodeRows(file, columns);
  const all = rows.map((r) => r.code);
  const entries = rows
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((row) => {
      const names = {};
      for (const [two, three] of Object.entries(languages)) {
        const name = row[`${three.toLowerCase()}_label`];
        if (name) names[two] = decodeEntities(name).trim();
      }
      // the lists name a group by two parts (exg-crim) and the grounds beneath it by more (exg-crim-part); a longer
      // code may begin with another without heading it (slc-stand-to-spec, slc-stand-to-spec-avg)
      const group = row.code.split('-').length === 2 && all.some((other) => other.startsWith(`${row.code}-`));
      return [row.code, group ? { group: true, names } : { names }];
    });
  return Object.fromEntries(entries);
}

const selectionCodes = {
  source: data.source,
  'exclusion-ground': await namedCodes('exclusion-ground.gc', data.languages),
  'selection-criterion': await namedCodes('selection-criterion.gc', data.languages),
};
await writeFile(path.join(target, 'selection-codes.json'), `${JSON.stringify(selectionCodes, null, 2)}\n`);
await writeFile(path.join(target, 'sdk-data.json'), `${JSON.stringify(data, null, 2)}\n`);
await copyFile(path.join(sdk, 'LICENSE'), path.join(target, 'LICENSE'));
process.stderr.write(
  `wrote ${path.relative(process.cwd(), path.join(target, 'sdk-data.json'))} from eForms SDK ${codelists.sdkVersion}: ` +
    `${Object.keys(data.languages).length} languages, ${Object.keys(data.countries).length} countries, ` +
    `mandatory fields of subtypes ${SUBTYPES.map((id) => `${id}: ${subtypes[id].mandatory.length}`).join(', ')}\n`,
);
