import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { WorkspaceConfig } from '../config.js';
import type { SourceFile } from '../source-file.js';
import { positionAt } from '../../lib/text/text-position.js';
import { findPlaceholders } from './placeholders.js';
import type { Parameter, Requirement } from './requirement.js';

/** Checks of one requirement against itself and the workspace configuration. */
export function checkRequirement(req: Requirement, file: SourceFile, config: WorkspaceConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fm = req.frontMatter;
  const expected = file.path.split('/').pop()!.replace(/\.md$/, '');
  if (req.id !== expected) {
    out.push(
      diagnostic(
        'error',
        'id-filename',
        `the id "${req.id}" differs from the file name "${expected}.md"; rename the file or fix the id`,
        req.file,
        fm.positionOf(['id']),
      ),
    );
  }
  const domain = config.domains.find((d) => d.id === req.domain);
  if (!domain) {
    out.push(
      diagnostic(
        'error',
        'unknown-domain',
        `unknown domain "${req.domain}"; the workspace has ${config.domains.map((d) => d.id).join(', ')}`,
        req.file,
        fm.positionOf(['domain']),
      ),
    );
  }
  const scenarioIds = req.scenarios.length > 0 ? new Set(config.scenarios.map((s) => s.id)) : new Set<string>();
  req.scenarios.forEach((s, i) => {
    if (!scenarioIds.has(s)) {
      const known = scenarioIds.size
        ? `; tenderkit.yaml defines ${[...scenarioIds].join(', ')}`
        : '; tenderkit.yaml defines no scenarios';
      out.push(
        diagnostic(
          'error',
          'unknown-scenario',
          `unknown scenario "${s}"${known}`,
          req.file,
          fm.positionOf(['scenarios', i]),
        ),
      );
    }
  });
  for (const [name, p] of req.parameters) out.push(...checkParameter(name, p, req));

  const used = new Set<string>();
  // placeholders in the front matter are YAML text, not uses; the body starts at the statement's line
  const bodyStart = bodyOffset(file.text, req);
  for (const use of findPlaceholders(file.text)) {
    if (use.offset < bodyStart) continue;
    used.add(use.name);
    const declared = req.parameters.get(use.name);
    if (
      declared?.unit &&
      repeatsUnit(file.text.slice(use.offset + use.length, use.offset + use.length + 24), declared.unit)
    ) {
      out.push(
        diagnostic(
          'warning',
          'unit-repeated',
          `{{${use.name}}} is rendered with its unit "${declared.unit}", and the text repeats the unit after it; remove the word after the placeholder`,
          req.file,
          positionAt(file.text, use.offset + use.length),
        ),
      );
    }
    if (!declared) {
      const names = [...req.parameters.keys()];
      out.push(
        diagnostic(
          'error',
          'unknown-parameter',
          `the placeholder {{${use.name}}} names no parameter${names.length ? `; declared: ${names.join(', ')}` : '; declare it under "parameters"'}`,
          req.file,
          positionAt(file.text, use.offset),
        ),
      );
    }
  }
  for (const name of req.parameters.keys()) {
    if (!used.has(name)) {
      out.push(
        diagnostic(
          'warning',
          'unused-parameter',
          `the parameter "${name}" is declared but no text uses {{${name}}}`,
          req.file,
          fm.positionOf(['parameters', name], true),
        ),
      );
    }
  }
  return out;
}

const UNIT_WORDS: Record<string, string[]> = {
  s: ['s', 'sec', 'second', 'seconds'],
  ms: ['ms', 'millisecond', 'milliseconds'],
  min: ['min', 'minute', 'minutes'],
  h: ['h', 'hour', 'hours'],
  d: ['d', 'day', 'days'],
  '%': ['%', 'percent', 'per cent'],
};

/** Whether the text right after a placeholder spells out its unit again ("{{t}} seconds" with unit s). */
export function repeatsUnit(following: string, unit: string): boolean {
  const words = UNIT_WORDS[unit] ?? [unit.toLowerCase()];
  const next = following.replace(/^[\s\u00a0]+/, '').toLowerCase();
  return words.some((w) => next.startsWith(w) && !/[\p{L}\p{N}]/u.test(next.charAt(w.length)));
}

/** Where the line of the statement starts: everything before it is front matter or blank. */
function bodyOffset(text: string, req: Requirement): number {
  return text.lastIndexOf('\n', req.statement.offset - 1) + 1;
}

export function parameterValueProblem(p: Parameter, value: unknown): string | undefined {
  switch (p.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      break;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be an integer';
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return 'must be true or false';
      break;
    case 'string':
      if (typeof value !== 'string') return 'must be a text';
      break;
    case 'enum':
      if (!p.values?.includes(value as string | number))
        return `must be one of ${(p.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
  }
  if (typeof value === 'number') {
    if (p.min !== undefined && value < p.min) return `is below the minimum ${p.min}`;
    if (p.max !== undefined && value > p.max) return `is above the maximum ${p.max}`;
  }
  return undefined;
}

function checkParameter(name: string, p: Parameter, req: Requirement): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (field: string) => req.frontMatter.positionOf(['parameters', name, field]);
  if (p.type === 'enum' && !p.values) {
    out.push(
      diagnostic(
        'error',
        'parameter',
        `the enum parameter "${name}" lists no "values"`,
        req.file,
        req.frontMatter.positionOf(['parameters', name], true),
      ),
    );
    return out;
  }
  if (p.min !== undefined && p.max !== undefined && p.min > p.max) {
    out.push(
      diagnostic(
        'error',
        'parameter',
        `the parameter "${name}" has min ${p.min} above max ${p.max}`,
        req.file,
        at('min'),
      ),
    );
  }
  if ((p.min !== undefined || p.max !== undefined) && p.type !== 'number' && p.type !== 'integer') {
    out.push(
      diagnostic(
        'error',
        'parameter',
        `min and max apply to number and integer parameters, not to "${name}" of type ${p.type}`,
        req.file,
        at(p.min !== undefined ? 'min' : 'max'),
      ),
    );
  }
  const problem = parameterValueProblem(p, p.default);
  if (problem)
    out.push(
      diagnostic(
        'error',
        'parameter',
        `the default of "${name}" (${JSON.stringify(p.default)}) ${problem}`,
        req.file,
        at('default'),
      ),
    );
  return out;
}
