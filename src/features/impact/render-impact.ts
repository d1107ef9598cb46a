import type { ParameterValue } from '../../load/requirement/requirement.js';
import type { Impact, ImpactDeviation, ImpactSpec } from './impact.js';

/** `impact --format json`: the Impact value, two-space indent. */
export function renderImpactJson(impact: Impact): string {
  return `${JSON.stringify(impact, null, 2)}\n`;
}

/** `impact` as text: one block per kind of thing a change touches, each line naming where it stands. */
export function renderImpactText(impact: Impact): string {
  const r = impact.requirement;
  const out: string[] = [`${r.id} ${r.title}`, `${r.file} (${r.domain}, ${r.status})`, ''];
  const selected = impact.specs.filter((s) => s.selected);
  const units = new Map(Object.entries(r.parameters).map(([name, p]) => [name, p.unit]));
  out.push(`Specs: ${selected.length} of ${impact.specs.length} select it`);
  const width = Math.max(0, ...impact.specs.map((s) => s.spec.length)) + 2;
  for (const s of selected) out.push(`  ${s.spec.padEnd(width)}${effectiveLine(s, units)}`);
  const others = impact.specs.filter((s) => !s.selected);
  if (others.length > 0) {
    const removed = others.filter((s) => s.status === 'removed');
    const absent = others.filter((s) => s.status === 'absent');
    if (removed.length > 0)
      out.push(
        `  removed in: ${removed.map((s) => (s.removedBy === s.spec ? s.spec : `${s.spec} (by ${s.removedBy})`)).join(', ')}`,
      );
    if (absent.length > 0) out.push(`  not selected by: ${absent.map((s) => s.spec).join(', ')}`);
  }

  out.push('', `Deviations: ${impact.deviations.length}`);
  for (const d of impact.deviations) {
    out.push(`  ${d.file}:${d.line}:${d.column} ${d.spec}: ${describe(d, units)}`);
    if (d.appliesTo.length > 1) out.push(`    applies to ${d.appliesTo.join(', ')}`);
    out.push(`    justification: ${d.justification ?? '(none)'}`);
  }

  out.push('', `Award criteria: ${impact.awardCriteria.length}`);
  for (const a of impact.awardCriteria) out.push(`  ${a.spec}: ${a.criterion} "${a.title}" (${a.weight} %)`);

  const languages = impact.translations.length;
  out.push(
    '',
    languages === 0
      ? 'Translations: the catalogue uses no other language'
      : `Translations: ${languages} language${languages === 1 ? '' : 's'}`,
  );
  for (const t of impact.translations) {
    const used = t.usedBy.length > 0 ? `; used by ${t.usedBy.join(', ')}` : '';
    out.push(`  ${t.lang.padEnd(6)}${t.state.padEnd(9)}${t.file ?? `(no ${t.name} text)`}${used}`);
  }

  out.push('', `Scenarios: ${impact.scenarios.length}`);
  for (const s of impact.scenarios)
    out.push(`  ${s.id}${s.title === null ? ' (not listed in tenderkit.yaml)' : `: ${s.title}`}`);
  out.push('', `Annexes that name it: ${impact.annexes.length}`);
  for (const a of impact.annexes) {
    out.push(`  ${a.path} "${a.title}", lines ${a.lines.join(', ')}`);
    out.push(`    listed by ${a.spec}; in the packs of ${a.carriedBy.join(', ')}`);
  }

  return `${out.join('\n')}\n`;
}

function effectiveLine(s: Extract<ImpactSpec, { selected: true }>, units: ReadonlyMap<string, string | null>): string {
  const { effective: e, setBy } = s;
  // a field set by the spec that selected the requirement is as the catalogue has it, or as that spec added it
  const root = setBy.selected;
  const by = (spec: string) => (spec === root ? '' : ` (${spec})`);
  const parts = [`${e.obligation}${by(setBy.obligation)}`];
  for (const [name, value] of Object.entries(e.parameters))
    parts.push(`${name} = ${show(value, units.get(name))}${by(setBy.parameters[name] ?? root)}`);
  if (setBy.title !== root) parts.push(`title${by(setBy.title)}`);
  if (setBy.verification !== root) parts.push(`verification ${e.verification.join(', ')}${by(setBy.verification)}`);
  if (setBy.statement !== root) parts.push(`statement${by(setBy.statement)}`);
  if (setBy.selected !== s.chain[0]) parts.push(`added by ${setBy.selected}`);
  return parts.join('; ');
}

function describe(d: ImpactDeviation, units: ReadonlyMap<string, string | null>): string {
  if (d.action !== 'set') return d.action;
  const parts: string[] = [];
  if (d.set.obligation !== undefined) parts.push(`obligation = ${d.set.obligation}`);
  for (const [name, value] of Object.entries(d.set.parameters ?? {}))
    parts.push(`${name} = ${show(value, units.get(name))}`);
  if (d.set.verification !== undefined) parts.push(`verification = ${d.set.verification.join(', ')}`);
  if (d.set.title !== undefined) parts.push(`title = ${JSON.stringify(d.set.title)}`);
  if (d.set.statement !== undefined) parts.push('statement replaced');
  return `set ${parts.join('; ')}`;
}

function show(value: ParameterValue, unit?: string | null): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return unit ? `${text} ${unit}` : text;
}
