import { lazyRequire } from '../../lib/lazy-require.js';

const yamlLibrary = lazyRequire<typeof import('yaml')>('yaml');

/**
 * The yaml parser takes quadratic time (and, composing, deep recursion) on very deep or very long inputs,
 * so the cheap, linear lexer looks at the text first and stops at the first token past a limit.
 */
export interface YamlLimits {
  /** flow brackets plus block levels */
  maxDepth: number;
  /** lexer tokens in the whole text */
  maxTokens: number;
}

export type LimitProblem = { kind: 'depth' | 'tokens'; offset: number };

/** Markers the lexer emits without consuming source text. */
let zeroWidth: Set<string> | undefined;
const BLOCK_INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind']);

export function checkYamlLimits(text: string, limits: YamlLimits): LimitProblem | undefined {
  let offset = 0;
  let tokens = 0;
  let flow = 0;
  let column = 0;
  let lineStart = true;
  /** columns of the open block collections */
  const blocks: number[] = [];
  const { CST, Lexer } = yamlLibrary();
  const ZERO_WIDTH = (zeroWidth ??= new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]));
  for (const token of new Lexer().lex(text)) {
    if (ZERO_WIDTH.has(token)) continue;
    if (++tokens > limits.maxTokens) return { kind: 'tokens', offset };
    const type = CST.tokenType(token);
    if (type === 'newline') {
      lineStart = true;
      column = 0;
    } else if (type !== 'space' && type !== 'comment') {
      if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
      else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
      else if (flow === 0 && lineStart) {
        while (blocks.length > 0 && blocks[blocks.length - 1]! >= column) blocks.pop();
        blocks.push(column);
      } else if (flow === 0 && BLOCK_INDICATORS.has(type ?? '')) {
        blocks.push(column);
      }
      lineStart = false;
      if (flow + blocks.length > limits.maxDepth) return { kind: 'depth', offset };
    }
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    column = newline >= 0 ? token.length - newline - 1 : column + token.length;
  }
  return undefined;
}
