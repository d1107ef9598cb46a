import type { Requirement } from '../../load/requirement/requirement.js';
import { segmentLines } from '../diff/segment-lines.js';
import { trackRequirement } from '../diff/tracked-requirement.js';
import { hasChanges, type TrackedSegment } from '../diff/tracked-text.js';
import { EN } from '../../load/frame/labels.js';
import { html, type Html } from '../../render/html/html.js';
import { baselineText } from './baseline-text.js';
import { changeBadge, displayParameter, joinHtml, obligationBadge } from './fragments.js';
import { layout } from './layout.js';
import { linksFrom, type Links } from './links.js';
import { markdownToHtml } from './markdown-html.js';
import type { SiteModel, SpecUse } from './site-model.js';
import { translatedTexts, type TranslatedTexts } from './translated-texts.js';

const SECTION_ORDER = ['acceptance-criteria', 'rationale', 'guidance', 'notes'];

/** requirements/<ID>.html: the baseline text and fields, then how every spec treats the requirement. */
export function requirementPage(model: SiteModel, r: Requirement): string {
  const links = linksFrom(1);
  const domain = model.catalogue.config.domains.find((d) => d.id === r.domain);
  const anchorHref = (fragment: string) =>
    model.catalogue.requirements.has(fragment) ? links.requirement(fragment) : undefined;
  const text = (nodes: Requirement['statement']['nodes']) => markdownToHtml(nodes, { headingOffset: 3, anchorHref });
  const baseline = baselineText(r);
  const sections = baseline.sections.filter((s) => s.nodes.length > 0).sort((a, b) => rank(a.key) - rank(b.key));
  const uses = (model.uses.get(r.id) ?? []).filter((u) => u.cell !== 'absent');
  const absent = (model.uses.get(r.id) ?? []).filter((u) => u.cell === 'absent');
  const diffs = diffGroups(uses);
  const translations = translatedTexts(r, model.settings.translations);

  const main = html`
<article class="requirement">
<header class="page-head">
<h1><span class="rid">${r.id}</span> ${r.title}</h1>
<p class="tags">${obligationBadge(r.obligation)} <span class="status status-${r.status}">${capitalise(r.status)}</span>${r.tags.map((t) => html` <span class="tag">${t}</span>`)}</p>
</header>
<div class="columns">
<div class="text-column">
${languageSwitch(translations)}
<div class="lang-text" data-lang="en" lang="en">
<section class="statement" aria-labelledby="statement-h">
<h2 id="statement-h">Requirement</h2>
${text(baseline.statement)}
${r.parameters.size > 0 ? html`<p class="note">Parameters are shown with their baseline defaults.</p>` : html``}
</section>
${sections.map((s) => html`<section class="section" aria-labelledby="s-${s.key}"><h2 id="s-${s.key}">${EN.sections[s.key] ?? s.heading}</h2>${text(s.nodes)}</section>`)}
</div>
${translations.map((t) => translatedBlock(t, text))}
</div>
<aside class="fields" aria-labelledby="fields-h">
<h2 id="fields-h">Fields</h2>
${fields(model, r, links)}
</aside>
</div>
<section aria-labelledby="specs-h" id="specs">
<h2 id="specs-h">In the specs</h2>
${specTable(model, r, uses, diffs, links)}
${
  absent.length
    ? html`<p class="muted">Not selected by ${joinHtml(
        absent.map((u) => html`<a href="${links.spec(u.spec.spec.id)}">${u.spec.spec.id}</a>`),
        ', ',
      )}.</p>`
    : html``
}
</section>
${diffSection(diffs, links)}
</article>`;
  return layout(model, {
    title: `${r.id} ${r.title}`,
    links,
    trail: [
      [domain?.title ?? r.domain, links.home(`domain-${r.domain}`)],
      [r.id, undefined],
    ],
    main,
    searchInHeader: true,
  });
}

