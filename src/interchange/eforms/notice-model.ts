import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { countryCode, EFORMS_SDK, noticeLanguage, type NoticeSubtypeId } from '../../lib/eforms-sdk/sdk-data.js';
import { uuidFromName } from '../../lib/hash/name-uuid.js';
import type { WorkspaceConfig } from '../../load/config.js';
import type { NoticeLot } from '../../load/spec/notice.js';
import { languagesOf, type AwardCriterion, type Spec } from '../../load/spec/spec.js';
import type { YamlPath } from '../../load/yaml/parse-yaml.js';
import { effectiveAward } from '../../resolve/effective-award.js';
import { effectiveNotice } from '../../resolve/effective-notice.js';
import { effectiveRegime } from '../../resolve/effective-regime.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Labels } from '../../load/frame/labels.js';
import { noticeSelection, type NoticeSelection } from './notice-selection.js';

/** The values of a draft contract notice (subtype 16 or 18), each named by the eForms business term it fills. */
export interface NoticeModel {
  /** efac:NoticeResult and cac:TenderResult: what a contract award notice (subtype 29 or 31) reports */
  result?: NoticeResult;
  /** efac:Changes: what a change notice changes in the notice published before */
  changes?: NoticeChanges;
  /** 16 under Directive 2014/24/EU, 18 under Directive 2009/81/EC; 29 and 31 for their contract award notices */
  subtype: NoticeSubtypeId;
  /** BT-578 and BT-732 of every lot: the security clearance a 2009/81 procedure asks (its slc-sec-inf criterion) */
  securityClearance?: { description?: string };
  /** BT-701, a UUID made from the spec */
  noticeId: string;
  /** BT-04, a UUID made from the procurement reference (the same for every notice of the procedure) */
  procedureId: string;
  /** BT-702(a), eu-official-language */
  language: string;
  /** BT-97, the languages tenders may be submitted in: every language of the spec that is an official EU language */
  submissionLanguages: string[];
  buyer: {
    /** BT-500 */
    name?: string;
    /** BT-501 */
    identifier?: string;
    /** BT-513 */
    city?: string;
    /** BT-512 */
    postcode?: string;
    /** BT-503 */
    telephone?: string;
    /** BT-506 */
    email?: string;
    /** BT-514, three letters */
    country?: string;
    /** BT-11 */
    legalType?: string;
    /** BT-10 */
    activity?: string;
  };
  procedure: {
    /** BT-22, the buyer's reference */
    reference?: string;
    /** BT-21 */
    title: string;
    /** BT-24 */
    description: string;
    /** BT-23 */
    nature?: string;
    /** BT-105 */
    type?: string;
    /** BT-262 then BT-263: eight digits, no check digit */
    cpv: string[];
  };
  lots: NoticeLotModel[];
  /** BT-806 and BT-67 of the procedure, BT-821, BT-809 and BT-750 of every lot */
  selection: NoticeSelection;
  /** BT-539, BT-734, BT-540, BT-5421, BT-541 of every lot */
  award: Array<{ type: string; name: string; description: string; weight: number }>;
  /** BT-15 */
  documents?: string;
  /** BT-18 */
  submission?: string;
  /** BT-131 (tenders, single-stage procedures) or BT-1311 (requests to participate, two-stage procedures) */
  deadline?: { date: string; time: string; of: 'tenders' | 'requests' };
  /** BT-36, months, of every lot */
  durationMonths?: number;
  /** BT-98, months */
  validityMonths?: number;
}

/** A section of the notice that changed (BT-13716) and what changed in it (BT-141), in the notice language. */
export interface SectionChange {
  /** PROCEDURE or LOT-0001 ... */
  section: string;
  description: string;
}

/** What a change notice says: the notice it changes, the sections that changed and the tender documents' change. */
export interface NoticeChanges {
  /** BT-758: the changed notice's identifier with its version */
  changedNotice: string;
  sections: SectionChange[];
  /** BT-718 and BT-719: the procurement documents changed, on that date (xs:date with offset) */
  documentsChanged?: { date: string };
  /** BT-140 */
  reason: 'update-add';
  /** BT-762 */
  reasonDescription?: string;
}

