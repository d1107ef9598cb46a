import type { Diagnostic, Severity } from '../../lib/diagnostics.js';
import { sortDiagnostics } from '../../lib/diagnostics.js';

/** A rule as SARIF describes it: what `tenderkit rules` lists, and the structural checks that are not lint rules. */
export interface SarifRule {
  id: string;
  description: string;
  severity: Severity | 'off';
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The diagnostics of `validate` as a SARIF 2.1.0 log, for code-scanning services: one run, the tool with every
 * rule (id, description, default level), one result per diagnostic with its rule, level, message and region.
 * File paths are relative to the workspace root, which the run names as %SRCROOT%.
 */
export function sarifLog(
  diagnostics: readonly Diagnostic[],
  rules: readonly SarifRule[],
  tool: { name: string; version: string },
): unknown {
  const known = new Map(rules.map((r) => [r.id, r]));
  // structural checks (yaml, schema, unknown-requirement, ...) are rules too: described by their first message
  for (const d of diagnostics)
    if (!known.has(d.rule))
      known.set(d.rule, { id: d.rule, description: `tenderkit check "${d.rule}"`, severity: d.severity });
  const ruleList = [...known.values()];
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: ruleList.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: r.severity === 'off' ? { enabled: false } : { level: LEVEL[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results: sortDiagnostics(diagnostics).map((d) => ({
          ruleId: d.rule,
          ruleIndex: index.get(d.rule)!,
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [location(d)],
          ...(d.related?.length
            ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(r), message: { text: r.message } })) }
            : {}),
        })),
      },
    ],
  };
}

/** A file and, unless the problem is of the whole file (line 0), the region in it. */
function location(d: { file: string; line: number; column: number; endLine?: number; endColumn?: number }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: d.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      ...(d.line > 0
        ? {
            region: {
              startLine: d.line,
              startColumn: d.column,
              ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
              ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
            },
          }
        : {}),
    },
  };
}
