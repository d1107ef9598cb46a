/**
 * `data.lang` on any node of the document tree: the BCP 47 tag of the text inside it, when it differs from the
 * document's language (a fallback paragraph in English inside a French document). The nearest ancestor's tag wins;
 * renderers that know languages (Word's w:lang) apply it to every run inside, the others ignore it.
 */
declare module 'unist' {
  interface Data {
    lang?: string;
  }
}

export {};