function fields(model: SiteModel, r: Requirement, links: Links): Html {
  const scenarios = model.catalogue.config.scenarios;
  const rows: Html[] = [
    html`<dt>Domain</dt><dd><a href="${links.home(`domain-${r.domain}`)}">${model.catalogue.config.domains.find((d) => d.id === r.domain)?.title ?? r.domain}</a></dd>`,
    html`<dt>Obligation</dt><dd>${EN.obligation[r.obligation]}</dd>`,
    html`<dt>Verification</dt><dd>${r.verification.map((v) => EN.verification[v]).join(', ')}</dd>`,
    html`<dt>Status</dt><dd>${capitalise(r.status)}</dd>`,
  ];
  if (r.scenarios.length) {
    rows.push(
      html`<dt>Scenarios</dt><dd><ul class="plain">${r.scenarios.map((id) => html`<li><a href="${links.root}index.html?scenario=${encodeURIComponent(id)}#find">${scenarios.find((s) => s.id === id)?.title ?? id}</a></li>`)}</ul></dd>`,
    );
  }
  if (r.tags.length) rows.push(html`<dt>Tags</dt><dd>${r.tags.join(', ')}</dd>`);
  if (r.references.length) {
    rows.push(
      html`<dt>References</dt><dd><ul class="plain refs">${r.references.map(
        (ref) =>
          html`<li>${ref.url ? html`<a href="${ref.url}">${ref.id}</a>` : html`<span class="ref-id">${ref.id}</span>`}${ref.title ? html`, ${ref.title}` : html``}${
            ref.equivalent
              ? html` <span class="muted">(or equivalent)</span>`
              : html` <span class="muted">(no equivalent accepted${ref.justification ? html`: ${ref.justification}` : html``})</span>`
          }</li>`,
      )}</ul></dd>`,
    );
  }
  if (r.legalBasis.length)
    rows.push(
      html`<dt>Legal basis</dt><dd><ul class="plain">${r.legalBasis.map((l) => html`<li>${l}</li>`)}</ul></dd>`,
    );
  if (r.justification) rows.push(html`<dt>Justification</dt><dd>${r.justification}</dd>`);
  rows.push(html`<dt>Source</dt><dd><code>${r.file}</code></dd>`);
  const parameters = [...r.parameters];
  return html`<dl>${rows}</dl>
${
  parameters.length
    ? html`<h3>Parameters</h3>
<ul class="plain params">${parameters.map(
        ([name, p]) =>
          html`<li><code>${name}</code><span class="param-default">${displayParameter(p.default, p)}</span><span class="param-range">${describe(p)}</span>${p.description ? html`<span class="param-desc">${p.description}</span>` : html``}</li>`,
      )}</ul>`
    : html``
}`;
}

/**
 * The languages the text can be read in, with the state of each translation. Without scripts every text shows,
 * one after the other; the site's script shows one at a time and these buttons switch between them.
 */
function languageSwitch(translations: readonly TranslatedTexts[]): Html {
  if (translations.length === 0) return html``;
  return html`<div class="lang-switch" role="group" aria-label="Language of the text">
<button type="button" data-lang="en" aria-pressed="true">English (source)</button>${translations.map(
    (t) =>
      html` <button type="button" data-lang="${t.lang}" aria-pressed="false">${t.name} (${t.lang})<span class="lang-state lang-${t.state}">${t.state === 'current' ? 'current' : 'stale: made from an older English text'}</span></button>`,
  )}
</div>`;
}

function translatedBlock(t: TranslatedTexts, text: (nodes: Requirement['statement']['nodes']) => Html): Html {
  return html`<div class="lang-text" data-lang="${t.lang}" lang="${t.lang}">
<p class="lang-heading"><strong>${t.name}</strong> <span class="lang-state lang-${t.state}">${t.state === 'current' ? 'current translation' : 'stale translation: made from an older English text'}</span></p>
<section class="statement"><h2>${t.title}</h2>${text(t.statement)}</section>
${t.sections
  .filter((s) => s.nodes.length > 0)
  .map((s) => html`<section class="section"><h2>${s.heading}</h2>${text(s.nodes)}</section>`)}
</div>`;
}

type Parameter = Requirement['parameters'] extends Map<string, infer P> ? P : never;

/** "1 to 60; lower is stricter": what a parameter allows besides its default */
function describe(p: Parameter): string {
  const parts: string[] = [];
  if (p.values?.length) parts.push(`one of ${p.values.join(', ')}`);
  else if (p.min !== undefined || p.max !== undefined)
    parts.push(
      p.min !== undefined && p.max !== undefined
        ? `${p.min} to ${p.max}`
        : p.min !== undefined
          ? `at least ${p.min}`
          : `at most ${p.max}`,
    );
  if (p.stricter !== 'none') parts.push(`${p.stricter} is stricter`);
  return parts.join('; ');
}

