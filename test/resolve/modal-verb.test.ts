import { describe, expect, it } from 'vitest';
import { rewriteModal } from '../../src/resolve/modal-verb.js';

describe('rewriteModal', () => {
  it('raises should to shall and lowers shall to should or may', () => {
    expect(rewriteModal('The system should log every access.', 'recommended', 'mandatory')).toBe(
      'The system shall log every access.',
    );
    expect(rewriteModal('The system shall log every access.', 'mandatory', 'recommended')).toBe(
      'The system should log every access.',
    );
    expect(rewriteModal('The system must log every access.', 'mandatory', 'optional')).toBe(
      'The system may log every access.',
    );
  });

  it('keeps capitals and leaves code, quoted titles, placeholders and the month May alone', () => {
    const text = 'The system Should switch over; see "What a gateway should do" and `should()`, since 1 May 2026.';
    expect(rewriteModal(text, 'recommended', 'mandatory')).toBe(
      'The system Shall switch over; see "What a gateway should do" and `should()`, since 1 May 2026.',
    );
    expect(rewriteModal('The gateway may be replaced in May by {{may_value}}.', 'optional', 'mandatory')).toBe(
      'The gateway shall be replaced in May by {{may_value}}.',
    );
  });

  it('gives up on a statement without an English modal verb of the old obligation', () => {
    expect(rewriteModal('Das System muss jede Nachricht protokollieren.', 'mandatory', 'recommended')).toBeUndefined();
    expect(rewriteModal('The system shall log.', 'recommended', 'mandatory')).toBeUndefined();
  });
});
