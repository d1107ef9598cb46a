import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A CommonJS library loaded on first use. Parsers that a run may not need (the YAML parser with positions, the
 * schema compiler, the Markdown parser) then cost nothing at start-up: a warm `diff` takes its YAML from the parse
 * cache and never renders Markdown.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFromHere(id) as T);
}
