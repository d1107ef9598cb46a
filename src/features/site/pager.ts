import { html, type Html } from '../../render/html/html.js';

/** Links to every page of a paged list, the current one marked; nothing when there is one page. */
export function pager(label: string, pages: number, current: number, href: (page: number) => string): Html {
  if (pages <= 1) return html``;
  const items = Array.from({ length: pages }, (_, i) => i + 1).map((page) =>
    page === current
      ? html`<li><span aria-current="page">${page}</span></li>`
      : html`<li><a href="${href(page)}">${page}</a></li>`,
  );
  return html`<nav class="pager" aria-label="${label}"><ol>${items}</ol></nav>`;
}
