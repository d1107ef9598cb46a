import { buildCoverage } from '../coverage/build-coverage.js';
import { deviationSteps, setFields, type DeviationStep } from '../../resolve/deviation-steps.js';
import type { FieldValue } from '../../document/field-display.js';
import { displayField, displayValue, percent } from '../../document/field-display.js';
import { EN } from '../../load/frame/labels.js';
import { languageName } from '../../lib/language-tag.js';
import { html, type Html } from '../../render/html/html.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { anchorOnce, changeBadge, joinHtml } from './fragments.js';
import { layout } from './layout.js';
import { domainGroups } from './pages.js';
import { linksFrom, type Links } from './links.js';
import type { SiteModel } from './site-model.js';

/** specs/<id>.html: the chain, the facts, the pack, the deviations and differences, the coverage, the requirements by domain. */
export function specPage(model: SiteModel, resolved: ResolvedSpec): string {
  const links = linksFrom(1);
  const { spec } = resolved;
  const anchor = anchorOnce();
  const root = resolved.chain[0]!;
  const diff = model.matrix.diffs.get(spec.id)!;
  const isRoot = resolved.chain.length === 1;
  const children = model.specs.filter((s) => s.spec.extends === spec.id);
  const counts = (['mandatory', 'recommended', 'optional'] as const).map(
    (o) => [o, resolved.requirements.filter((r) => r.obligation === o).length] as const,
  );

  const main = html`
<article class="spec">
<header class="page-head">
<p class="eyebrow">${isRoot ? 'Baseline specification' : resolved.chain.length === 2 ? 'Profile' : 'Variant'} \u00b7 <code>${spec.id}</code></p>
<h1>${spec.title}</h1>
<nav class="chain" aria-label="Chain of ${spec.id}"><ol>${resolved.chain.map((s) =>
    s.id === spec.id
      ? html`<li><span aria-current="page">${s.id}</span></li>`
      : html`<li><a href="${links.spec(s.id)}">${s.id}</a></li>`,
  )}</ol>${
    children.length
      ? html`<p class="muted">Extended by ${joinHtml(
          children.map((c) => html`<a href="${links.spec(c.spec.id)}">${c.spec.id}</a>`),
          ', ',
        )}.</p>`
      : html``
  }</nav>
</header>
<div class="stats">
<div class="stat"><span class="stat-value">${resolved.requirements.length}</span><span class="stat-label">requirements: ${counts.map(([o, n]) => `${n} ${o}`).join(', ')}</span></div>
<div class="stat"><span class="stat-value">${percent(diff.summary.harmonisation, 1)}</span><span class="stat-label">${isRoot ? 'the baseline itself' : `of ${root.id}\u2019s requirements kept unchanged`}</span></div>
<div class="stat"><span class="stat-value">${diff.changes.length}</span><span class="stat-label">${isRoot ? 'changes' : `differences from ${root.id}`}</span></div>
</div>
${facts(resolved)}
${packSection(model, spec.id, links)}
${isRoot ? html`` : deviationsSection(model, resolved, anchor, links)}
${isRoot ? html`` : differencesSection(model, resolved, anchor, links)}
${coverageSection(model, resolved, links)}
${awardSection(resolved, links)}
${requirementsSection(model, resolved, links)}
</article>`;
  return layout(model, {
    title: `${spec.id} \u2013 ${spec.title}`,
    links,
    trail: [
      ['Specs', links.home('specs')],
      [spec.id, undefined],
    ],
    main,
    searchInHeader: true,
  });
}

