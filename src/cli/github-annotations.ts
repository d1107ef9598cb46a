import type { Diagnostic } from '../lib/diagnostics.js';

/** GitHub's workflow-command escaping: data escapes %, CR and LF; property values also : and ,. */
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * One workflow command per diagnostic (`::error file=...,line=...,col=...,title=rule::message`), so that GitHub
 * Actions shows each problem on its line of a pull request. `prefix` is the workspace's path from the repository root.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[], prefix: string): string {
  return diagnostics
    .map((d) => {
      const file = prefix ? `${prefix.replace(/\/$/, '')}/${d.file}` : d.file;
      return `::${COMMAND[d.severity]} file=${property(file)},line=${d.line},col=${d.column},title=${property(`tenderkit ${d.rule}`)}::${data(d.message)}\n`;
    })
    .join('');
}