function specTable(_model: SiteModel, r: Requirement, uses: SpecUse[], diffs: DiffGroup[], links: Links): Html {
  if (uses.length === 0) return html`<p>No spec selects this requirement.</p>`;
  const names = [...r.parameters.keys()];
  const diffOf = new Map(diffs.flatMap((g) => g.specs.map((s) => [s, g.anchor] as const)));
  const rows = uses.map((u) => {
    const id = u.spec.spec.id;
    const e = u.effective;
    const change = u.entry?.change;
    const changed = new Set(change?.fields.map((f) => f.field) ?? []);
    const parameters = names.map((name) => {
      const v = e?.parameters.get(name);
      const shown = v === undefined ? '\u2013' : displayParameter(v, r.parameters.get(name));
      return html`<td data-label="${name}">${changed.has(`parameters.${name}`) ? html`<strong class="changed">${shown}</strong>` : html`${shown}`}</td>`;
    });
    const declared =
      change && change.declaredIn !== id
        ? html` <span class="muted">(declared in <a href="${links.spec(change.declaredIn, r.id)}">${change.declaredIn}</a>)</span>`
        : html``;
    const badge = change
      ? html`<a class="badge-link" href="${links.spec(change.declaredIn, r.id)}">${changeBadge(u.cell)}</a>`
      : changeBadge(u.cell);
    const diff = diffOf.get(id);
    const obligation = e
      ? changed.has('obligation')
        ? html`<strong class="changed">${EN.obligation[e.obligation]}</strong>`
        : html`${EN.obligation[e.obligation]}`
      : html`\u2013`;
    return html`<tr id="in-${id}" class="depth-${Math.min(u.spec.chain.length - 1, 3)}">
<th scope="row" data-label="Spec"><a class="spec-link" href="${links.spec(id)}" title="${u.spec.spec.title}">${id}</a></th>
<td data-label="Obligation">${obligation}</td>
${parameters}
<td data-label="Change">${badge}${diff ? html` <a class="diff-link" href="#${diff}">text diff</a>` : html``}</td>
${change ? html`<td data-label="Justification" class="stack${change.declaredIn === id ? '' : ' inherited'}">${change.justification ?? 'none given'}${declared}</td>` : html`<td data-label="Justification" class="empty"><span class="muted">\u2013</span></td>`}
</tr>`;
  });
  return html`<div class="table-scroll" role="region" aria-label="Specs that select ${r.id}" tabindex="0"><table class="uses cards">
<thead><tr><th scope="col">Spec</th><th scope="col">Obligation</th>${names.map((n) => html`<th scope="col"><code>${n}</code></th>`)}<th scope="col">Change</th><th scope="col">Justification</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

interface DiffGroup {
  anchor: string;
  /** the specs whose text differs from their baseline in exactly this way */
  specs: string[];
  baseline: string;
  title: TrackedSegment[][];
  statement: TrackedSegment[][];
  sections: Array<{ label: string; lines: TrackedSegment[][] }>;
}

/** One word diff per distinct change: the variants of a cluster usually inherit the same one. */
function diffGroups(uses: SpecUse[]): DiffGroup[] {
  const groups = new Map<string, DiffGroup>();
  for (const u of uses) {
    const entry = u.entry;
    if (!entry?.change || !entry.baseline || !entry.variant) continue;
    const tracked = trackRequirement(u.diff, entry);
    const title = hasChanges(tracked.heading) ? segmentLines(tracked.heading) : [];
    const statement = hasChanges(tracked.statement) ? segmentLines(tracked.statement) : [];
    const sections = tracked.sections
      .filter((s) => hasChanges(s.segments))
      .map((s) => ({ label: s.label, lines: segmentLines(s.segments) }));
    if (title.length === 0 && statement.length === 0 && sections.length === 0) continue;
    const baseline = u.spec.chain[0]!.id;
    const key = JSON.stringify([
      baseline,
      [...title, ...statement].map((l) => l.map((s) => [s.type, s.text])),
      sections.map((s) => [s.label, s.lines.map((l) => l.map((x) => [x.type, x.text]))]),
    ]);
    const known = groups.get(key);
    if (known) known.specs.push(u.spec.spec.id);
    else
      groups.set(key, {
        anchor: `diff-${u.spec.spec.id}`,
        specs: [u.spec.spec.id],
        baseline,
        title,
        statement,
        sections,
      });
  }
  return [...groups.values()];
}

function diffSection(groups: DiffGroup[], links: Links): Html {
  if (groups.length === 0) return html``;
  return html`<section aria-labelledby="diffs-h">
<h2 id="diffs-h">Text against the baseline</h2>
<p class="muted">Words in <del>struck-through red</del> are the baseline\u2019s; words in <ins>underlined green</ins> are the variant\u2019s.</p>
${groups.map(
  (g) => html`<figure class="diff" id="${g.anchor}">
<figcaption>In ${joinHtml(
    g.specs.map((s) => html`<a href="${links.spec(s)}">${s}</a>`),
    ', ',
  )} <span class="muted">against ${g.baseline}</span></figcaption>
${g.title.map((l) => html`<p class="diff-title">${segments(l)}</p>`)}
${g.statement.map((l) => html`<p>${segments(l)}</p>`)}
${g.sections.map((s) => html`<p class="diff-label">${s.label}</p>${s.lines.map((l) => html`<p>${segments(l)}</p>`)}`)}
</figure>`,
)}
</section>`;
}

function segments(line: readonly TrackedSegment[]): Html[] {
  return line.map((s) =>
    s.type === 'delete'
      ? html`<del>${s.text}</del>`
      : s.type === 'insert'
        ? html`<ins>${s.text}</ins>`
        : html`${s.text}`,
  );
}

function rank(key: string): number {
  const i = SECTION_ORDER.indexOf(key);
  return i < 0 ? SECTION_ORDER.length : i;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