function facts(resolved: ResolvedSpec): Html {
  const { spec } = resolved;
  const rows: Html[] = [];
  if (spec.authority)
    rows.push(
      html`<dt>Authority</dt><dd>${spec.authority.name}${spec.authority.country ? ` (${spec.authority.country})` : ''}</dd>`,
    );
  if (spec.procurement?.title) rows.push(html`<dt>Procurement</dt><dd>${spec.procurement.title}</dd>`);
  if (spec.procurement?.reference) rows.push(html`<dt>Reference</dt><dd>${spec.procurement.reference}</dd>`);
  if (spec.procurement?.cpv.length) rows.push(html`<dt>CPV codes</dt><dd>${spec.procurement.cpv.join(', ')}</dd>`);
  rows.push(html`<dt>Language</dt><dd>${languageName(spec.language, 'en')} (${spec.language})</dd>`);
  if (spec.date) rows.push(html`<dt>Date</dt><dd>${spec.date}</dd>`);
  rows.push(html`<dt>Source</dt><dd><code>${spec.file}</code></dd>`);
  return html`<section aria-labelledby="facts-h"><h2 id="facts-h" class="sr-only">Facts</h2><dl class="facts">${rows}</dl></section>`;
}

const FILE_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/^tender-specification\.docx$/, 'Tender specification (Word)'],
  [/^tender-specification\.md$/, 'Tender specification (Markdown)'],
  [/^compliance-matrix\.xlsx$/, 'Compliance matrix, bidder\u2019s form (Excel)'],
  [/^compliance-matrix\.csv$/, 'Compliance matrix (CSV)'],
  [/^deviations\.docx$/, 'Deviation report, redline (Word)'],
  [/^deviations\.md$/, 'Deviation report (Markdown)'],
  [/^deviations\.json$/, 'Deviation report (JSON)'],
  [/^manifest\.json$/, 'Manifest: SHA-256 of every input and output'],
];

function packSection(model: SiteModel, id: string, links: Links): Html {
  const pack = model.settings.packs.get(id);
  const body = pack
    ? html`<ul class="files">${pack.files.map((f) => {
        const kind = FILE_KINDS.find(([re]) => re.test(f))?.[1];
        return html`<li><a href="${links.root}${pack.folder}${f.split('/').map(encodeURIComponent).join('/')}">${f}</a>${kind ? html` <span class="muted">${kind}</span>` : html``}</li>`;
      })}</ul>`
    : html`<p class="muted">No pack has been built for this spec next to the site. <code>tenderkit build ${id}</code> writes it to <code>out/${id}/</code>; the next site build links it here.</p>`;
  return html`<section aria-labelledby="pack-h" id="pack"><h2 id="pack-h">Tender pack</h2>${body}</section>`;
}

