/** Text for HTML element content and attribute values: nothing in it becomes markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: Array<Html | string | number | Html[]>): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += Array.isArray(v) ? v.map((x) => x.value).join('') : v instanceof Html ? v.value : escapeHtml(String(v));
    out += strings[i + 1]!;
  });
  return new Html(out);
}

/** One self-contained page: inline CSS, no scripts, no external resources; readable from a file. */
export function page(options: { title: string; lang: string; css: string; body: Html }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
${options.css.trim()}
</style>
</head>
<body>
${options.body.value.trim()}
</body>
</html>
`;
}

/** Styles shared by the reports: the colours of the change kinds, with text that never relies on colour alone. */
export const BASE_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de;
  --stricter: #cfe3ff; --stricter-ink: #0a3069; --looser: #ffe2bf; --looser-ink: #6b3a00;
  --modified: #eadcff; --modified-ink: #3d1f6e; --removed: #ffd5d5; --removed-ink: #82071e;
  --added: #d3f5d9; --added-ink: #0f5323; --unchanged: #ffffff; --absent: #f2f3f5; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink);
  margin: 0 auto; padding: 24px 32px 48px; max-width: 1200px; }
h1 { font-size: 1.6rem; margin: 0 0 12px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 24px 0 6px; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
del { background: var(--removed); color: var(--removed-ink); text-decoration: line-through; }
ins { background: var(--added); color: var(--added-ink); text-decoration: underline; }
.kind { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 0.85em; font-weight: 600; white-space: nowrap; }
.k-unchanged { background: var(--unchanged); color: var(--muted); }
.k-stricter { background: var(--stricter); color: var(--stricter-ink); }
.k-looser { background: var(--looser); color: var(--looser-ink); }
.k-modified { background: var(--modified); color: var(--modified-ink); }
.k-removed { background: var(--removed); color: var(--removed-ink); }
.k-added { background: var(--added); color: var(--added-ink); }
.k-absent { background: var(--absent); color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { max-width: none; padding: 0; } }
`;