/** The result of the procedure's one lot, from the evaluation of the tenders. */
export interface NoticeResult {
  /** BT-1451 (cac:TenderResult/cbc:AwardDate), xs:date with offset; undefined when not given */
  awardDate?: string;
  /** BT-759 with BT-760 "tenders": how many tenders were received */
  tendersReceived: number;
  /** ISO 4217 */
  currency: string;
  winner: {
    /** BT-500 of the winning organisation, as the bidder declared it on the response form's cover sheet */
    name?: string;
    /** the tender's id in the evaluation (the response form's file name), BT-3201 */
    bidder: string;
    /** BT-720: the winning tender's value */
    value: number;
  };
}

export interface NoticeLotModel {
  /** BT-137: LOT-0001 ... */
  id: string;
  title: string;
  description: string;
  cpv: string[];
}

/** The notice a resolved spec gives, or the errors (with their positions in the spec) that stop it. */
export function noticeModel(
  resolved: ResolvedSpec,
  config: WorkspaceConfig,
  /** the frame words of the notice language, for the thresholds of the selection criteria */
  labels: Labels,
): { model: NoticeModel; diagnostics: Diagnostic[] } | { model: undefined; diagnostics: Diagnostic[] } {
  const { spec } = resolved;
  const { notice, setBy } = effectiveNotice(resolved, config);
  const diagnostics: Diagnostic[] = [];
  const error = (message: string, where: Spec | undefined, path: YamlPath) =>
    diagnostics.push(
      where
        ? diagnostic('error', 'eforms', message, where.file, where.yaml.positionOf(path))
        : diagnostic('error', 'eforms', message, 'tenderkit.yaml'),
    );

  const regime = effectiveRegime(resolved);
  const subtype: NoticeSubtypeId = regime === '2009/81/EC' ? '18' : '16';
  const procedures: readonly string[] = EFORMS_SDK.codeLists[`procedure-type-${subtype}`];
  if (notice.procedure !== undefined && !procedures.includes(notice.procedure)) {
    const stated = [...resolved.chain].reverse().find((s) => s.regime);
    error(
      `the procedure "${notice.procedure}" is not one of Directive 2009/81/EC, under which this spec procures (regime set in ${stated?.id ?? spec.id}): a notice of subtype 18 names one of ${procedures.join(', ')}; set notice.procedure in this spec`,
      setBy.get('procedure') ?? spec,
      setBy.get('procedure') ? ['notice', 'procedure'] : ['regime'],
    );
  }

  const language = noticeLanguage(spec.language);
  if (!language)
    error(
      `the notice language "${spec.language}" is not an official language of the EU, which a notice must be written in: set language to one of them (bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv)`,
      spec,
      ['language'],
    );

  const alpha2 = notice.buyer?.country ?? spec.authority?.country;
  const country = alpha2 === undefined ? undefined : countryCode(alpha2);
  if (alpha2 !== undefined && !country) {
    const fromNotice = notice.buyer?.country !== undefined;
    error(
      `"${alpha2}" is not a country code the eForms SDK knows: write the ISO 3166-1 two-letter code, such as BE`,
      fromNotice ? setBy.get('buyer.country') : spec,
      fromNotice ? ['notice', 'buyer', 'country'] : ['authority', 'country'],
    );
  }

  // the criteria as this spec applies them: a variant that only changes a weight keeps the type of its parent
  const criteria = effectiveAward(resolved);
  for (const criterion of criteria) {
    if (!criterion.type)
      error(
        `award criterion "${criterion.id}" has no type: the notice states one (BT-539): add type: quality, price or cost`,
        criterion.spec,
        ['award', criterion.spec.award.findIndex((c) => c.id === criterion.id)],
      );
  }

  if (diagnostics.length > 0) return { model: undefined, diagnostics };

  const ownCpv = spec.procurement?.cpv ?? [];
  const cpv = (ownCpv.length > 0 ? ownCpv : (notice.cpv ?? [])).map(withoutCheckDigit);
  const title = spec.procurement?.title ?? spec.title;
  const description = notice.description ?? spec.title;
  const lotBlocks: NoticeLot[] = notice.lots ?? (spec.procurement?.lots ?? []).map((t) => ({ title: t }));
  const lots: NoticeLotModel[] = lotBlocks.map((lot, i) => ({
    id: `LOT-${String(i + 1).padStart(4, '0')}`,
    title: lot.title,
    description: lot.description ?? lot.title,
    cpv: lot.cpv ? lot.cpv.map(withoutCheckDigit) : cpv,
  }));
  if (lots.length === 0) lots.push({ id: 'LOT-0001', title, description, cpv });

  const reference = spec.procurement?.reference;
  const selection = noticeSelection(resolved, labels);
  const clearance = selection.criteria.find((c) => c.code === 'slc-sec-inf' || c.code === 'slc-sec-proc');
  const model: NoticeModel = {
    subtype,
    ...(subtype === '18' && clearance
      ? { securityClearance: clearance.description ? { description: clearance.description } : {} }
      : {}),
    noticeId: uuidFromName(`tenderkit notice ${spec.id} ${reference ?? ''}`),
    procedureId: uuidFromName(`tenderkit procedure ${reference ?? spec.id}`),
    language: language!,
    submissionLanguages: [
      ...new Set(languagesOf(spec).flatMap((l) => (noticeLanguage(l) ? [noticeLanguage(l)!] : []))),
    ],
    buyer: {
      ...defined('name', notice.buyer?.name ?? spec.authority?.name),
      ...defined('identifier', notice.buyer?.identifier),
      ...defined('city', notice.buyer?.city),
      ...defined('postcode', notice.buyer?.postcode),
      ...defined('telephone', notice.buyer?.telephone),
      ...defined('email', notice.buyer?.email),
      ...defined('country', country),
      ...defined('legalType', notice.buyer?.legalType),
      ...defined('activity', notice.buyer?.activity),
    },
    procedure: {
      ...defined('reference', reference),
      title,
      description,
      ...defined('nature', notice.nature),
      ...defined('type', notice.procedure),
      cpv,
    },
    lots,
    selection,
    award: criteria.map((c) => ({
      type: c.type!,
      name: c.title,
      description: awardDescription(c),
      weight: c.weight,
    })),
    ...defined('documents', notice.documents),
    ...defined('submission', notice.submission),
    ...(notice.deadline
      ? { deadline: { ...splitDeadline(notice.deadline), of: twoStage(notice.procedure) ? 'requests' : 'tenders' } }
      : {}),
    ...defined('durationMonths', notice.durationMonths),
    // a two-stage procedure states the tender validity in the invitation to tender; its notice may not (BT-98)
    ...defined('validityMonths', twoStage(notice.procedure) ? undefined : notice.validityMonths),
  };
  return { model, diagnostics };
}

/** `{ key: value }` when the value is there, `{}` otherwise (optional properties stay absent, never undefined). */
function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

/** eForms writes a CPV code without its check digit: 35710000-4 -> 35710000. */
export function withoutCheckDigit(code: string): string {
  return code.trim().replace(/-\d$/, '');
}

/** BT-540: the criterion's description, else its title with the requirements it assesses. */
function awardDescription(c: AwardCriterion): string {
  if (c.description) return c.description;
  return c.requirements.length > 0 ? `${c.title} (${c.requirements.join(', ')})` : c.title;
}

/** In these procedures the notice calls for requests to participate, and only the invited then tender. */
function twoStage(procedure: string | undefined): boolean {
  return ['restricted', 'neg-w-call', 'comp-dial', 'innovation', 'oth-mult'].includes(procedure ?? '');
}

/** 2027-03-15T12:00+01:00 -> EndDate 2027-03-15+01:00, EndTime 12:00:00+01:00 (xs:date and xs:time with offset). */
function splitDeadline(deadline: string): { date: string; time: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(deadline)!;
  const [, date, hm, seconds, offset] = match;
  return { date: `${date}${offset}`, time: `${hm}${seconds ?? ':00'}${offset}` };
}
