import type { DiffEntry, SpecDiff } from './diff-specs.js';
import { CHANGE_SYMBOL, displayField, displayValue, percent } from '../../document/field-display.js';
import type { ReportLabels } from '../../load/frame/labels.js';
import { fillIn } from '../../lib/text/fill-in.js';
import { isSourceLanguage } from '../../lib/language-tag.js';
import type { ReportLanguage } from './localise-diff.js';
import { ENGLISH_REPORT } from './render-markdown.js';
import { segmentLines } from './segment-lines.js';
import { trackStatement } from './tracked-requirement.js';
import { hasChanges, type TrackedSegment } from './tracked-text.js';
import { BASE_CSS, html, page, type Html } from '../../render/html/html.js';

const CSS = `${BASE_CSS}
.meta th { width: 8em; }
.summary td:first-child { min-width: 9em; }
.change { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; margin: 16px 0; }
.change h3 { margin-top: 10px; }
.fields { margin: 8px 0; }
.text { background: #f6f8fa; border-left: 4px solid var(--line); padding: 6px 12px; margin: 8px 0; }
.text p { margin: 4px 0; }
.justification { margin: 6px 0; }
nav ol { columns: 2; }
`;

/** The deviation report as one self-contained HTML page (inline CSS, no scripts); every text is escaped. */
export function renderDiffHtml(
  diff: SpecDiff,
  language: Pick<ReportLanguage, 'language' | 'labels' | 'locale'> = ENGLISH_REPORT,
): string {
  const { baseline, variant, summary } = diff;
  const words = language.labels.report;
  const badge = badgeIn(words);
  const title = fillIn(words.title, { variant: variant.spec.id, baseline: baseline.spec.id });
  const rows = (['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed'] as const).map(
    (k) => html`<tr><td>${badge(k)}</td><td class="num">${summary[k]}</td></tr>`,
  );
  // the sentences of the frame, with markup around the values they name (the values escaped)
  const harmonisation = sentence(words.harmonisation, {
    share: html`<strong>${percent(summary.harmonisation, 2, language.locale)}</strong>`,
    count: html`${summary.total - summary.added}`,
    baseline: html`${baseline.spec.id}`,
  });
  const legend = sentence(typographic(words.legend), {
    deleted: html`<del>${words.deleted}</del>`,
    inserted: html`<ins>${words.inserted}</ins>`,
  });
  const noChange = sentence(words.noChange, { variant: html`${variant.spec.id}`, baseline: html`${baseline.spec.id}` });
  const changes = diff.entries.filter((e) => e.change);
  const body = html`
<header>
<h1>${title}</h1>
<table class="meta">
<tr><th scope="row">${words.variant}</th><td>${variant.spec.id} \u2013 ${variant.spec.title}</td></tr>
<tr><th scope="row">${words.chain}</th><td>${variant.chain.map((s) => s.id).join(' > ')}</td></tr>
<tr><th scope="row">${words.baseline}</th><td>${baseline.spec.id} \u2013 ${baseline.spec.title}</td></tr>
</table>
</header>
<main>
<h2>${words.summary}</h2>
<table class="summary">
<thead><tr><th scope="col">${words.change}</th><th scope="col" class="num">${words.requirements}</th></tr></thead>
<tbody>${rows}<tr><th scope="row">${words.total}</th><th class="num">${summary.total}</th></tr></tbody>
</table>
<p>${harmonisation}</p>
<h2>${words.changes}</h2>
${
  changes.length === 0
    ? html`<p>${noChange}</p>`
    : html`<p class="muted">${legend}</p>
<nav aria-label="${words.changes}"><ol>${changes.map((e) => html`<li><a href="#${e.id}">${e.id}</a> ${badge(e.change!.change)}</li>`)}</ol></nav>
${changes.map((e) => changeSection(diff, e, language))}`
}
</main>`;
  return page({ title, lang: language.language, css: CSS, body });
}

/** A frame sentence with `{name}` slots filled by markup: the sentence's own words escaped, the markup kept. */
function sentence(template: string, values: Record<string, Html>): Html[] {
  const out: Html[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{([a-zA-Z]+)\}/g)) {
    const value = values[m[1]!];
    if (value === undefined) continue;
    out.push(html`${template.slice(at, m.index)}`, value);
    at = m.index + m[0].length;
  }
  out.push(html`${template.slice(at)}`);
  return out;
}

/** Straight apostrophes as typographic ones, as the page writes them. */
function typographic(text: string): string {
  return text.replace(/'/g, '\u2019');
}

function badgeIn(words: ReportLabels): (kind: string) => Html {
  return (kind) =>
    html`<span class="kind k-${kind}">${CHANGE_SYMBOL[kind] ?? ''} ${Object.hasOwn(words.kinds, kind) ? words.kinds[kind as keyof ReportLabels['kinds']] : kind}</span>`;
}

function changeSection(
  diff: SpecDiff,
  entry: DiffEntry,
  language: Pick<ReportLanguage, 'language' | 'labels' | 'locale'>,
): Html {
  const words = language.labels.report;
  const badge = badgeIn(words);
  const valueWords = isSourceLanguage(language.language)
    ? undefined
    : { labels: language.labels, locale: language.locale };
  const change = entry.change!;
  const title = (entry.variant ?? entry.baseline)!.title;
  const fields = change.fields.map((f) => {
    const statement = f.field === 'statement';
    const from = statement ? words.seeText : displayValue(f.field, f.from, entry.source, valueWords);
    const to = statement ? words.seeText : displayValue(f.field, f.to, entry.source, valueWords);
    const by = f.origin.spec === change.declaredIn ? '' : ` (${f.origin.spec})`;
    return html`<tr><td>${displayField(f.field, words)}</td><td>${from}</td><td>${to}</td><td>${badge(f.effect)}${by}</td></tr>`;
  });
  const statement = trackStatement(diff, entry);
  const text = hasChanges(statement)
    ? html`<div class="text" aria-label="${words.text}">${segmentLines(statement).map((l) => html`<p>${line(l)}</p>`)}</div>`
    : html``;
  const declared = sentence(capitalised(words.declaredIn), { spec: html`<strong>${change.declaredIn}</strong>` });
  return html`
<section class="change" id="${entry.id}">
<h3>${entry.id} ${title} ${badge(change.change)}</h3>
<p>${declared}</p>
<p class="justification"><strong>${words.justification}${language.labels.colon}</strong> ${change.justification ?? words.noneGiven}</p>
${
  fields.length
    ? html`<table class="fields"><thead><tr><th scope="col">${words.field}</th><th scope="col">${words.baseline}</th><th scope="col">${words.variant}</th><th scope="col">${words.effect}</th></tr></thead><tbody>${fields}</tbody></table>`
    : html``
}
${text}
</section>`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function line(segments: readonly TrackedSegment[]): Html[] {
  return segments.map((s) =>
    s.type === 'delete'
      ? html`<del>${s.text}</del>`
      : s.type === 'insert'
        ? html`<ins>${s.text}</ins>`
        : html`${s.text}`,
  );
}
