import type { Diagnostic } from '../lib/diagnostics.js';
import type { Result } from '../lib/result.js';

/**
 * What an export returns: its value with the workspace's warnings, the workspace's errors, or wrong usage. An export
 * starts only from a workspace without errors, checked as a build checks it (`valid: true, lint: true, annexes: true`).
 */
export type ExportOutcome<T> = Result<{ value: T; diagnostics: Diagnostic[] }>;
