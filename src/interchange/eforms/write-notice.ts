import { EFORMS_SDK, type MandatoryField } from '../../lib/eforms-sdk/sdk-data.js';
import type { NoticeLotModel, NoticeModel } from './notice-model.js';
import { element as el, serialise, type XmlOut } from './xml-tree.js';

const NAMESPACES = {
  xmlns: 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2',
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  'xmlns:ext': 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  'xmlns:efac': 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  'xmlns:efbc': 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
  'xmlns:efext': 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
};

/** The organisation the notice's parts refer to: the buyer, the only one the draft knows. */
const BUYER = 'ORG-0001';

export interface WrittenNotice {
  xml: string;
  /** the fields of subtype 16 that every notice carries and this draft leaves to the buyer */
  toComplete: MandatoryField[];
}

/**
 * The notice as eForms XML (UBL 2.3 ContractNotice), its elements in the order of the SDK's XML Schema. Every field
 * written is noted by its SDK id; the mandatory ones not written are listed in a comment at the top.
 */
export function writeNotice(model: NoticeModel, about: { spec: string; file: string; tool: string }): WrittenNotice {
  const written = new Set<string>();
  /** a field's element; `ids` are the SDK field ids it fills */
  const field = (ids: string | string[], node: XmlOut): XmlOut => {
    for (const id of [ids].flat()) written.add(id);
    return node;
  };
  const lang = { languageID: model.language };
  const { buyer, procedure } = model;

  const organisation = el('efac:Organization', {}, [
    el('efac:Company', {}, [
      el('cac:PartyIdentification', {}, [
        field('OPT-200-Organization-Company', el('cbc:ID', { schemeName: 'organization' }, BUYER)),
      ]),
      buyer.name
        ? el('cac:PartyName', {}, [field('BT-500-Organization-Company', el('cbc:Name', lang, buyer.name))])
        : undefined,
      buyer.city || buyer.postcode || buyer.country
        ? el('cac:PostalAddress', {}, [
            buyer.city ? field('BT-513-Organization-Company', el('cbc:CityName', {}, buyer.city)) : undefined,
            buyer.postcode ? field('BT-512-Organization-Company', el('cbc:PostalZone', {}, buyer.postcode)) : undefined,
            buyer.country
              ? el('cac:Country', {}, [
                  field(
                    'BT-514-Organization-Company',
                    el('cbc:IdentificationCode', { listName: 'country' }, buyer.country),
                  ),
                ])
              : undefined,
          ])
        : undefined,
      buyer.identifier
        ? el('cac:PartyLegalEntity', {}, [
            field('BT-501-Organization-Company', el('cbc:CompanyID', {}, buyer.identifier)),
          ])
        : undefined,
      buyer.telephone || buyer.email
        ? el('cac:Contact', {}, [
            buyer.telephone
              ? field('BT-503-Organization-Company', el('cbc:Telephone', {}, buyer.telephone))
              : undefined,
            buyer.email ? field('BT-506-Organization-Company', el('cbc:ElectronicMail', {}, buyer.email)) : undefined,
          ])
        : undefined,
    ]),
  ]);

  const extensions = el('ext:UBLExtensions', {}, [
    el('ext:UBLExtension', {}, [
      el('ext:ExtensionContent', {}, [
        el('efext:EformsExtension', {}, [
          el('efac:NoticeSubType', {}, [
            field('OPP-070-notice', el('cbc:SubTypeCode', { listName: 'notice-subtype' }, EFORMS_SDK.subtype.id)),
          ]),
          el('efac:Organizations', {}, [organisation]),
        ]),
      ]),
    ]),
  ]);

  const contractingParty = el('cac:ContractingParty', {}, [
    buyer.legalType
      ? el('cac:ContractingPartyType', {}, [
          field('BT-11-Procedure-Buyer', el('cbc:PartyTypeCode', { listName: 'buyer-legal-type' }, buyer.legalType)),
        ])
      : undefined,
    buyer.activity
      ? el('cac:ContractingActivity', {}, [
          field(
            'BT-10-Procedure-Buyer',
            el('cbc:ActivityTypeCode', { listName: 'authority-activity' }, buyer.activity),
          ),
        ])
      : undefined,
    el('cac:Party', {}, [
      el('cac:PartyIdentification', {}, [
        field('OPT-300-Procedure-Buyer', el('cbc:ID', { schemeName: 'organization' }, BUYER)),
      ]),
    ]),
  ]);

  const scope = (level: 'Procedure' | 'Lot', s: { title: string; description: string; cpv: string[] }) => [
    field(`BT-21-${level}`, el('cbc:Name', lang, s.title)),
    field(`BT-24-${level}`, el('cbc:Description', lang, s.description)),
    procedure.nature
      ? field(`BT-23-${level}`, el('cbc:ProcurementTypeCode', { listName: 'contract-nature' }, procedure.nature))
      : undefined,
    ...s.cpv.map((code, i) =>
      i === 0
        ? el('cac:MainCommodityClassification', {}, [
            field(`BT-262-${level}`, el('cbc:ItemClassificationCode', { listName: 'cpv' }, code)),
          ])
        : el('cac:AdditionalCommodityClassification', {}, [
            field(`BT-263-${level}`, el('cbc:ItemClassificationCode', { listName: 'cpv' }, code)),
          ]),
    ),
  ];

  const lot = (l: NoticeLotModel): XmlOut => {
    const tenderingTerms = [
      model.documents
        ? el('cac:CallForTendersDocumentReference', {}, [
            field('OPT-140-Lot', el('cbc:ID', {}, procedure.reference ?? l.id)),
            field('BT-14-Lot', el('cbc:DocumentType', {}, 'non-restricted-document')),
            el('cac:Attachment', {}, [
              el('cac:ExternalReference', {}, [field('BT-15-Lot', el('cbc:URI', {}, model.documents))]),
            ]),
          ])
        : undefined,
      model.award.length > 0
        ? el('cac:AwardingTerms', {}, [
            el(
              'cac:AwardingCriterion',
              {},
              model.award.map((c) =>
                el('cac:SubordinateAwardingCriterion', {}, [
                  el('ext:UBLExtensions', {}, [
                    el('ext:UBLExtension', {}, [
                      el('ext:ExtensionContent', {}, [
                        el('efext:EformsExtension', {}, [
                          el('efac:AwardCriterionParameter', {}, [
                            field('BT-5421-Lot', el('efbc:ParameterCode', { listName: 'number-weight' }, 'per-exa')),
                            field('BT-541-Lot-WeightNumber', el('efbc:ParameterNumeric', {}, String(c.weight))),
                          ]),
                        ]),
                      ]),
                    ]),
                  ]),
                  field(
                    'BT-539-Lot',
                    el('cbc:AwardingCriterionTypeCode', { listName: 'award-criterion-type' }, c.type),
                  ),
                  field('BT-734-Lot', el('cbc:Name', lang, c.name)),
                  field('BT-540-Lot', el('cbc:Description', lang, c.description)),
                ]),
              ),
            ),
          ])
        : undefined,
      model.submission
        ? el('cac:TenderRecipientParty', {}, [field('BT-18-Lot', el('cbc:EndpointID', {}, model.submission))])
        : undefined,
      model.validityMonths
        ? el('cac:TenderValidityPeriod', {}, [
            field(
              ['BT-98-Lot', 'OPA-98-Lot-Number'],
              el('cbc:DurationMeasure', { unitCode: 'MONTH' }, String(model.validityMonths)),
            ),
          ])
        : undefined,
      // BT-97: the spec's languages are those its tender documents are published in, and tenders may use
      ...model.submissionLanguages.map((code) => el('cac:Language', {}, [field('BT-97-Lot', el('cbc:ID', {}, code))])),
    ].filter((e) => e !== undefined);
    return el('cac:ProcurementProjectLot', {}, [
      field('BT-137-Lot', el('cbc:ID', { schemeName: 'Lot' }, l.id)),
      tenderingTerms.length > 0 ? el('cac:TenderingTerms', {}, tenderingTerms) : undefined,
      model.deadline ? el('cac:TenderingProcess', {}, [deadline(model.deadline)]) : undefined,
      el('cac:ProcurementProject', {}, [
        ...scope('Lot', l),
        model.durationMonths
          ? el('cac:PlannedPeriod', {}, [
              field(
                ['BT-36-Lot', 'OPA-36-Lot-Number'],
                el('cbc:DurationMeasure', { unitCode: 'MONTH' }, String(model.durationMonths)),
              ),
            ])
          : undefined,
      ]),
    ]);
  };

  const deadline = (d: NonNullable<NoticeModel['deadline']>): XmlOut => {
    const [element, bt] =
      d.of === 'tenders'
        ? ['cac:TenderSubmissionDeadlinePeriod', 'BT-131']
        : ['cac:ParticipationRequestReceptionPeriod', 'BT-1311'];
    return el(element, {}, [
      field(`${bt}(d)-Lot`, el('cbc:EndDate', {}, d.date)),
      field(`${bt}(t)-Lot`, el('cbc:EndTime', {}, d.time)),
    ]);
  };

  const { subtype } = EFORMS_SDK;
  const root = el('ContractNotice', NAMESPACES, [
    extensions,
    field('OPT-001-notice', el('cbc:UBLVersionID', {}, '2.3')),
    field('OPT-002-notice', el('cbc:CustomizationID', {}, EFORMS_SDK.customizationId)),
    field('BT-701-notice', el('cbc:ID', { schemeName: 'notice-id' }, model.noticeId)),
    field('BT-04-notice', el('cbc:ContractFolderID', {}, model.procedureId)),
    field('BT-757-notice', el('cbc:VersionID', {}, '01')),
    field('BT-01-notice', el('cbc:RegulatoryDomain', {}, subtype.legalBasis)),
    field(['BT-02-notice', 'BT-03-notice'], el('cbc:NoticeTypeCode', { listName: subtype.formType }, subtype.type)),
    field('BT-702(a)-notice', el('cbc:NoticeLanguageCode', {}, model.language)),
    contractingParty,
    procedure.type
      ? el('cac:TenderingProcess', {}, [
          field(
            'BT-105-Procedure',
            el('cbc:ProcedureCode', { listName: 'procurement-procedure-type' }, procedure.type),
          ),
        ])
      : undefined,
    el('cac:ProcurementProject', {}, [
      procedure.reference
        ? field('BT-22-Procedure', el('cbc:ID', { schemeName: 'InternalID' }, procedure.reference))
        : undefined,
      ...scope('Procedure', procedure),
    ]),
    ...model.lots.map(lot),
  ]);

  const toComplete = (EFORMS_SDK.mandatory as MandatoryField[]).filter((f) => !written.has(f.id));
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${headerComment(toComplete, written, about)}${serialise(root)}`,
    toComplete,
  };
}

/**
 * Fields that the SDK's Schematron requires of a draft like this one depending on the answers or the buyer's
 * country (fields.json states them as conditions, which only the eSender evaluates), each named unless written.
 */
const CONDITIONAL: ReadonlyArray<{ field: string; text: string }> = [
  { field: 'BT-503-Organization-Company', text: "the buyer's contact telephone (BT-503)" },
  { field: 'BT-506-Organization-Company', text: 'e-mail (BT-506)' },
  { field: 'BT-512-Organization-Company', text: 'post code (BT-512)' },
  { field: 'BT-507-Organization-Company', text: 'NUTS region (BT-507)' },
  { field: 'BT-5141-Lot', text: 'the place of performance (BT-5141, BT-727)' },
  { field: 'BT-36-Lot', text: 'the duration (BT-36)' },
  { field: 'BT-98-Lot', text: 'the tender validity of an open procedure (BT-98)' },
  { field: 'BT-106-Procedure', text: 'whether the procedure is accelerated (BT-106)' },
  { field: 'BT-18-Lot', text: 'the submission address (BT-18)' },
];

/** The sentence on the conditional fields not written, wrapped for the comment. */
function conditionalLines(written: ReadonlySet<string>): string[] {
  const left = CONDITIONAL.filter((c) => !written.has(c.field)).map((c) => c.text);
  if (left.length === 0) return [];
  const sentence = `Others become mandatory with your answers or the buyer's country, such as ${left.join(', ')}.`;
  const lines: string[] = [];
  let line = '';
  for (const word of sentence.split(' ')) {
    if (line && line.length + word.length + 1 > 108) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** What the file is, and what the buyer must still fill in (text of an XML comment: no "--"). */
function headerComment(
  toComplete: MandatoryField[],
  written: ReadonlySet<string>,
  about: { spec: string; file: string; tool: string },
): string {
  const { subtype } = EFORMS_SDK;
  const lines = [
    `Draft eForms contract notice, subtype ${subtype.id} (${subtype.type}, Directive 2014/24/EU), written by ${about.tool}`,
    `from the spec "${about.spec}" (${about.file}). It is not ready to publish: import it into the eSender,`,
    'check every value against the tender documents and complete these fields, mandatory in every notice',
    `of subtype ${subtype.id}:`,
    ...toComplete.map((f) => `  ${f.bt.padEnd(8)} ${f.name} (${f.id})`),
    ...conditionalLines(written),
    `Codes and fields: eForms SDK ${EFORMS_SDK.sdkVersion}, (c) European Union, CC BY 4.0.`,
  ];
  return `<!--\n${lines.map((l) => `  ${l.replace(/-{2,}/g, '-')}`).join('\n')}\n-->\n`;
}
