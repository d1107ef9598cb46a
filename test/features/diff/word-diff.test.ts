import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../../src/load/requirement/placeholders.js';
import { newText, oldText, wordDiff, wordTokens } from '../../../src/lib/text/word-diff.js';

const show = (from: string, to: string, options = {}) =>
  wordDiff(from, to, options)
    .parts.map((p) => (p.type === 'delete' ? `[-${p.text}-]` : p.type === 'insert' ? `{+${p.text}+}` : p.text))
    .join('');

describe('word diff', () => {
  it('marks whole words, the deletion before the insertion', () => {
    expect(show('The system shall deliver within 5 seconds.', 'The system should deliver within 3 seconds.')).toBe(
      'The system [-shall-]{+should+} deliver within [-5-]{+3+} seconds.',
    );
  });

  it('joins neighbouring changes separated by one space', () => {
    expect(show('keep the remaining battery time', 'keep the early warning time')).toBe(
      'keep the [-remaining battery-]{+early warning+} time',
    );
  });

  it('keeps a lone deletion or insertion as it is', () => {
    expect(show('a fast and safe link', 'a safe link')).toBe('a [-fast and -]safe link');
    expect(show('a safe link', 'a safe, encrypted link')).toBe('a safe{+, encrypted+} link');
  });

  it('returns one equal part for identical texts and nothing for two empty ones', () => {
    expect(wordDiff('same text', 'same text').parts).toEqual([{ type: 'equal', text: 'same text' }]);
    expect(wordDiff('', '').parts).toEqual([]);
    expect(wordDiff('', 'new').parts).toEqual([{ type: 'insert', text: 'new' }]);
  });

  it('keeps {{placeholders}} whole', () => {
    expect(
      show('within {{max_delivery_seconds}} of the event', 'within {{max_delay}} of the event', {
        atomic: PLACEHOLDER,
      }),
    ).toBe('within [-{{max_delivery_seconds}}-]{+{{max_delay}}+} of the event');
  });

  it('segments Greek and Bulgarian into words, not letters', () => {
    expect(show('Το σύστημα πρέπει να παραδίδει μηνύματα', 'Το σύστημα οφείλει να παραδίδει μηνύματα')).toBe(
      'Το σύστημα [-πρέπει-]{+οφείλει+} να παραδίδει μηνύματα',
    );
    expect(
      show(
        'Системата трябва да доставя съобщения до {{n}} секунди',
        'Системата може да доставя съобщения до {{n}} секунди',
        { atomic: PLACEHOLDER },
      ),
    ).toBe('Системата [-трябва-]{+може+} да доставя съобщения до {{n}} секунди');
    expect(wordTokens('Ο χρόνος  παράδοσης')).toEqual(['Ο', ' ', 'χρόνος', '  ', 'παράδοσης']);
  });

  it('falls back to sentences, then to the whole text, instead of hanging on a large diff', () => {
    const from = 'One two three four. Five six seven eight. Nine ten.';
    const to = 'Uno dos tres cuatro. Five six seven eight. Nueve diez.';
    const sentences = wordDiff(from, to, { maxEditLength: 4 });
    expect(sentences.granularity).toBe('sentence');
    expect(sentences.parts.find((p) => p.type === 'equal')?.text).toContain('Five six seven eight.');
    const whole = wordDiff('a b c d e f', 'u v w x y z', { maxEditLength: 1 });
    expect(whole.granularity).toBe('text');
    expect(whole.parts).toEqual([
      { type: 'delete', text: 'a b c d e f' },
      { type: 'insert', text: 'u v w x y z' },
    ]);
  });

  it('bounds a diff of two long unrelated texts: it falls back to coarser parts and still gives both texts', () => {
    const words = (seed: number) => Array.from({ length: 20000 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
    const result = wordDiff(words(7), words(13));
    expect(result.granularity).not.toBe('word');
    expect(oldText(result.parts)).toBe(words(7));
    expect(newText(result.parts)).toBe(words(13));
  });

  it('always gives back both texts (property)', () => {
    const word = fc.constantFrom(
      'the',
      'system',
      'shall',
      'should',
      '5',
      's',
      '{{x}}',
      'σύστημα',
      'трябва',
      ',',
      '.',
      ' ',
      '  ',
      '\n',
      'é',
    );
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { parts } = wordDiff(a, b, { atomic: PLACEHOLDER });
        expect(oldText(parts)).toBe(a);
        expect(newText(parts)).toBe(b);
        for (let i = 1; i < parts.length; i++) {
          expect(parts[i]!.type === parts[i - 1]!.type).toBe(false);
          expect(parts[i - 1]!.type === 'insert' && parts[i]!.type === 'delete').toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
