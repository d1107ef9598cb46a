import type { DiffEntry, SpecDiff } from './diff-specs.js';
import { CHANGE_LABEL, CHANGE_SYMBOL, displayField, displayValue, percent } from './field-display.js';
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
export function renderDiffHtml(diff: SpecDiff): string {
  const { baseline, variant, summary } = diff;
  const title = `Deviations of ${variant.spec.id} from ${baseline.spec.id}`;
  const rows = (['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed'] as const).map(
    (k) => html`<tr><td>${badge(k)}</td><td class="num">${summary[k]}</td></tr>`,
  );
  const changes = diff.entries.filter((e) => e.change);
  const body = html`
<header>
<h1>${title}</h1>
<table class="meta">
<tr><th scope="row">Variant</th><td>${variant.spec.id} \u2013 ${variant.spec.title}</td></tr>
<tr><th scope="row">Chain</th><td>${variant.chain.map((s) => s.id).join(' > ')}</td></tr>
<tr><th scope="row">Baseline</th><td>${baseline.spec.id} \u2013 ${baseline.spec.title}</td></tr>
</table>
</header>
<main>
<h2>Summary</h2>
<table class="summary">
<thead><tr><th scope="col">Change</th><th scope="col" class="num">Requirements</th></tr></thead>
<tbody>${rows}<tr><th scope="row">Total</th><th class="num">${summary.total}</th></tr></tbody>
</table>
<p>Harmonisation: <strong>${percent(summary.harmonisation)}</strong> of the ${summary.total - summary.added} requirements of ${baseline.spec.id} are kept unchanged.</p>
<h2>Changes</h2>
${
  changes.length === 0
    ? html`<p>${variant.spec.id} does not depart from ${baseline.spec.id}.</p>`
    : html`<p class="muted">In the texts, <del>struck-through</del> words are the baseline\u2019s and <ins>underlined</ins> words the variant\u2019s.</p>
<nav aria-label="Changes"><ol>${changes.map((e) => html`<li><a href="#${e.id}">${e.id}</a> ${badge(e.change!.change)}</li>`)}</ol></nav>
${changes.map((e) => changeSection(diff, e))}`
}
</main>`;
  return page({ title, lang: 'en', css: CSS, body });
}

function badge(kind: string): Html {
  return html`<span class="kind k-${kind}">${CHANGE_SYMBOL[kind] ?? ''} ${CHANGE_LABEL[kind] ?? kind}</span>`;
}

function changeSection(diff: SpecDiff, entry: DiffEntry): Html {
  const change = entry.change!;
  const title = (entry.variant ?? entry.baseline)!.title;
  const fields = change.fields.map((f) => {
    const statement = f.field === 'statement';
    const from = statement ? 'see the text below' : displayValue(f.field, f.from, entry.source);
    const to = statement ? 'see the text below' : displayValue(f.field, f.to, entry.source);
    const by = f.origin.spec === change.declaredIn ? '' : ` (${f.origin.spec})`;
    return html`<tr><td>${displayField(f.field)}</td><td>${from}</td><td>${to}</td><td>${badge(f.effect)}${by}</td></tr>`;
  });
  const statement = trackStatement(diff, entry);
  const text = hasChanges(statement)
    ? html`<div class="text" aria-label="Text">${segmentLines(statement).map((l) => html`<p>${line(l)}</p>`)}</div>`
    : html``;
  return html`
<section class="change" id="${entry.id}">
<h3>${entry.id} ${title} ${badge(change.change)}</h3>
<p>Declared in <strong>${change.declaredIn}</strong></p>
<p class="justification"><strong>Justification:</strong> ${change.justification ?? 'none given'}</p>
${
  fields.length
    ? html`<table class="fields"><thead><tr><th scope="col">Field</th><th scope="col">Baseline</th><th scope="col">Variant</th><th scope="col">Effect</th></tr></thead><tbody>${fields}</tbody></table>`
    : html``
}
${text}
</section>`;
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
