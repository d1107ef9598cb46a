/**
 * assets/site.css: the one stylesheet. System fonts only (nothing is fetched); colours meet WCAG AA contrast; every
 * colour that carries meaning comes with a word or a mark as well.
 */
export const SITE_STYLE = `:root {
  color-scheme: light;
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --paper: #ffffff;
  --link: #0a58ca; --focus: #0a58ca; --head: #102a43; --head-ink: #ffffff; --head-soft: #c9d6e5;
  --stricter: #cfe3ff; --stricter-ink: #0a3069; --looser: #ffe2bf; --looser-ink: #6b3a00;
  --modified: #eadcff; --modified-ink: #3d1f6e; --removed: #ffd5d5; --removed-ink: #82071e;
  --added: #d3f5d9; --added-ink: #0f5323; --absent: #eef0f3;
  --mandatory: #e3ecfa; --mandatory-ink: #0b3d91; --recommended: #fff0c2; --recommended-ink: #5c4300;
  --optional: #eceff3; --optional-ink: #3d4451;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  color: var(--ink); background: var(--paper); }
a { color: var(--link); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
main:focus { outline: none; }
code, kbd { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--soft); padding: 0.05em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
pre code { display: block; padding: 10px 12px; overflow-x: auto; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 0.35em; background: var(--paper); color: var(--ink); }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 2rem; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
p, ul, ol, dl { margin: 0.5rem 0 0.9rem; }
.muted { color: var(--muted); }
.small { font-size: 0.875rem; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 24px; }

.skip-link { position: absolute; left: 12px; top: -60px; z-index: 10; background: var(--paper); color: var(--link); padding: 8px 14px; border-radius: 0 0 6px 6px; font-weight: 600; }
.skip-link:focus { top: 0; }

.site-header { background: var(--head); color: var(--head-ink); }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 28px; min-height: 60px; padding-top: 10px; padding-bottom: 10px; }
.brand { display: flex; align-items: center; gap: 10px; color: var(--head-ink); text-decoration: none; font-weight: 700; font-size: 1.05rem; line-height: 1.2; max-width: 24em; }
.brand-mark { flex: none; width: 22px; height: 22px; border-radius: 5px; background: linear-gradient(135deg, #6ea8fe 0 50%, #ffd166 50% 100%); }
.site-nav ul { display: flex; gap: 4px 18px; margin: 0; padding: 0; list-style: none; flex-wrap: wrap; }
.site-nav a { color: var(--head-soft); text-decoration: none; font-weight: 500; }
.site-nav a:hover { color: var(--head-ink); text-decoration: underline; }
.site-header :focus-visible { outline-color: #ffd166; }
.header-search { margin-left: auto; position: relative; flex: 0 1 340px; }
.header-search input { width: 100%; padding: 8px 36px 8px 12px; border-radius: 6px; border: 1px solid #5a7390; background: #1d3a5a; color: #fff; font: inherit; font-size: 0.95rem; }
.header-search input::placeholder { color: #b8c7d9; }
.header-search .key-hint { position: absolute; right: 8px; top: 50%; transform: translateY(-50%); background: transparent; color: #b8c7d9; border-color: #5a7390; }

.search-panel { background: var(--soft); border-bottom: 1px solid var(--line); padding: 8px 0 12px; }
.search-panel .results { max-height: 60vh; overflow-y: auto; }
.search-status { margin: 6px 0; color: var(--muted); font-size: 0.9rem; }
.search-status:empty { margin: 0; }
.results { list-style: none; margin: 0; padding: 0; }
.result a { display: block; padding: 8px 12px; margin: 2px 0; border-radius: 6px; color: var(--ink); text-decoration: none; border: 1px solid transparent; }
.result a:hover, .result a:focus { background: #eaf1fb; border-color: #b6cdef; }
.result a:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; }
.result-head { display: block; font-weight: 600; color: var(--link); }
.result-meta { display: block; font-size: 0.82rem; color: var(--muted); }
.result-text { display: block; font-size: 0.9rem; color: #33393f; margin-top: 2px; }
mark { background: #fff0a8; color: inherit; padding: 0 1px; border-radius: 2px; }

main { display: block; padding: 8px 0 48px; }
.crumbs ol { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; margin: 14px 0 6px; font-size: 0.9rem; color: var(--muted); }
.crumbs li + li::before { content: "\\203A"; margin: 0 6px 0 2px; color: var(--muted); }
.crumbs a { color: var(--muted); }
.crumbs [aria-current] { color: var(--ink); }
.page-head { margin: 8px 0 20px; }
.eyebrow code { text-transform: none; letter-spacing: 0; }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.9rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.rid { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-weight: 700; white-space: nowrap; }
h1 .rid { color: var(--muted); font-weight: 600; margin-right: 0.2em; }
.lang-switch { display: flex; flex-wrap: wrap; gap: 6px; margin: 12px 0; }
.lang-switch button { font: inherit; padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: none; cursor: pointer; }
.lang-switch button[aria-pressed="true"] { border-color: currentColor; font-weight: 600; }
.lang-state { display: block; font-size: 0.8em; font-weight: normal; }
.lang-heading .lang-state { display: inline; margin-left: 6px; }
.lang-stale { color: #9a6700; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 0; }
.tag { font-size: 0.8rem; padding: 1px 8px; border-radius: 999px; border: 1px solid var(--line); color: var(--muted); }

.badge, .ob, .status { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 0.8rem; font-weight: 600; line-height: 1.5; white-space: nowrap; vertical-align: baseline; }
.k-unchanged { background: var(--paper); color: var(--muted); box-shadow: inset 0 0 0 1px var(--line); }
.k-stricter { background: var(--stricter); color: var(--stricter-ink); }
.k-looser { background: var(--looser); color: var(--looser-ink); }
.k-modified { background: var(--modified); color: var(--modified-ink); }
.k-removed { background: var(--removed); color: var(--removed-ink); }
.k-added { background: var(--added); color: var(--added-ink); }
.k-absent { background: var(--absent); color: var(--muted); }
.ob-mandatory { background: var(--mandatory); color: var(--mandatory-ink); }
.ob-recommended { background: var(--recommended); color: var(--recommended-ink); }
.ob-optional { background: var(--optional); color: var(--optional-ink); }
.status { background: var(--soft); color: var(--muted); box-shadow: inset 0 0 0 1px var(--line); }
.status-draft { background: #fff8e1; color: #6b4e00; }
.status-deprecated { background: #fdecec; color: #82071e; }
.badge-link { text-decoration: none; }
.badge-link:hover .badge { box-shadow: inset 0 0 0 1px currentColor; }
.changed { background: #fff3b0; padding: 0 3px; border-radius: 3px; }

.hero { padding: 24px 0 4px; }
.hero h1 { font-size: 2.1rem; margin-bottom: 0.2em; }
.catalogue-version { margin: 0 0 0.4em; color: #4a5158; }
.lead { font-size: 1.12rem; color: #33393f; max-width: 52em; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; list-style: none; padding: 0; margin: 18px 0 6px; }
.stat { border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }
.stat > a, div.stat { display: block; padding: 12px 16px; color: var(--ink); text-decoration: none; height: 100%; }
.stat > a:hover { background: #eaf1fb; }
.stat-value { display: block; font-size: 1.7rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.stat-label { display: block; color: var(--muted); font-size: 0.9rem; }

.find { background: var(--soft); border: 1px solid var(--line); border-radius: 10px; padding: 4px 20px 14px; margin-top: 24px; }
.find h2 { border: 0; margin-top: 1rem; }
.find-query label, .filter label { display: block; font-weight: 600; margin-bottom: 4px; }
.input-row { position: relative; }
.find-query input { width: 100%; font: inherit; font-size: 1.1rem; padding: 10px 40px 10px 14px; border: 2px solid #8c959f; border-radius: 8px; background: var(--paper); color: var(--ink); }
.find-query input:focus { border-color: var(--focus); }
.input-row .key-hint { position: absolute; right: 12px; top: 50%; transform: translateY(-50%); color: var(--muted); }
input:focus + .key-hint, input:not(:placeholder-shown) + .key-hint { display: none; }
.hint { font-size: 0.85rem; color: var(--muted); margin: 6px 0 10px; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 10px 16px; }
.filter select { width: 100%; font: inherit; font-size: 0.95rem; padding: 7px 8px; border: 1px solid #8c959f; border-radius: 6px; background: var(--paper); color: var(--ink); }
.find .results { margin-top: 4px; }

.table-scroll { overflow-x: auto; margin: 0.6rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-size: 0.85rem; color: #33393f; border-bottom: 2px solid var(--line); white-space: nowrap; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.align-right { text-align: right; }
.align-center { text-align: center; }
.spec-link { font-weight: 700; white-space: nowrap; }
.specs td:nth-child(2) a { white-space: nowrap; }
.spec-title { display: block; font-weight: normal; color: var(--muted); font-size: 0.85rem; }
tr.depth-1 > th:first-child { padding-left: 28px; }
tr.depth-2 > th:first-child { padding-left: 48px; }
tr.depth-3 > th:first-child { padding-left: 68px; }
tr.depth-1 > th:first-child::before, tr.depth-2 > th:first-child::before, tr.depth-3 > th:first-child::before { content: "\\21B3"; color: var(--muted); margin: 0 6px 0 -18px; float: left; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.inline { display: flex; flex-wrap: wrap; gap: 4px 10px; }
.index { display: inline-flex; align-items: center; gap: 8px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.index-value { min-width: 4.2em; text-align: right; }
.index-bar { display: inline-block; width: 72px; height: 8px; border-radius: 4px; background: var(--absent); overflow: hidden; }
.index-fill { display: block; height: 100%; background: #2f7d4f; }

.two-up { display: grid; grid-template-columns: 1fr 1fr; gap: 0 32px; }
.count { font-size: 0.85rem; font-weight: normal; color: var(--muted); margin-left: 6px; }
.req-list { list-style: none; padding: 0; margin: 0 0 1rem; columns: 2; column-gap: 32px; }
.req-list li { break-inside: avoid; display: flex; align-items: baseline; justify-content: space-between; gap: 4px 12px; padding: 6px 4px; border-bottom: 1px solid #eceff2; }
.req-meta { flex: none; display: inline-flex; gap: 6px; align-items: baseline; }
.req-list li:target { background: #fff8d6; }
.req-list a { text-decoration: none; }
.req-list a:hover { text-decoration: underline; }

.legend { display: flex; flex-wrap: wrap; gap: 6px 10px; list-style: none; padding: 0; margin: 0.5rem 0; }
.heat-scroll { overflow: auto; max-height: 78vh; border: 1px solid var(--line); border-radius: 6px; }
table.heat { width: auto; font-size: 0.8rem; border-collapse: separate; border-spacing: 0; }
table.heat th, table.heat td { padding: 0; border-bottom: 1px solid #eceff2; border-right: 1px solid #eceff2; }
table.heat thead th, table.heat thead td { position: sticky; top: 0; z-index: 2; background: var(--soft); vertical-align: bottom; }
table.heat thead tr.index-row > * { top: var(--head, 8em); }
table.heat th.spec-col { height: var(--head, 8em); width: 34px; min-width: 34px; padding: 6px 0; text-align: center; }
table.heat th.spec-col a { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; font-weight: 600; text-decoration: none; white-space: nowrap; }
table.heat th.spec-col a:hover { text-decoration: underline; }
table.heat th.depth-0 a { font-weight: 800; }
table.heat .req-col { position: sticky; left: 0; z-index: 1; background: var(--paper); text-align: left; min-width: 18em; max-width: 26em; padding: 3px 10px; font-weight: normal; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
table.heat thead .req-col { z-index: 3; background: var(--soft); font-weight: 600; }
table.heat .req-col a { text-decoration: none; color: var(--ink); }
table.heat .req-col a:hover .req-title { text-decoration: underline; }
table.heat .req-col .rid { color: var(--link); margin-right: 4px; }
table.heat td { text-align: center; width: 34px; height: 26px; font-size: 0.8rem; }
table.heat td.k-unchanged { box-shadow: none; background: var(--paper); }
table.heat td.idx { font-size: 0.72rem; padding: 4px 0; background: var(--soft); }
table.heat td.idx .index { writing-mode: vertical-rl; transform: rotate(180deg); gap: 0; }
table.heat td.idx .index-bar { display: none; }
table.heat td.idx .index-value { min-width: 0; }
table.heat tr.domain-row th { position: sticky; left: 0; background: #e9edf2; padding: 5px 10px; font-weight: 700; text-align: left; }

.columns { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 32px; align-items: start; }
.statement { font-size: 1.07rem; border-left: 4px solid #6ea8fe; background: #f4f8fe; padding: 2px 20px 6px; border-radius: 0 8px 8px 0; }
.statement h2 { border: 0; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin: 14px 0 4px; }
.statement .note { font-size: 0.85rem; color: var(--muted); }
.section h2 { font-size: 1.1rem; }
.fields { border: 1px solid var(--line); border-radius: 10px; padding: 0 18px 12px; background: #fbfcfd; position: sticky; top: 12px; }
.fields h2 { border: 0; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin: 14px 0 6px; }
.fields h3 { font-size: 0.95rem; margin: 14px 0 4px; }
.fields dd li + li { margin-top: 4px; }
.fields dl { display: grid; grid-template-columns: 7.5em minmax(0, 1fr); gap: 6px 10px; font-size: 0.93rem; margin: 0; }
.fields dt { color: var(--muted); }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.refs li { margin-bottom: 4px; }
.params { font-size: 0.93rem; }
.params li { padding: 6px 0; border-top: 1px solid #eceff2; }
.params code { font-weight: 600; }
.param-default { margin-left: 8px; }
.param-desc, .param-range { display: block; color: var(--muted); font-size: 0.85rem; }
table.uses td, table.uses th { padding: 10px; }
td.inherited { color: #4a5159; font-size: 0.93rem; }
.diff-link { font-size: 0.85rem; margin-left: 4px; white-space: nowrap; }
.diff { border: 1px solid var(--line); border-radius: 8px; margin: 12px 0; padding: 4px 18px 8px; }
.diff figcaption { font-weight: 600; margin: 10px 0 6px; }
.diff p { margin: 6px 0; }
.diff-title { font-weight: 600; }
.diff-label { font-weight: 600; color: var(--muted); font-size: 0.9rem; }
del { background: var(--removed); color: var(--removed-ink); text-decoration: line-through; }
.diff del + ins { margin-left: 3px; }
ins { background: var(--added); color: var(--added-ink); text-decoration: underline; }
blockquote { margin: 0.6rem 0; padding: 2px 16px; border-left: 4px solid var(--line); color: #33393f; }
code.raw { color: var(--muted); }

.chain ol { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; list-style: none; padding: 0; margin: 8px 0; }
.chain li + li::before { content: "\\2192"; color: var(--muted); margin-right: 6px; }
.chain a, .chain [aria-current] { display: inline-block; padding: 2px 10px; border-radius: 999px; border: 1px solid var(--line); text-decoration: none; font-weight: 600; }
.chain [aria-current] { background: var(--head); color: var(--head-ink); border-color: var(--head); }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 18px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.files { padding-left: 1.2em; }
.files li { margin: 3px 0; }
.changes li { margin-bottom: 4px; }
.from { text-decoration: line-through; color: var(--muted); }
.gap { color: var(--removed-ink); }
.summary { margin: 0.4rem 0 0.8rem; }
tr:target, li:target, figure:target { background: #fff8d6; }
tr:target > * { background: #fff8d6; }

.site-footer { border-top: 1px solid var(--line); background: var(--soft); color: var(--muted); font-size: 0.875rem; padding: 10px 0; }

@media (max-width: 960px) {
  .columns { grid-template-columns: minmax(0, 1fr); }
  .fields { position: static; }
  .two-up { grid-template-columns: minmax(0, 1fr); }
  .req-list { columns: 1; }
}
@media (max-width: 720px) {
  body { font-size: 15px; }
  .wrap { padding: 0 14px; }
  h1, .hero h1 { font-size: 1.55rem; }
  .bar { gap: 8px 16px; }
  .header-search { flex: 1 1 100%; margin-left: 0; }
  .key-hint { display: none; }
  .crumbs ol { font-size: 0.85rem; margin-top: 10px; }
  .req-list li { flex-wrap: wrap; }
  .find { padding: 2px 14px 12px; }
  .stats { grid-template-columns: 1fr 1fr; }
  .stat-value { font-size: 1.4rem; }
  .statement { padding: 2px 14px 6px; }
  table.cards, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; width: auto; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 12px; padding: 4px 0; }
  table.cards th { border: 0; padding: 6px 12px 4px; }
  table.cards td { border: 0; padding: 3px 12px; display: flow-root; }
  table.cards td::before { content: attr(data-label); float: left; width: 9.5em; margin: 2px 0.6em 0 0; font-size: 0.8rem; font-weight: 600; color: var(--muted); overflow-wrap: anywhere; line-height: 1.35; }
  table.cards td.stack::before { float: none; display: block; width: auto; margin-bottom: 2px; }
  .stats > .stat:last-child:nth-child(odd) { grid-column: 1 / -1; }
  th, td { padding: 6px 7px; }
  table.cards td.empty, .wide-only { display: none !important; }
  table.cards td.num { text-align: left; }
  table.cards tr.depth-1 > th:first-child, table.cards tr.depth-2 > th:first-child, table.cards tr.depth-3 > th:first-child { padding-left: 30px; }
  table.cards tr.depth-1 > th:first-child::before, table.cards tr.depth-2 > th:first-child::before, table.cards tr.depth-3 > th:first-child::before { margin-left: -18px; }
  .table-scroll:has(> table.cards) { overflow: visible; }
  table.heat .req-col { min-width: 9em; max-width: 11em; }
  table.heat .req-title { display: none; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 10.5pt; color: #000; }
  .badge, .ob, del, ins, .changed, table.heat td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .crumbs { display: none; }
  .skip-link, .site-nav, .header-search, .search-panel, .find-form, .search-status, .results, .site-footer, .key-hint, .diff-link { display: none !important; }
  .site-header { background: none; color: #000; border-bottom: 1px solid #000; }
  .brand { color: #000; }
  .brand-mark { display: none; }
  .find { border: 0; background: none; padding: 0; }
  .find h2, .find noscript { display: none; }
  .wrap { max-width: none; padding: 0; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  .fields { position: static; break-inside: avoid; }
  .heat-scroll, .table-scroll { overflow: visible; max-height: none; border: 0; }
  table.heat thead th, table.heat .req-col { position: static; }
  tr, figure, .stat, .req-list li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: #000; text-decoration: none; }
  main a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; color: #333; overflow-wrap: anywhere; }
  .statement { background: none; }
  tr:target, li:target, figure:target, tr:target > * { background: none; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; } }
`;
