import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/load/requirement/requirement.js';
import { combineEffects, obligationEffect, parameterEffect, verificationEffect } from '../../../src/resolve/effects.js';

const param = (p: Partial<Parameter>): Parameter => ({ type: 'number', default: 0, stricter: 'higher', ...p });

describe('classification of one field', () => {
  it('orders obligations optional < recommended < mandatory', () => {
    expect(obligationEffect('recommended', 'mandatory')).toBe('stricter');
    expect(obligationEffect('optional', 'recommended')).toBe('stricter');
    expect(obligationEffect('mandatory', 'optional')).toBe('looser');
    expect(obligationEffect('optional', 'optional')).toBeUndefined();
  });

  it("takes a number parameter's direction from its `stricter`", () => {
    expect(parameterEffect(param({ stricter: 'lower' }), 5, 3)).toBe('stricter');
    expect(parameterEffect(param({ stricter: 'lower' }), 5, 8)).toBe('looser');
    expect(parameterEffect(param({ stricter: 'higher' }), 99.9, 99.95)).toBe('stricter');
    expect(parameterEffect(param({ type: 'integer', stricter: 'higher' }), 30, 15)).toBe('looser');
    expect(parameterEffect(param({ stricter: 'none' }), 5, 3)).toBe('modified');
    expect(parameterEffect(param({}), 5, 5)).toBeUndefined();
  });

  it('orders booleans false < true and enums by their position in `values`', () => {
    expect(parameterEffect(param({ type: 'boolean', stricter: 'higher' }), false, true)).toBe('stricter');
    expect(parameterEffect(param({ type: 'boolean', stricter: 'lower' }), false, true)).toBe('looser');
    const tls = param({ type: 'enum', values: ['1.2', '1.3'], stricter: 'higher' });
    expect(parameterEffect(tls, '1.2', '1.3')).toBe('stricter');
    expect(parameterEffect(tls, '1.3', '1.2')).toBe('looser');
    expect(parameterEffect(param({ type: 'enum', values: [1, 2, 4], stricter: 'lower' }), 4, 1)).toBe('stricter');
  });

  it('treats strings and values it cannot order as modified', () => {
    expect(parameterEffect(param({ type: 'string', stricter: 'higher' }), 'EU', 'EEA')).toBe('modified');
    expect(parameterEffect(param({ type: 'enum', values: ['a'], stricter: 'higher' }), 'a', 'b')).toBe('modified');
    expect(parameterEffect(undefined, 1, 2)).toBe('modified');
  });

  it('reads more verification methods as stricter, fewer as looser, others as modified', () => {
    expect(verificationEffect(['inspection', 'test'], ['inspection', 'test', 'analysis'])).toBe('stricter');
    expect(verificationEffect(['inspection', 'test'], ['test'])).toBe('looser');
    expect(verificationEffect(['inspection', 'test'], ['test', 'analysis'])).toBe('modified');
    expect(verificationEffect(['inspection', 'test'], ['test', 'inspection'])).toBeUndefined();
  });

  it('calls a requirement stricter or looser only when every field agrees', () => {
    expect(combineEffects(['stricter', 'stricter'])).toBe('stricter');
    expect(combineEffects(['looser'])).toBe('looser');
    expect(combineEffects(['stricter', 'looser'])).toBe('modified');
    expect(combineEffects(['stricter', 'modified'])).toBe('modified');
    expect(combineEffects([])).toBeUndefined();
  });
});
