/**
 * Whether workspace loads use the parse cache when their caller does not say. The command line turns it on for
 * the process (TENDERKIT_CACHE=off keeps it off); library calls and tests run without it unless they ask, so they
 * never write into the folders they read.
 */
let enabled = false;

export function setParseCacheDefault(on: boolean): void {
  enabled = on;
}

export function parseCacheDefault(): boolean {
  return enabled;
}
