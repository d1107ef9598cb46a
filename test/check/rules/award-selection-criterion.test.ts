import { describe, expect, it } from 'vitest';
import { awardSelectionCriterion } from '../../../src/check/rules/award-selection-criterion.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';
import { awardSpec, PRICE } from './award-fixture.js';

const REQUIREMENTS = [
  {
    id: 'RES-001',
    statement:
      'The supplier should deliver a continuity plan for the support services of this contract, tested every 12 months.',
    fields: { obligation: 'recommended' },
  },
  {
    id: 'RES-002',
    statement: 'The supplier should maintain a business continuity management system certified to ISO 22301.',
    fields: { obligation: 'recommended' },
  },
  {
    id: 'SEC-001',
    statement: 'The system should renew its TLS certificates automatically.',
    fields: { obligation: 'recommended' },
  },
];
const run = (text: string) =>
  lintWorkspace([awardSelectionCriterion], { requirements: REQUIREMENTS, specs: { base: text } });
const quality = (ids: string, title = 'Continuity') =>
  `  - { id: quality, title: ${title}, weight: 60, requirements: [${ids}] }\n`;

describe('award-selection-criterion', () => {
  it('accepts a plan for this contract and technical certificates of the system', () => {
    expect(run(awardSpec(quality('RES-001, SEC-001') + PRICE))).toEqual([]);
  });

  it("reports a scored requirement on the bidder's management system, at its place in the list", () => {
    const text = awardSpec(quality('RES-001, RES-002') + PRICE);
    const [d, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', ...positionInText(text, 'RES-002') });
    expect(d!.message).toContain('scores RES-002, which describes the bidder ("management system")');
  });

  it("reports a criterion whose own title scores the bidder's turnover or references", () => {
    const found = run(awardSpec(quality('RES-001', 'Turnover and reference projects') + PRICE));
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('award criterion "quality" scores the bidder ("Turnover")'),
    ]);
  });
});