function deviationsSection(
  model: SiteModel,
  resolved: ResolvedSpec,
  anchor: (key: string) => Html,
  links: Links,
): Html {
  const { spec } = resolved;
  const parent = spec.extends === undefined ? undefined : model.matrix.specs.find((s) => s.spec.id === spec.extends);
  const steps = deviationSteps(spec, parent, model.catalogue);
  if (steps.length === 0)
    return html`<section aria-labelledby="dev-h" id="deviations"><h2 id="dev-h">Deviations</h2><p>${spec.id} declares no deviation of its own: it takes ${spec.extends ?? 'its parent'} as it is.</p></section>`;
  const rows = steps.map((step) => {
    const d = step.deviation;
    const source = model.catalogue.requirements.get(d.requirement);
    return html`<tr${anchor(d.requirement)}>
<th scope="row" data-label="Requirement"><a href="${links.requirement(d.requirement, `in-${spec.id}`)}">${d.requirement}</a>${source ? html`<span class="spec-title">${source.title}</span>` : html``}</th>
<td data-label="Deviation" class="stack">${deviationSummary(step, spec.id, links)}</td>
<td data-label="Justification" class="stack">${d.justification ?? 'none given'}</td>
</tr>`;
  });
  return html`<section aria-labelledby="dev-h" id="deviations">
<h2 id="dev-h">Deviations declared in ${spec.id}</h2>
<p class="muted">What ${spec.id} changes against ${spec.extends ?? 'its parent'}, in the order of its file.</p>
<div class="table-scroll" role="region" aria-label="Deviations" tabindex="0"><table class="deviations cards">
<thead><tr><th scope="col">Requirement</th><th scope="col">Deviation</th><th scope="col">Justification</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}

function deviationSummary(step: DeviationStep, specId: string, links: Links): Html {
  const d = step.deviation;
  if (d.kind === 'add') return changeBadge('added');
  if (d.kind === 'remove') return changeBadge('removed');
  const source = step.before?.source;
  const items = setFields(step).map((f) => {
    const effect = f.effect ? changeBadge(f.effect) : html`<span class="muted">no change</span>`;
    if (f.field === 'statement')
      return html`<li>Text replaced ${effect} <a href="${links.requirement(d.requirement, `in-${specId}`)}">see the diff</a></li>`;
    const show = (v: unknown) => (source ? displayValue(f.field, v as FieldValue, source) : String(v));
    const from =
      f.field === 'obligation' ? (EN.obligation[f.before as 'mandatory'] ?? String(f.before)) : show(f.before);
    const to = f.field === 'obligation' ? (EN.obligation[f.after as 'mandatory'] ?? String(f.after)) : show(f.after);
    return html`<li>${displayField(f.field)}: <span class="from">${from}</span> <span aria-label="becomes">\u2192</span> <strong>${to}</strong> ${effect}</li>`;
  });
  return html`<ul class="plain changes">${items}</ul>`;
}

function differencesSection(
  model: SiteModel,
  resolved: ResolvedSpec,
  anchor: (key: string) => Html,
  links: Links,
): Html {
  const diff = model.matrix.diffs.get(resolved.spec.id)!;
  const root = resolved.chain[0]!.id;
  const s = diff.summary;
  const summary = (['stricter', 'looser', 'modified', 'added', 'removed', 'unchanged'] as const)
    .filter((k) => s[k] > 0)
    .map((k) => html`<li>${changeBadge(k)} ${s[k]}</li>`);
  const rows = diff.changes.map((c) => {
    const source = diff.entries.find((e) => e.id === c.requirement)?.source;
    return html`<tr${anchor(c.requirement)}>
<th scope="row" data-label="Requirement"><a href="${links.requirement(c.requirement, `in-${resolved.spec.id}`)}">${c.requirement}</a>${source ? html`<span class="spec-title">${source.title}</span>` : html``}</th>
<td data-label="Change">${changeBadge(c.change)}</td>
<td data-label="Declared in">${c.declaredIn === resolved.spec.id ? html`${c.declaredIn}` : html`<a href="${links.spec(c.declaredIn, c.requirement)}">${c.declaredIn}</a>`}</td>
<td data-label="Justification" class="stack">${c.justification ?? 'none given'}</td>
</tr>`;
  });
  return html`<section aria-labelledby="diff-h" id="differences">
<h2 id="diff-h">Differences from ${root}</h2>
<ul class="plain inline summary" aria-label="Summary">${summary}</ul>
${
  rows.length
    ? html`<div class="table-scroll" role="region" aria-label="Differences from ${root}" tabindex="0"><table class="differences cards">
<thead><tr><th scope="col">Requirement</th><th scope="col">Change</th><th scope="col">Declared in</th><th scope="col">Justification</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`
    : html`<p>${resolved.spec.id} keeps every requirement of ${root} as it is.</p>`
}
</section>`;
}

function coverageSection(model: SiteModel, resolved: ResolvedSpec, links: Links): Html {
  const { scenarios, domains } = model.catalogue.config;
  if (scenarios.length === 0) return html``;
  const coverage = buildCoverage(resolved, domains, scenarios);
  const rows = coverage.scenarios.map((c) => {
    const count = (o: 'mandatory' | 'recommended' | 'optional') =>
      c.domains.reduce((n, d) => n + d.byObligation[o].length, 0);
    const gaps = c.domains.filter((d) => d.gap);
    return html`<tr>
<th scope="row" data-label="Scenario"><a href="${links.root}index.html?scenario=${encodeURIComponent(c.scenario.id)}&amp;spec=${encodeURIComponent(resolved.spec.id)}#find">${c.scenario.title}</a></th>
<td class="num" data-label="Mandatory">${count('mandatory')}</td>
<td class="num" data-label="Recommended">${count('recommended')}</td>
<td class="num" data-label="Optional">${count('optional')}</td>
<td data-label="No mandatory requirement in">${c.gap ? html`<strong class="gap">every domain</strong>` : gaps.length ? html`${gaps.map((g) => g.domain.title).join(', ')}` : html`<span class="muted">\u2013</span>`}</td>
</tr>`;
  });
  return html`<section aria-labelledby="cov-h" id="coverage">
<h2 id="cov-h">Coverage of the scenarios</h2>
<p class="muted">Requirements of ${resolved.spec.id} that support each readiness scenario, by their obligation in this spec. Only a mandatory requirement guarantees support.</p>
<div class="table-scroll" role="region" aria-label="Coverage of the scenarios" tabindex="0"><table class="coverage cards">
<thead><tr><th scope="col">Scenario</th><th scope="col" class="num">Mandatory</th><th scope="col" class="num">Recommended</th><th scope="col" class="num">Optional</th><th scope="col">No mandatory requirement in</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}

