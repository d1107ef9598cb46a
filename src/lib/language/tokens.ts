/** A word of a text and where it starts. */
export interface Token {
  text: string;
  lower: string;
  offset: number;
}

/** Letters and digits, with inner hyphens and apostrophes: "user-friendly" and "operator's" are one word each. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), offset: m.index });
  }
  return tokens;
}

/** The words of a text in lower case, without their offsets: what counting words needs. */
export function lowerCaseWords(text: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) words.push(m[0].toLowerCase());
  return words;
}

/** "May", "Must": a capital followed by lower case, as a month or a name is written. */
export function isTitleCase(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}
