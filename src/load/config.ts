import type { Diagnostic } from '../lib/diagnostics.js';
import { validateAgainstSchema } from './schema/validate-schema.js';
import { knownYaml, parseYaml, type PositionStore } from './yaml/parse-yaml.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-files.js';
import type { SourceFile } from './source-file.js';
import { noticeBlock, type NoticeBlock, type RawNoticeBlock } from './spec/notice.js';

export interface Domain {
  id: string;
  prefix: string;
  title: string;
}

export interface Scenario {
  id: string;
  title: string;
  description?: string;
}

export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

/** An entry of the register of standards (tenderkit.yaml `standards`). */
export interface StandardEntry {
  id: string;
  supersededBy?: string;
  /** when the successor was published (YYYY-MM-DD) */
  since?: string;
  note?: string;
}

export interface WorkspaceConfig {
  /** the catalogue's version (`version:`), shown in the tender documents, the manifest and the site */
  version?: string;
  domains: Domain[];
  scenarios: Scenario[];
  rules: Map<string, RuleSetting>;
  standards: StandardEntry[];
  maxFileBytes: number;
  defaultLanguage: string;
  defaultFormats: string[] | undefined;
  /** defaults of every spec's notice block (tenderkit export eforms) */
  notice: NoticeBlock;
}

export const DEFAULT_DOMAINS: Domain[] = [
  { id: 'interconnection', prefix: 'INT', title: 'Interconnection of operational centres' },
  { id: 'security', prefix: 'SEC', title: 'Security' },
  { id: 'eu-sourcing', prefix: 'EUS', title: 'EU sourcing and supply-chain sovereignty' },
  { id: 'resilience', prefix: 'RES', title: 'Resilience and crisis operation' },
];

export function defaultConfig(): WorkspaceConfig {
  return {
    domains: DEFAULT_DOMAINS.map((d) => ({ ...d })),
    scenarios: [],
    rules: new Map(),
    standards: [],
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    defaultLanguage: 'en',
    defaultFormats: undefined,
    notice: {},
  };
}

interface RawConfig {
  version?: string;
  domains?: Domain[];
  scenarios?: Scenario[];
  rules?: Record<string, RuleSetting>;
  standards?: Array<{ id: string; superseded_by?: string; since?: string; note?: string }>;
  limits?: { maxFileBytes?: number };
  defaults?: { language?: string; formats?: string[] };
  notice?: RawNoticeBlock;
}

/** tenderkit.yaml, normalised once; built-in defaults when the file is absent. `known`: its value from the parse cache. */
export function parseConfig(
  file: SourceFile | undefined,
  known?: unknown,
  positions?: PositionStore,
): { config: WorkspaceConfig; diagnostics: Diagnostic[]; value?: unknown } {
  const config = defaultConfig();
  if (!file) return { config, diagnostics: [] };
  const parsed =
    known === undefined
      ? parseYaml(file.text, { file: file.path }, positions)
      : knownYaml(file.text, known, { file: file.path }, positions);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.value === undefined || parsed.value === null) return { config, diagnostics };
  const schemaErrors = known === undefined ? validateAgainstSchema('config', parsed.value, parsed, file.path) : [];
  diagnostics.push(...schemaErrors);
  if (schemaErrors.length > 0) return { config, diagnostics };
  const raw = parsed.value as RawConfig;
  if (raw.version !== undefined) config.version = raw.version;
  if (raw.domains) config.domains = raw.domains;
  if (raw.scenarios) config.scenarios = raw.scenarios;
  if (raw.rules) config.rules = new Map(Object.entries(raw.rules));
  if (raw.standards)
    config.standards = raw.standards.map((s) => ({
      id: s.id,
      ...(s.superseded_by !== undefined ? { supersededBy: s.superseded_by } : {}),
      ...(s.since !== undefined ? { since: String(s.since) } : {}),
      ...(s.note !== undefined ? { note: s.note } : {}),
    }));
  if (raw.limits?.maxFileBytes) config.maxFileBytes = raw.limits.maxFileBytes;
  if (raw.defaults?.language) config.defaultLanguage = raw.defaults.language;
  if (raw.defaults?.formats) config.defaultFormats = raw.defaults.formats;
  if (raw.notice) config.notice = noticeBlock(raw.notice);
  return { config, diagnostics, value: parsed.value };
}
