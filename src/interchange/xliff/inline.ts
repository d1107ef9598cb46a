/**
 * The inline content of an XLIFF 2.0 segment: text, placeholders (`<ph>`: a `{{parameter}}`, inline code, a line
 * break) and paired codes (`<pc>`: emphasis, strong, links) whose Markdown markup is kept in the unit's
 * `<originalData>`, so a translation tool shows formatting as tags and the Markdown comes back unchanged.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'ph'; id: string; dataRef: string; equiv?: string; disp?: string; type?: string; subType?: string }
  | {
      kind: 'pc';
      id: string;
      dataRefStart: string;
      dataRefEnd: string;
      type?: string;
      subType?: string;
      children: Inline[];
    };

/** The `<originalData>` of a unit: data id -> Markdown markup; equal markup shares one entry. */
export class OriginalData {
  private readonly byText = new Map<string, string>();
  readonly entries = new Map<string, string>();
  private nextCode = 1;

  ref(markup: string): string {
    let id = this.byText.get(markup);
    if (id === undefined) {
      id = `d${this.entries.size + 1}`;
      this.byText.set(markup, id);
      this.entries.set(id, markup);
    }
    return id;
  }

  /** a fresh inline code id, unique in the unit */
  codeId(): string {
    return String(this.nextCode++);
  }
}

/** Plain text of inline content, with placeholders as their markup: what a reader sees, for comparisons. */
export function inlinePlain(content: readonly Inline[], data: ReadonlyMap<string, string>): string {
  return content
    .map((c) =>
      c.kind === 'text'
        ? c.text
        : c.kind === 'ph'
          ? (data.get(c.dataRef) ?? c.equiv ?? '')
          : inlinePlain(c.children, data),
    )
    .join('');
}
