import type { XmlOut } from '../../lib/xml/xml-tree.js';
import type { SelectionThreshold } from '../../load/spec/selection.js';

/** What the spec knows of one ESPD criterion: the lots it applies to, the buyer's text and the threshold. */
export interface CriterionValues {
  /** the lots a selection criterion applies to (LOT-0000 when the procedure has no lots); none for an exclusion ground */
  lots: readonly string[];
  description?: string;
  threshold?: SelectionThreshold;
}

/** A requirement of the criterion that the spec does not give, which the buyer completes in its ESPD service. */
export interface OpenRequirement {
  criterion: string;
  /** the property's description in the taxonomy, such as "Minimum amount requirement" */
  requirement: string;
  id: string;
}

const PLACEHOLDER = /^\[.*\]$/;

/**
 * The taxonomy's criterion with the buyer's values: each REQUIREMENT property gets the spec's value for its type
 * (lot, number of years, minimum amount, minimum number, description); the example values the taxonomy carries are
 * removed where the spec has none, and named in `open`, so that no request asks for a value nobody chose.
 */
export function fillCriterion(
  taxonomy: XmlOut,
  values: CriterionValues,
): { criterion: XmlOut; open: OpenRequirement[] } {
  const code = textOf(taxonomy, 'cbc:CriterionTypeCode') ?? '';
  const open: OpenRequirement[] = [];
  const [firstLot] = values.lots;

  const fillProperty = (property: XmlOut): XmlOut => {
    const children = property.content as readonly XmlOut[];
    const type = textOf(property, 'cbc:TypeCode');
    const dataType = textOf(property, 'cbc:ValueDataTypeCode');
    const description = textOf(property, 'cbc:Description') ?? '';
    const id = textOf(property, 'cbc:ID') ?? '';
    if (type === 'CAPTION' && PLACEHOLDER.test(description))
      return withChildren(
        property,
        children.map((c) =>
          c.name === 'cbc:Description' ? { ...c, content: values.description ?? description.slice(1, -1) } : c,
        ),
      );
    if (type !== 'REQUIREMENT') return property;
    const kept = children.filter((c) => !isExpectedValue(c));
    const value = requirementValue(dataType, values, firstLot);
    if (value) return withChildren(property, [...kept, value]);
    if (kept.length !== children.length) open.push({ criterion: code, requirement: description, id });
    return withChildren(property, kept);
  };

  const walk = (node: XmlOut): XmlOut => {
    if (typeof node.content === 'string') return node;
    if (node.name === 'cac:TenderingCriterionProperty') return fillProperty(node);
    return withChildren(node, node.content.map(walk));
  };

  const filled = walk(taxonomy);
  // an exclusion ground concerns the tenderer, not a lot (rule BR-LOT-40)
  const lotReferences = values.lots.map((lot) => ({
    name: 'cac:ProcurementProjectLotReference',
    attributes: [],
    content: [{ name: 'cbc:ID', attributes: CRITERION_SCHEME, content: lot }],
  }));
  const content = (filled.content as readonly XmlOut[]).flatMap((c) =>
    c.name === 'cac:ProcurementProjectLotReference' ? [] : [c],
  );
  // the lot references follow the description, as in the taxonomy
  const at = content.findIndex((c) => c.name === 'cbc:Description') + 1;
  return { criterion: withChildren(filled, [...content.slice(0, at), ...lotReferences, ...content.slice(at)]), open };
}

const CRITERION_SCHEME: ReadonlyArray<readonly [string, string]> = [
  ['schemeID', 'Criterion'],
  ['schemeAgencyID', 'OP'],
  ['schemeVersionID', '4.1.0'],
];

/** The element that states a REQUIREMENT's value, for the types the spec can fill. */
function requirementValue(
  dataType: string | undefined,
  values: CriterionValues,
  lot: string | undefined,
): XmlOut | undefined {
  const { threshold } = values;
  switch (dataType) {
    case 'LOT_IDENTIFIER':
      return lot ? { name: 'cbc:ExpectedID', attributes: [['schemeAgencyID', 'OP']], content: lot } : undefined;
    case 'QUANTITY_YEAR':
    case 'MINIMUM_QUANTITY_YEAR':
      return threshold?.years !== undefined
        ? { name: 'cbc:ExpectedValueNumeric', attributes: [], content: String(threshold.years) }
        : undefined;
    case 'MINIMUM_AMOUNT':
      return threshold?.amount !== undefined && threshold.currency
        ? {
            name: 'cbc:MinimumAmount',
            attributes: [['currencyID', threshold.currency]],
            content: String(threshold.amount),
          }
        : undefined;
    case 'MINIMUM_QUANTITY_INTEGER':
    case 'QUANTITY_INTEGER':
      return threshold?.count !== undefined
        ? { name: 'cbc:ExpectedValueNumeric', attributes: [], content: String(threshold.count) }
        : undefined;
    case 'DESCRIPTION':
      return values.description
        ? { name: 'cbc:ExpectedDescription', attributes: [], content: values.description }
        : undefined;
    default:
      return undefined;
  }
}

/** The taxonomy's example value of a REQUIREMENT (ExpectedID, MinimumAmount, ApplicablePeriod, ExpectedCode ...). */
function isExpectedValue(node: XmlOut): boolean {
  return /^(cbc|cac):(Expected|Minimum|Maximum|ApplicablePeriod)/.test(node.name);
}

function textOf(node: XmlOut, child: string): string | undefined {
  if (typeof node.content === 'string') return undefined;
  const found = node.content.find((c) => c.name === child);
  return found && typeof found.content === 'string' ? found.content : undefined;
}

function withChildren(node: XmlOut, content: readonly XmlOut[]): XmlOut {
  return { ...node, content };
}
