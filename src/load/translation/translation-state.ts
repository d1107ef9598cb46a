/**
 * How far a translation has come (XLIFF 2.0's segment states): `translated` by a translator or a tool,
 * `reviewed` by a second person of the working group, `final` signed off. A file that names none is `translated`.
 */
export type TranslationState = 'translated' | 'reviewed' | 'final';

export const TRANSLATION_STATES: readonly TranslationState[] = ['translated', 'reviewed', 'final'];
