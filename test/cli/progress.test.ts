import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { progressReporter } from '../../src/cli/progress.js';

function io(isTTY: boolean, env: Record<string, string> = {}): CliIO & { err: () => string } {
  let err = '';
  return {
    stdout: () => {},
    stderr: (t) => {
      err += t;
    },
    env,
    cwd: '.',
    isTTY,
    err: () => err,
  };
}

describe('progressReporter', () => {
  it('draws one line rewritten in place on a terminal, and clears it at the end', () => {
    const tty = io(true);
    const p = progressReporter(tty);
    p.step(1, 2, 'be');
    p.step(2, 2, 'fr');
    p.done();
    expect(tty.err()).toBe('\r\x1b[2K\x1b[2m[1/2] be\x1b[0m\r\x1b[2K\x1b[2m[2/2] fr\x1b[0m\r\x1b[2K');
  });

  it('uses no colour under NO_COLOR', () => {
    const tty = io(true, { NO_COLOR: '1' });
    progressReporter(tty).step(3, 12, 'be');
    expect(tty.err()).toBe('\r\x1b[2K[3/12] be');
  });

  it('says nothing when stderr is not a terminal (pipes, CI logs)', () => {
    const pipe = io(false);
    const p = progressReporter(pipe);
    p.step(1, 1, 'be');
    p.done();
    expect(pipe.err()).toBe('');
  });
});
