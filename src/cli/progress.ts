import { SILENT, type ProgressReporter } from '../lib/progress.js';
import type { CliIO } from './io.js';
import { useColour } from './print-diagnostics.js';

/**
 * On a terminal: one line on stderr rewritten in place (`[3/12] be`), dimmed unless NO_COLOR is set; elsewhere
 * (pipes, CI logs, tests): nothing at all.
 */
export function progressReporter(io: CliIO): ProgressReporter {
  if (!io.isTTY || io.env['TERM'] === 'dumb') return SILENT;
  const colour = useColour(io);
  let shown = false;
  return {
    step(done, total, label) {
      const text = `[${done}/${total}] ${label}`;
      io.stderr(`\r\x1b[2K${colour ? `\x1b[2m${text}\x1b[0m` : text}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
      shown = false;
    },
  };
}
