import { EFORMS_SDK, noticeSubtype, type MandatoryField, type NoticeSubtype } from '../../lib/eforms-sdk/sdk-data.js';
import type { NoticeChanges, NoticeLotModel, NoticeModel, NoticeResult } from './notice-model.js';
import { element as el, serialise, type XmlOut } from '../../lib/xml/xml-tree.js';

const NAMESPACES = {
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  'xmlns:ext': 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  'xmlns:efac': 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  'xmlns:efbc': 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
  'xmlns:efext': 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
};

/** The organisations the notice's parts refer to: the buyer, and in an award notice the winner. */
const BUYER = 'ORG-0001';
const WINNER = 'ORG-0002';

export interface WrittenNotice {
  xml: string;
  /** the fields that every notice of the subtype carries and this draft leaves to the buyer */
  toComplete: MandatoryField[];
}

/**
 * The notice as eForms XML (UBL 2.3 ContractNotice), its elements in the order of the SDK's XML Schema. Every field
 * written is noted by its SDK id; the mandatory ones not written are listed in a comment at the top.
 */
export function writeNotice(
  model: NoticeModel,
  about: { spec: string; file: string; tool: string; kind?: string },
): WrittenNotice {
  const subtype = noticeSubtype(model.subtype);
  const written = new Set<string>();
  /** a field's element; `ids` are the SDK field ids it fills */
  const field = (ids: string | string[], node: XmlOut): XmlOut => {
    for (const id of [ids].flat()) written.add(id);
    return node;
  };
  const lang = { languageID: model.language };
  const { buyer, procedure } = model;

  /** efac:NoticeResult of an award notice: one lot's result, its winning tender, the contract and the tenderer */
  const noticeResult = (r: NoticeResult): XmlOut => {
    const amount = (name: string, bt: string, value: number) =>
      field(bt, el(name, { currencyID: r.currency }, String(value)));
    const lotId = model.lots[0]!.id;
    return el('efac:NoticeResult', {}, [
      amount('cbc:TotalAmount', 'BT-161-NoticeResult', r.winner.value),
      el('efac:LotResult', {}, [
        field('OPT-322-LotResult', el('cbc:ID', { schemeName: 'result' }, 'RES-0001')),
        field('BT-142-LotResult', el('cbc:TenderResultCode', { listName: 'winner-selection-status' }, 'selec-w')),
        el('efac:LotTender', {}, [field('OPT-320-LotResult', el('cbc:ID', { schemeName: 'tender' }, 'TEN-0001'))]),
        el('efac:ReceivedSubmissionsStatistics', {}, [
          field('BT-760-LotResult', el('efbc:StatisticsCode', { listName: 'received-submission-type' }, 'tenders')),
          field('BT-759-LotResult', el('efbc:StatisticsNumeric', {}, String(r.tendersReceived))),
        ]),
        el('efac:SettledContract', {}, [
          field('OPT-315-LotResult', el('cbc:ID', { schemeName: 'contract' }, 'CON-0001')),
        ]),
        el('efac:TenderLot', {}, [field('BT-13713-LotResult', el('cbc:ID', { schemeName: 'Lot' }, lotId))]),
      ]),
      el('efac:LotTender', {}, [
        field('OPT-321-Tender', el('cbc:ID', { schemeName: 'tender' }, 'TEN-0001')),
        el('cac:LegalMonetaryTotal', {}, [amount('cbc:PayableAmount', 'BT-720-Tender', r.winner.value)]),
        el('efac:TenderingParty', {}, [
          field('OPT-210-Tenderer', el('cbc:ID', { schemeName: 'tendering-party' }, 'TPA-0001')),
        ]),
        el('efac:TenderLot', {}, [field('BT-13714-Tender', el('cbc:ID', { schemeName: 'Lot' }, lotId))]),
        el('efac:TenderReference', {}, [field('BT-3201-Tender', el('cbc:ID', {}, r.winner.bidder))]),
      ]),
      el('efac:SettledContract', {}, [
        field('OPT-316-Contract', el('cbc:ID', { schemeName: 'contract' }, 'CON-0001')),
        el('efac:LotTender', {}, [field('OPT-310-Tender', el('cbc:ID', { schemeName: 'tender' }, 'TEN-0001'))]),
      ]),
      el('efac:TenderingParty', {}, [
        field('OPT-210-Tenderer', el('cbc:ID', { schemeName: 'tendering-party' }, 'TPA-0001')),
        el('efac:Tenderer', {}, [field('OPT-300-Tenderer', el('cbc:ID', { schemeName: 'organization' }, WINNER))]),
      ]),
    ]);
  };

  /** the winning organisation: its identifier and, as its cover sheet declares it, its name */
  const winnerOrganisation = (r: NoticeResult): XmlOut =>
    el('efac:Organization', {}, [
      el('efac:Company', {}, [
        el('cac:PartyIdentification', {}, [
          field('OPT-200-Organization-Company', el('cbc:ID', { schemeName: 'organization' }, WINNER)),
        ]),
        r.winner.name
          ? el('cac:PartyName', {}, [field('BT-500-Organization-Company', el('cbc:Name', lang, r.winner.name))])
          : undefined,
      ]),
    ]);

  /** efac:Changes of a change notice: the notice changed, each section changed, the reason */
  const changesElement = (changes: NoticeChanges): XmlOut =>
    el('efac:Changes', {}, [
      field('BT-758-notice', el('efbc:ChangedNoticeIdentifier', {}, changes.changedNotice)),
      ...changes.sections.map((c) =>
        el('efac:Change', {}, [
          field('BT-141(a)-notice', el('efbc:ChangeDescription', lang, c.description)),
          changes.documentsChanged && c.section === 'PROCEDURE'
            ? field('BT-719-notice', el('efbc:ProcurementDocumentsChangeDate', {}, changes.documentsChanged.date))
            : undefined,
          changes.documentsChanged && c.section === 'PROCEDURE'
            ? field('BT-718-notice', el('efbc:ProcurementDocumentsChangeIndicator', {}, 'true'))
            : undefined,
          el('efac:ChangedSection', {}, [field('BT-13716-notice', el('efbc:ChangedSectionIdentifier', {}, c.section))]),
        ]),
      ),
      el('efac:ChangeReason', {}, [
        field('BT-140-notice', el('cbc:ReasonCode', { listName: 'change-corrig-justification' }, changes.reason)),
        changes.reasonDescription
          ? field('BT-762-notice', el('efbc:ReasonDescription', lang, changes.reasonDescription))
          : undefined,
      ]),
    ]);

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
          model.result ? noticeResult(model.result) : undefined,
          model.changes ? changesElement(model.changes) : undefined,
          el('efac:NoticeSubType', {}, [
            field('OPP-070-notice', el('cbc:SubTypeCode', { listName: 'notice-subtype' }, subtype.id)),
          ]),
          el('efac:Organizations', {}, [organisation, model.result ? winnerOrganisation(model.result) : undefined]),
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

  const { selection } = model;
  /** BT-806 or BT-821: where the grounds or criteria are stated, the notice and, for those it has, the ESPD */
  const sources = (list: 'exclusion-grounds-source' | 'selection-criteria-source', bt: string, espd: boolean) =>
    el(
      'cac:TendererQualificationRequest',
      {},
      ['epo-notice', ...(espd ? ['epo-acc-espd-request'] : [])].map((code) =>
        el('cac:SpecificTendererRequirement', {}, [
          field(bt, el('cbc:TendererRequirementTypeCode', { listName: list }, code)),
        ]),
      ),
    );
  const selectionCriteria =
    selection.criteria.length > 0
      ? el('ext:UBLExtensions', {}, [
          el('ext:UBLExtension', {}, [
            el('ext:ExtensionContent', {}, [
              el(
                'efext:EformsExtension',
                {},
                selection.criteria.map((c) =>
                  el('efac:SelectionCriteria', {}, [
                    field(
                      'BT-809-Lot',
                      el('cbc:TendererRequirementTypeCode', { listName: 'selection-criterion' }, c.code),
                    ),
                    c.description ? field('BT-750-Lot', el('cbc:Description', lang, c.description)) : undefined,
                  ]),
                ),
              ),
            ]),
          ]),
        ])
      : undefined;
  const procedureTerms =
    selection.exclusion.length > 0
      ? el('cac:TenderingTerms', {}, [
          sources(
            'exclusion-grounds-source',
            'BT-806-Procedure',
            selection.exclusion.some((g) => g.inEspd),
          ),
          el(
            'cac:TendererQualificationRequest',
            {},
            selection.exclusion.map((g) =>
              el('cac:SpecificTendererRequirement', {}, [
                field(
                  'BT-67(a)-Procedure',
                  el('cbc:TendererRequirementTypeCode', { listName: 'exclusion-ground' }, g.code),
                ),
                g.description ? field('BT-67(b)-Procedure', el('cbc:Description', lang, g.description)) : undefined,
              ]),
            ),
          ),
        ])
      : undefined;

  const lot = (l: NoticeLotModel): XmlOut => {
    const tenderingTerms = [
      selectionCriteria,
      model.documents
        ? el('cac:CallForTendersDocumentReference', {}, [
            field('OPT-140-Lot', el('cbc:ID', {}, procedure.reference ?? l.id)),
            field('BT-14-Lot', el('cbc:DocumentType', {}, 'non-restricted-document')),
            el('cac:Attachment', {}, [
              el('cac:ExternalReference', {}, [field('BT-15-Lot', el('cbc:URI', {}, model.documents))]),
            ]),
          ])
        : undefined,
      selection.criteria.length > 0
        ? sources(
            'selection-criteria-source',
            'BT-821-Lot',
            selection.criteria.some((c) => c.inEspd),
          )
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
      model.securityClearance
        ? el('cac:SecurityClearanceTerm', {}, [
            field('BT-578-Lot', el('cbc:Code', { listName: 'required' }, 'true')),
            model.securityClearance.description
              ? field('BT-732-Lot', el('cbc:Description', lang, model.securityClearance.description))
              : undefined,
          ])
        : undefined,
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

  const [rootName, documentNamespace] = model.result
    ? ['ContractAwardNotice', 'urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2']
    : ['ContractNotice', 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2'];
  const root = el(rootName, { xmlns: documentNamespace, ...NAMESPACES }, [
    extensions,
    field('OPT-001-notice', el('cbc:UBLVersionID', {}, '2.3')),
    field('OPT-002-notice', el('cbc:CustomizationID', {}, EFORMS_SDK.customizationId)),
    field('BT-701-notice', el('cbc:ID', { schemeName: 'notice-id' }, model.noticeId)),
    field('BT-04-notice', el('cbc:ContractFolderID', {}, model.procedureId)),
    // an award notice's schema asks the dispatch date (BT-05), which the eSender sets when it sends the notice: the
    // draft carries the date of the award decision until then
    model.result?.awardDate ? field('BT-05(a)-notice', el('cbc:IssueDate', {}, model.result.awardDate)) : undefined,
    model.result?.awardDate ? field('BT-05(b)-notice', el('cbc:IssueTime', {}, '00:00:00Z')) : undefined,
    field('BT-757-notice', el('cbc:VersionID', {}, '01')),
    field('BT-01-notice', el('cbc:RegulatoryDomain', {}, subtype.legalBasis)),
    field(['BT-02-notice', 'BT-03-notice'], el('cbc:NoticeTypeCode', { listName: subtype.formType }, subtype.type)),
    field('BT-702(a)-notice', el('cbc:NoticeLanguageCode', {}, model.language)),
    contractingParty,
    procedureTerms,
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
    model.result?.awardDate
      ? el('cac:TenderResult', {}, [field('BT-1451-Contract', el('cbc:AwardDate', {}, model.result.awardDate))])
      : undefined,
  ]);

  const toComplete = subtype.mandatory.filter((f) => !written.has(f.id));
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n${headerComment(subtype, toComplete, written, about)}${serialise(root)}`,
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
  subtype: NoticeSubtype,
  toComplete: MandatoryField[],
  written: ReadonlySet<string>,
  about: { spec: string; file: string; tool: string; kind?: string },
): string {
  const directive = subtype.legalBasis === '32009L0081' ? 'Directive 2009/81/EC' : 'Directive 2014/24/EU';
  const lines = [
    `Draft eForms ${about.kind ?? 'contract notice'}, subtype ${subtype.id} (${subtype.type}, ${directive}), written by ${about.tool}`,
    `from the spec "${about.spec}" (${about.file}). It is not ready to publish: import it into the eSender,`,
    'check every value against the tender documents and complete these fields, mandatory in every notice',
    `of subtype ${subtype.id}:`,
    ...toComplete.map((f) => `  ${f.bt.padEnd(8)} ${f.name} (${f.id})`),
    ...conditionalLines(written),
    `Codes and fields: eForms SDK ${EFORMS_SDK.sdkVersion}, (c) European Union, CC BY 4.0.`,
  ];
  return `<!--\n${lines.map((l) => `  ${l.replace(/-{2,}/g, '-')}`).join('\n')}\n-->\n`;
}
