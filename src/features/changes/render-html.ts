import { describeChange } from '../../check/parent-change.js';
import type { DiffPart } from '../../lib/text/word-diff.js';
import { BASE_CSS, html, page, type Html } from '../../render/html/html.js';
import { isTextField, valueText } from './field-text.js';
import type { Changes, RequirementDelta } from './model.js';
import { deviationLine, side, summaryLines } from './render-text.js';
import { wordParts } from './word-parts.js';

const CSS = `${BASE_CSS}
.change { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px; margin: 16px 0; }
.text { background: #f6f8fa; border-left: 4px solid var(--line); padding: 6px 12px; margin: 8px 0; white-space: pre-wrap; }
.note { border-left: 4px solid #b08800; padding: 4px 12px; }
`;

/** `changes` as one self-contained HTML page (inline CSS, no scripts); every text is escaped. */
export function renderChangesHtml(c: Changes): string {
  const title = `Changes from ${c.from.label} to ${c.to.commit ? c.to.label : 'the working tree'}`;
  const added = c.requirements.filter((r) => r.change !== 'modified');
  const modified = c.requirements.filter((r) => r.change === 'modified');
  const body = html`
<header>
<h1>${title}</h1>
<p>Compared ${side(c.from)} with ${side(c.to)}.</p>
<ul>${summaryLines(c).map((l) => html`<li>${l}</li>`)}</ul>
${c.notes.map((n) => html`<p class="note"><strong>Note:</strong> ${n}</p>`)}
</header>
<main>
<h2>Requirements</h2>
${c.requirements.length === 0 ? html`<p>No requirement changed.</p>` : html``}
${added.length ? html`<ul>${added.map((r) => html`<li><strong>${r.id}</strong> ${(r.after ?? r.before)!.title} (${r.change})</li>`)}</ul>` : html``}
${modified.length ? html`<p class="muted">In the texts, <del>struck-through</del> words are the old revision\u2019s and <ins>underlined</ins> words the new one\u2019s.</p>` : html``}
${modified.map(requirementSection)}
<h2>Specifications</h2>
${c.specs.length === 0 ? html`<p>No specification changed.</p>` : html``}
${c.specs.map(
  (s) => html`<section class="change" id="spec-${s.id}"><h3>${s.id} (${s.change})</h3><ul>
${s.fields.length ? html`<li>Fields changed: ${s.fields.join(', ')}</li>` : html``}
${s.deviations.map((d) => html`<li>${deviationLine(d).slice(2)}</li>`)}
</ul></section>`,
)}
${
  c.translations.length
    ? html`<h2>Translations that became stale</h2><table><thead><tr><th scope="col">Requirement</th><th scope="col">Language</th><th scope="col">File</th></tr></thead><tbody>${c.translations.map((t) => html`<tr><td>${t.requirement}</td><td>${t.language}</td><td>${t.file}</td></tr>`)}</tbody></table>`
    : html``
}
${
  c.review.length
    ? html`<h2>Deviations to review</h2><table><thead><tr><th scope="col">Spec</th><th scope="col">Requirement</th><th scope="col">Parent</th><th scope="col">What changed</th></tr></thead><tbody>${c.review.map((r) => html`<tr><td>${r.spec}</td><td>${r.requirement}</td><td>${r.parent}</td><td>${describeChange(r.before, r.after).join('; ')}</td></tr>`)}</tbody></table>`
    : html``
}
</main>`;
  return page({ title, lang: 'en', css: CSS, body });
}

function requirementSection(r: RequirementDelta): Html {
  const values = r.fields.filter((f) => !isTextField(f.field));
  const texts = r.fields.filter((f) => isTextField(f.field));
  return html`<section class="change" id="${r.id}"><h3>${r.id} ${r.after!.title}</h3>
${
  values.length
    ? html`<table><thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead><tbody>${values.map((f) => html`<tr><td>${f.field}</td><td>${valueText(f.from)}</td><td>${valueText(f.to)}</td></tr>`)}</tbody></table>`
    : html``
}
${texts.map((f) => html`<p><strong>${f.field}</strong></p><div class="text">${wordParts(f.from, f.to).map(part)}</div>`)}
</section>`;
}

function part(p: DiffPart): Html {
  return p.type === 'delete'
    ? html`<del>${p.text}</del>`
    : p.type === 'insert'
      ? html`<ins>${p.text}</ins>`
      : html`${p.text}`;
}
