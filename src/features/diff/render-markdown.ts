import type { DiffEntry, SpecDiff } from './diff-specs.js';
import { displayField, displayValue, percent } from '../../document/field-display.js';
import { segmentLines } from './segment-lines.js';
import { trackStatement } from './tracked-requirement.js';
import { hasChanges, type TrackedSegment } from './tracked-text.js';
import { EN } from '../../load/frame/labels.js';
import { fillIn } from '../../lib/text/fill-in.js';
import { isSourceLanguage } from '../../lib/language-tag.js';
import type { ReportLanguage } from './localise-diff.js';

/** English, as a report without a language of its own speaks. */
export const ENGLISH_REPORT: Pick<ReportLanguage, 'language' | 'labels' | 'locale'> = {
  language: 'en',
  labels: EN,
  locale: 'en',
};

/**
 * The deviation report an auditor reads (GFM): what the variant is, a summary table, then every change with its
 * fields, its word-level text diff (<del>deleted</del>, <ins>inserted</ins>) and the justification of the spec
 * that declared it. Frame words in the report's language (give it a diff localised to that language).
 */
export function renderDiffMarkdown(
  diff: SpecDiff,
  language: Pick<ReportLanguage, 'language' | 'labels' | 'locale'> = ENGLISH_REPORT,
): string {
  const { baseline, variant, summary } = diff;
  const words = language.labels.report;
  const out: string[] = [];
  out.push(`# ${fillIn(words.title, { variant: inline(variant.spec.id), baseline: inline(baseline.spec.id) })}`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| ${words.variant} | ${inline(`${variant.spec.id} \u2013 ${variant.spec.title}`)} |`);
  out.push(`| ${words.chain} | ${inline(variant.chain.map((s) => s.id).join(' > '))} |`);
  out.push(`| ${words.baseline} | ${inline(`${baseline.spec.id} \u2013 ${baseline.spec.title}`)} |`, '');

  out.push(`## ${words.summary}`, '');
  out.push(`| ${words.change} | ${words.requirements} |`, '| --- | ---: |');
  for (const kind of ['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed'] as const) {
    out.push(`| ${words.kinds[kind]} | ${summary[kind]} |`);
  }
  out.push(`| **${words.total}** | **${summary.total}** |`, '');
  out.push(
    fillIn(words.harmonisation, {
      share: `**${percent(summary.harmonisation, 2, language.locale)}**`,
      count: summary.total - summary.added,
      baseline: inline(baseline.spec.id),
    }),
    '',
  );

  out.push(`## ${words.changes}`, '');
  if (diff.changes.length === 0) {
    out.push(fillIn(words.noChange, { variant: inline(variant.spec.id), baseline: inline(baseline.spec.id) }), '');
    return out.join('\n');
  }
  out.push(
    fillIn(words.legend, { deleted: `<del>${words.deleted}</del>`, inserted: `<ins>${words.inserted}</ins>` }),
    '',
  );
  for (const entry of diff.entries) {
    if (entry.change) out.push(...changeSection(diff, entry, language));
  }
  return out.join('\n');
}

function changeSection(
  diff: SpecDiff,
  entry: DiffEntry,
  language: Pick<ReportLanguage, 'language' | 'labels' | 'locale'>,
): string[] {
  const words = language.labels.report;
  const english = isSourceLanguage(language.language);
  const change = entry.change!;
  const title = (entry.variant ?? entry.baseline)!.title;
  const out: string[] = [`### ${inline(entry.id)} ${inline(title)}`, ''];
  out.push(
    `**${words.kinds[change.change]}**, ${fillIn(words.declaredIn, { spec: `**${inline(change.declaredIn)}**` })}`,
    '',
  );
  const colon = language.labels.colon;
  out.push(
    `${words.justification}${colon} ${change.justification ? inline(change.justification) : `_${words.noneGiven}_`}`,
    '',
  );
  if (change.fields.length > 0) {
    out.push(
      `| ${words.field} | ${words.baseline} | ${words.variant} | ${words.effect} |`,
      '| --- | --- | --- | --- |',
    );
    const valueWords = english ? undefined : { labels: language.labels, locale: language.locale };
    for (const f of change.fields) {
      const [from, to] =
        f.field === 'statement'
          ? [words.seeText, words.seeText]
          : [
              displayValue(f.field, f.from, entry.source, valueWords),
              displayValue(f.field, f.to, entry.source, valueWords),
            ];
      const by = f.origin.spec === change.declaredIn ? '' : ` (${f.origin.spec})`;
      const effect = english ? f.effect : words.kinds[f.effect].toLocaleLowerCase(language.locale);
      out.push(
        `| ${inline(displayField(f.field, words))} | ${inline(from)} | ${inline(to)} | ${effect}${inline(by)} |`,
      );
    }
    out.push('');
  }
  const statement = trackStatement(diff, entry);
  if (hasChanges(statement)) {
    out.push(`${words.text}${colon}`, '');
    segmentLines(statement).forEach((line, i) => {
      if (i > 0) out.push('>');
      out.push(`> ${lineText(line)}`);
    });
    out.push('');
  }
  return out;
}

function lineText(line: readonly TrackedSegment[]): string {
  return line
    .map((s) => {
      const text = escapeMarkdown(s.text);
      return s.type === 'delete' ? `<del>${text}</del>` : s.type === 'insert' ? `<ins>${text}</ins>` : text;
    })
    .join('')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+-])/, '\\$1');
}

/** Text that Markdown shows as written: no emphasis, links, HTML or table breaks come out of it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([\\`*[\]|~{}!])/g, '\\$1')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

function inline(text: string): string {
  return escapeMarkdown(text.replace(/[^\S\u00a0]+/g, ' ').trim());
}
