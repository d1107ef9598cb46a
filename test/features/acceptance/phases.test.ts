import { describe, expect, it } from 'vitest';
import type { AcceptancePhase } from '../../../src/load/spec/acceptance.js';
import type { Verification } from '../../../src/load/requirement/requirement.js';
import type { EffectiveRequirement } from '../../../src/resolve/resolved.js';
import { parseTestCaseId, requirementPhases, testCaseId } from '../../../src/features/acceptance/phases.js';

function requirement(domain: string, verification: Verification[], scenarios: string[] = []): EffectiveRequirement {
  return { id: 'X-001', verification, source: { domain, scenarios } } as unknown as EffectiveRequirement;
}
const ALL: AcceptancePhase[] = ['fat', 'sat', 'sit', 'trial'];

describe('the phases of a requirement', () => {
  it('follow its verification methods: inspection and analysis at FAT, demonstration and tests at SAT', () => {
    expect(requirementPhases(requirement('security', ['inspection', 'analysis']), ALL)).toEqual(['fat']);
    expect(requirementPhases(requirement('security', ['demonstration']), ALL)).toEqual(['sat']);
    expect(requirementPhases(requirement('security', ['test', 'inspection']), ALL)).toEqual(['fat', 'sat']);
  });

  it('put a test of an interconnection requirement at SIT, and a requirement of a readiness scenario in the trial', () => {
    expect(requirementPhases(requirement('interconnection', ['test']), ALL)).toEqual(['sit']);
    expect(requirementPhases(requirement('interconnection', ['test', 'demonstration'], ['flood']), ALL)).toEqual([
      'sat',
      'sit',
      'trial',
    ]);
  });

  it('keep only the planned phases, and move a requirement whose phases are all unplanned to the next planned one', () => {
    expect(requirementPhases(requirement('interconnection', ['test', 'inspection']), ['fat', 'sat'])).toEqual(['fat']);
    expect(requirementPhases(requirement('security', ['inspection']), ['sat', 'sit'])).toEqual(['sat']);
    // nothing planned after SIT: the last planned phase
    expect(requirementPhases(requirement('interconnection', ['test']), ['fat', 'sat'])).toEqual(['sat']);
  });
});

describe('test case ids', () => {
  it('name the requirement and the phase, and read back', () => {
    expect(testCaseId('BE-INT-001', 'sit')).toBe('TC-BE-INT-001-sit');
    expect(parseTestCaseId('TC-BE-INT-001-sit')).toEqual({ requirement: 'BE-INT-001', phase: 'sit' });
    expect(parseTestCaseId('TC-INT-001-uat')).toBeUndefined();
  });
});
