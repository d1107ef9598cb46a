import { EN } from './labels.js';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { SourceFile } from '../source-file.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { BUILT_IN_LANGUAGES } from './label-sets/index.js';
import { canonicalTag, primaryTag } from '../../lib/language-tag.js';

/** A workspace's `labels/<lang>.yaml`: label keys to add or override, as nested maps like the built-in sets. */
export interface LabelOverride {
  lang: string;
  values: Record<string, unknown>;
  file: string;
}

/** Label groups whose keys are open: section keys, domain ids, unit symbols, reference ids, enumerated values. */
const OPEN_GROUPS = new Set(['sections', 'domains', 'units', 'references', 'enum']);

/** Parses and checks `labels/*.yaml` against the shape of the English set. */
export function loadLabelOverrides(files: readonly SourceFile[]): {
  overrides: Map<string, LabelOverride>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const overrides = new Map<string, LabelOverride>();
  for (const file of files) {
    const m = /^labels\/([^/]+)\.ya?ml$/.exec(file.path);
    if (!m) {
      diagnostics.push(
        diagnostic(
          'warning',
          'labels',
          'label files are named labels/<language>.yaml (such as labels/fr.yaml); this file is not read',
          file.path,
        ),
      );
      continue;
    }
    const lang = canonicalTag(m[1]!);
    if (!lang) {
      diagnostics.push(
        diagnostic(
          'error',
          'labels',
          `"${m[1]}" is not a BCP 47 language tag: name the file after its language, such as labels/fr.yaml`,
          file.path,
        ),
      );
      continue;
    }
    const parsed = parseYaml(file.text, { file: file.path });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.value === undefined || parsed.value === null) continue;
    const problems: Diagnostic[] = [];
    const report = (severity: 'error' | 'warning', message: string, path: string[], key = false) =>
      problems.push(diagnostic(severity, 'labels', message, file.path, parsed.positionOf(path, key)));
    const values = checkShape(parsed.value, EN as unknown as Record<string, unknown>, [], report);
    diagnostics.push(...problems);
    if (!values || problems.some((d) => d.severity === 'error')) continue;
    overrides.set(lang, { lang, values, file: file.path });
  }
  for (const o of overrides.values()) {
    // a language tenderkit ships, or a regional file on top of its language's file, only changes a few words
    const primary = primaryTag(o.lang);
    if (BUILT_IN_LANGUAGES.has(primary) || (primary !== o.lang && overrides.has(primary))) continue;
    const lacking = missingKeys(
      EN as unknown as Record<string, unknown>,
      [primary, o.lang].map((t) => overrides.get(t)?.values ?? {}),
    );
    if (lacking.length === 0) continue;
    const shown =
      lacking.length > 12 ? `${lacking.slice(0, 12).join(', ')} and ${lacking.length - 12} more` : lacking.join(', ');
    diagnostics.push(
      diagnostic(
        'warning',
        'labels',
        `tenderkit ships no words for "${o.lang}" and this file lacks ${lacking.length} labels, which stay in English: ${shown}`,
        o.file,
      ),
    );
  }
  return { overrides, diagnostics };
}

/** The key paths of the English set that none of the layers gives (modal verbs are optional). */
export function missingKeys(
  shape: Record<string, unknown>,
  layers: Array<Record<string, unknown>>,
  path: string[] = [],
): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(shape)) {
    if (path.length === 0 && key === 'modal') continue;
    const here = layers.map((l) => l[key]);
    if (typeof value === 'string' || Array.isArray(value)) {
      if (here.every((v) => v === undefined)) out.push([...path, key].join('.'));
    } else if (value && typeof value === 'object') {
      const inner = here.filter(
        (v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v),
      );
      out.push(...missingKeys(value as Record<string, unknown>, inner, [...path, key]));
    }
  }
  return out;
}

type Report = (severity: 'error' | 'warning', message: string, path: string[], key?: boolean) => void;

function checkShape(
  value: unknown,
  shape: Record<string, unknown>,
  path: string[],
  report: Report,
): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report('error', `${path.length ? path.join('.') : 'the file'} must be a map of labels`, path);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const at = [...path, key];
    const name = at.join('.');
    const open = path.length === 1 && OPEN_GROUPS.has(path[0]!);
    const expected = open ? '' : Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (expected === undefined) {
      report(
        'warning',
        `unknown label "${name}"; the labels are those of the built-in sets (${Object.keys(shape).join(', ')})`,
        at,
        true,
      );
      continue;
    }
    if (typeof expected === 'string') {
      if (typeof v !== 'string') report('error', `the label "${name}" must be a text`, at);
      else out[key] = v;
    } else if (Array.isArray(expected) || (path[0] === 'modal' && path.length === 1)) {
      if (!Array.isArray(v) || v.some((w) => typeof w !== 'string'))
        report('error', `"${name}" must be a list of words`, at);
      else out[key] = v;
    } else {
      const inner = checkShape(v, expected as Record<string, unknown>, at, report);
      if (inner) out[key] = inner;
    }
  }
  return out;
}
