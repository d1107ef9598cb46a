import { criterionTree } from '../../lib/espd-edm/criterion-tree.js';
import { espdCriteriaOf } from '../../lib/espd-edm/espd-criteria.js';
import { element as el, serialise, type XmlOut } from '../../lib/xml/xml-tree.js';
import type { SelectionThreshold } from '../../load/spec/selection.js';
import { fillCriterion, type OpenRequirement } from './fill-criterion.js';

/** What an ESPD Request says, each value from the spec (nothing the spec does not know is invented). */
export interface EspdRequestModel {
  /** cbc:UUID, made from the spec and the procurement reference: the same inputs give the same request */
  uuid: string;
  /** cbc:ContractFolderID: the buyer's reference of the procedure */
  reference?: string;
  /** cbc:IssueDate, cbc:IssueTime */
  issued: Date;
  /** cbc:ProcedureCode, eForms procurement-procedure-type */
  procedure?: string;
  buyer: {
    name?: string;
    identifier?: string;
    city?: string;
    postcode?: string;
    /** three letters */
    country?: string;
    telephone?: string;
    email?: string;
  };
  project: { title: string; description: string };
  /** LOT-0000 alone when the procedure is not divided into lots */
  lots: string[];
  /** the spec's exclusion grounds and selection criteria (eForms codes) with the buyer's texts, in the spec's order */
  criteria: Array<{ code: string; exclusion: boolean; description?: string; threshold?: SelectionThreshold }>;
}

export interface WrittenRequest {
  xml: string;
  /** the ESPD criteria written, by their type code */
  criteria: string[];
  /** what the buyer still completes in its ESPD service */
  toComplete: string[];
}

const NAMESPACES = {
  xmlns: 'urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2',
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};
const VERSION = { schemeAgencyID: 'OP', schemeVersionID: '4.1.0' };
const CODE_LIST = (list: string, version: string) => ({
  listID: `http://publications.europa.eu/resource/authority/${list}`,
  listAgencyID: 'OP',
  listVersionID: version,
});

/** The ESPD Request (ESPD-EDM 4.1.0, UBL 2.3 QualificationApplicationRequest) in the order of its XML Schema. */
export function writeEspdRequest(
  model: EspdRequestModel,
  about: { spec: string; file: string; tool: string },
): WrittenRequest {
  const toComplete: string[] = [];
  const { buyer } = model;
  if (!model.procedure) toComplete.push('the procedure type (cbc:ProcedureCode): notice.procedure in the spec');
  if (!buyer.identifier)
    toComplete.push("the buyer's registration number (cac:PartyIdentification): notice.buyer.identifier in the spec");
  if (!buyer.country) toComplete.push("the buyer's country: authority.country in the spec");

  const written: string[] = [];
  const open: OpenRequirement[] = [];
  const criteria: XmlOut[] = [];
  for (const entry of model.criteria) {
    for (const espd of espdCriteriaOf(entry.code) ?? []) {
      const taxonomy = criterionTree(espd.code);
      if (!taxonomy) throw new Error(`the shipped ESPD taxonomy has no criterion ${espd.code}`);
      const filled = fillCriterion(taxonomy, {
        lots: entry.exclusion ? [] : model.lots,
        ...(entry.description !== undefined ? { description: entry.description } : {}),
        ...(entry.threshold !== undefined ? { threshold: entry.threshold } : {}),
      });
      criteria.push(filled.criterion);
      open.push(...filled.open);
      written.push(espd.code);
    }
  }
  for (const o of open) toComplete.push(`${o.criterion}: ${o.requirement} (${o.id})`);

  const date = model.issued.toISOString();
  const root = el('QualificationApplicationRequest', NAMESPACES, [
    el('cbc:UBLVersionID', { schemeAgencyID: 'OASIS-UBL-TC' }, '2.3'),
    el('cbc:ProfileExecutionID', VERSION, 'ESPD-EDMv4.1.0'),
    el('cbc:ID', { schemeAgencyID: 'OP' }, `ESPDREQ-${model.uuid}`),
    el('cbc:CopyIndicator', {}, 'false'),
    el('cbc:UUID', { schemeID: 'ISO/IEC 9834-8:2008 - 4UUID', ...VERSION }, model.uuid),
    model.reference ? el('cbc:ContractFolderID', { schemeAgencyID: 'OP' }, model.reference) : undefined,
    el('cbc:IssueDate', {}, date.slice(0, 10)),
    el('cbc:IssueTime', {}, `${date.slice(11, 19)}Z`),
    el('cbc:VersionID', VERSION, '4.1.0'),
    model.procedure
      ? el('cbc:ProcedureCode', CODE_LIST('procurement-procedure-type', '20250924-0'), model.procedure)
      : undefined,
    el('cac:ContractingParty', {}, [
      el('cac:Party', {}, [
        buyer.identifier
          ? el('cac:PartyIdentification', {}, [el('cbc:ID', { schemeAgencyID: 'NATIONAL' }, buyer.identifier)])
          : undefined,
        buyer.name ? el('cac:PartyName', {}, [el('cbc:Name', {}, buyer.name)]) : undefined,
        el('cac:PostalAddress', {}, [
          buyer.city ? el('cbc:CityName', {}, buyer.city) : undefined,
          buyer.postcode ? el('cbc:PostalZone', {}, buyer.postcode) : undefined,
          buyer.country
            ? el('cac:Country', {}, [el('cbc:IdentificationCode', CODE_LIST('country', '20250924-0'), buyer.country)])
            : undefined,
        ]),
        buyer.telephone || buyer.email
          ? el('cac:Contact', {}, [
              buyer.telephone ? el('cbc:Telephone', {}, buyer.telephone) : undefined,
              buyer.email ? el('cbc:ElectronicMail', {}, buyer.email) : undefined,
            ])
          : undefined,
      ]),
    ]),
    el('cac:ProcurementProject', {}, [
      el('cbc:Name', {}, model.project.title),
      el('cbc:Description', {}, model.project.description),
    ]),
    ...model.lots.map((lot) =>
      el('cac:ProcurementProjectLot', {}, [el('cbc:ID', { schemeID: 'Criterion', ...VERSION }, lot)]),
    ),
    ...criteria,
  ]);
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${headerComment(toComplete, about)}${serialise(root)}`,
    criteria: written,
    toComplete,
  };
}

/** What the file is and what the buyer still completes (text of an XML comment: no "--"). */
function headerComment(toComplete: readonly string[], about: { spec: string; file: string; tool: string }): string {
  const lines = [
    `Draft ESPD Request (ESPD-EDM 4.1.0), written by ${about.tool} from the spec "${about.spec}" (${about.file}).`,
    'Import it into your ESPD service, check it against the tender documents and publish it with the notice.',
    ...(toComplete.length > 0
      ? ['Complete these, which the spec does not give:', ...toComplete.map((t) => `  ${t}`)]
      : []),
    'Criteria: the ESPD-EDM 4.1.0 taxonomy, (c) European Union, EUPL 1.2.',
  ];
  return `<!--\n${lines.map((l) => `  ${l.replace(/-{2,}/g, '-')}`).join('\n')}\n-->\n`;
}
