import { describe, expect, it } from 'vitest';
import { nearest, unknownIdMessage } from '../../../src/lib/text/nearest.js';

const SPECS = ['be', 'benelux', 'eu-baseline', 'lu'];

describe('unknownIdMessage', () => {
  it('suggests the nearest id for a typo and lists the known ones', () => {
    expect(unknownIdMessage('spec', 'eu-basline', SPECS)).toBe(
      'unknown spec "eu-basline"; did you mean "eu-baseline"? (the workspace has be, benelux, eu-baseline, lu)',
    );
    expect(unknownIdMessage('spec', 'BENELUX', SPECS)).toContain('did you mean "benelux"?');
  });

  it('suggests nothing when no id is close, and says when there are none', () => {
    expect(unknownIdMessage('spec', 'atlantis', SPECS)).toBe(
      'unknown spec "atlantis"; the workspace has be, benelux, eu-baseline, lu',
    );
    expect(unknownIdMessage('domain', 'security', [])).toBe('unknown domain "security"; the workspace has no domains');
  });

  it('takes a prefix or a one-letter slip as near', () => {
    expect(nearest('benel', SPECS)).toBe('benelux');
    expect(nearest('bf', SPECS)).toBe('be');
    expect(nearest('xx', SPECS)).toBeUndefined();
  });
});