function awardSection(resolved: ResolvedSpec, links: Links): Html {
  const award = resolved.spec.award;
  if (award.length === 0) return html``;
  return html`<section aria-labelledby="award-h" id="award">
<h2 id="award-h">Award criteria</h2>
<div class="table-scroll" role="region" aria-label="Award criteria" tabindex="0"><table class="award">
<thead><tr><th scope="col">Criterion</th><th scope="col" class="num">Weight</th><th scope="col">Requirements assessed</th></tr></thead>
<tbody>${award.map(
    (a) =>
      html`<tr><th scope="row">${a.title}</th><td class="num">${a.weight}\u00a0%</td><td>${
        a.requirements.length
          ? joinHtml(
              a.requirements.map((id) => html`<a href="${links.requirement(id)}">${id}</a>`),
              ', ',
            )
          : html`\u2013`
      }</td></tr>`,
  )}</tbody>
</table></div>
</section>`;
}

/**
 * The spec's requirements by domain, as counts with links: the differences above list every requirement the spec
 * changes, and the search (filtered by this spec) and the catalogue pages list the others, so a large spec's page
 * stays small.
 */
function requirementsSection(model: SiteModel, resolved: ResolvedSpec, links: Links): Html {
  const id = resolved.spec.id;
  const rows = domainGroups(model)
    .map((g) => ({ group: g, members: resolved.requirements.filter((r) => r.source.domain === g.id) }))
    .filter((g) => g.members.length > 0)
    .map(({ group, members }) => {
      const by = (o: string) => members.filter((r) => r.obligation === o).length;
      return html`<tr><th scope="row"><a href="${links.root}index.html?spec=${encodeURIComponent(id)}&amp;domain=${encodeURIComponent(group.id)}#find">${group.title}</a></th><td class="num">${members.length}</td><td class="num">${by('mandatory')}</td><td class="num">${by('recommended')}</td><td class="num">${by('optional')}</td></tr>`;
    });
  return html`<section aria-labelledby="reqs-h" id="requirements">
<h2 id="reqs-h">Requirements of ${id}</h2>
<p class="muted">By domain and by their obligation in ${id}; each domain opens the search filtered to this spec.</p>
<div class="table-scroll" role="region" aria-label="Requirements of ${id}" tabindex="0"><table class="domains">
<thead><tr><th scope="col">Domain</th><th scope="col" class="num">All</th><th scope="col" class="num"><abbr title="Mandatory">Mand.</abbr></th><th scope="col" class="num"><abbr title="Recommended">Rec.</abbr></th><th scope="col" class="num"><abbr title="Optional">Opt.</abbr></th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}
