/** The `notice:` block of a spec or of tenderkit.yaml: what the eForms contract notice needs beyond the spec. */
export interface NoticeBlock {
  /** BT-105, code list procedure-type-16 */
  procedure?: string;
  /** BT-23, code list contract-nature */
  nature?: string;
  /** BT-24 of the procedure */
  description?: string;
  buyer?: NoticeBuyer;
  /** BT-262 (the first) and BT-263, for a spec whose procurement block gives none */
  cpv?: string[];
  /** BT-15 */
  documents?: string;
  /** BT-18 */
  submission?: string;
  /** BT-131 (BT-1311 in a two-stage procedure), date and time with offset */
  deadline?: string;
  /** BT-36 */
  durationMonths?: number;
  /** BT-98 */
  validityMonths?: number;
  lots?: NoticeLot[];
}

export interface NoticeBuyer {
  name?: string;
  identifier?: string;
  country?: string;
  city?: string;
  postcode?: string;
  telephone?: string;
  email?: string;
  /** BT-11, code list buyer-legal-type */
  legalType?: string;
  /** BT-10, code list authority-activity */
  activity?: string;
}

export interface NoticeLot {
  title: string;
  description?: string;
  cpv?: string[];
}

/** The block as written in YAML (snake_case keys). */
export interface RawNoticeBlock extends Omit<NoticeBlock, 'buyer' | 'durationMonths' | 'validityMonths'> {
  buyer?: Omit<NoticeBuyer, 'legalType'> & { legal_type?: string };
  duration_months?: number;
  validity_months?: number;
}

/** The block as tenderkit uses it; the schema has checked its shape. */
export function noticeBlock(raw: RawNoticeBlock): NoticeBlock {
  const { buyer, duration_months, validity_months, ...rest } = raw;
  const block: NoticeBlock = {
    ...rest,
    ...(duration_months !== undefined ? { durationMonths: duration_months } : {}),
    ...(validity_months !== undefined ? { validityMonths: validity_months } : {}),
  };
  if (!buyer) return block;
  const { legal_type, ...names } = buyer;
  return { ...block, buyer: { ...names, ...(legal_type !== undefined ? { legalType: legal_type } : {}) } };
}
