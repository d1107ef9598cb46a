/**
 * Tells a person how far long work has got. The work takes one as a value (never a global); the command line
 * passes one that draws on a terminal, tests and libraries pass SILENT or nothing.
 */
export interface ProgressReporter {
  /** step `done` of `total` has started; `label` names it (a spec id, a phase) */
  step(done: number, total: number, label: string): void;
  /** the work has ended: clear the progress line */
  done(): void;
}

export const SILENT: ProgressReporter = { step: () => {}, done: () => {} };
