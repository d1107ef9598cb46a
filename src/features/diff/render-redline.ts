import {
  Bookmark,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { DiffEntry, SpecDiff } from './diff-specs.js';
import { percent } from '../../document/field-display.js';
import { trackRequirement } from './tracked-requirement.js';
import type { TrackedSegment } from './tracked-text.js';
import { EN, type Labels } from '../../load/frame/labels.js';
import type { Origin } from '../../resolve/resolved.js';
import type { Domain } from '../../load/config.js';
import { fillIn } from '../../lib/text/fill-in.js';
import { normaliseDocx, w3cdtf } from '../../render/docx/normalise-zip.js';
import { type DocumentIdentity, identityProperties } from '../../render/docx/document-identity.js';
import { wordBookmarkName } from '../../render/docx/outline.js';
import { PAGE } from '../../render/docx/page-setup.js';
import { documentStyles, STYLE } from '../../render/docx/styles.js';
import { wordLanguage } from '../../render/docx/word-language.js';

export interface RedlineOptions {
  /** the fixed date of the build: every revision and the document properties carry it */
  date: Date;
  /** the workspace's domains, for the chapters */
  domains: readonly Domain[];
  /** the frame words (English by default) */
  labels?: Labels;
  /**
   * For a redline of one spec between two revisions of the workspace: the names of the two sides in the title and
   * the introduction, and the author of every change (by default the spec that declared it)
   */
  revisions?: { baseline: string; variant: string; author: string };
  /** where the redline comes from, as custom properties that `import docx` checks */
  identity?: DocumentIdentity;
  /** the document language (the variant's by default) */
  language?: string;
  /** how the summary writes numbers */
  locale?: string;
}

type Mark = { type: TrackedSegment['type']; origin?: Origin };

/**
 * The variant's requirement texts with every difference from the baseline as a Word tracked change (w:ins/w:del),
 * authored by the spec that declared it: changed words, values and obligation wording, removed requirements as
 * deleted paragraphs, added ones as inserted paragraphs. Rejecting all changes gives the baseline's texts;
 * accepting all gives the variant's. Same diff and date, same bytes. Uses the tender document's styles, page and
 * zip normalisation (src/render/docx/) so both files look and behave alike.
 */
export async function renderRedline(diff: SpecDiff, options: RedlineOptions): Promise<Uint8Array> {
  const labels = options.labels ?? EN;
  const words = labels.report.redline;
  const locale = options.locale ?? 'en';
  const writer = new RevisionWriter(w3cdtf(options.date), options.revisions?.author);
  const { baseline, variant, summary } = diff;
  const children: Paragraph[] = [];
  const names = {
    variant: variant.spec.id,
    baseline: baseline.spec.id,
    chain: variant.chain.map((s) => s.id).join(' > '),
  };
  // a redline of one spec between two revisions names the revisions; the deviations redline speaks the spec's language
  const { revisions } = options;
  const title = revisions ? `Redline: ${revisions.variant} against ${revisions.baseline}` : fillIn(words.title, names);
  const intro = revisions
    ? `This document shows the requirement texts of ${variant.spec.id} at ${revisions.variant} with every difference from ${revisions.baseline} as a tracked change. ` +
      `Reject all changes to read ${variant.spec.id} at ${revisions.baseline}; accept all changes to read it at ${revisions.variant}. The changelog lists every change.`
    : fillIn(words.intro, names);

  children.push(
    new Paragraph({
      style: STYLE.coverHeading,
      children: [new TextRun(title)],
    }),
  );
  children.push(new Paragraph({ style: STYLE.subtitle, children: [new TextRun(variant.spec.title)] }));
  children.push(
    new Paragraph({
      children: [new TextRun(intro)],
    }),
  );
  children.push(
    new Paragraph({
      style: STYLE.label,
      children: [
        new TextRun(
          fillIn(words.counts, {
            total: summary.total,
            unchanged: summary.unchanged,
            stricter: summary.stricter,
            looser: summary.looser,
            modified: summary.modified,
            added: summary.added,
            removed: summary.removed,
            share: percent(summary.harmonisation, 2, locale),
          }),
        ),
      ],
    }),
  );

  const known = new Set(options.domains.map((d) => d.id));
  const domains = [
    ...options.domains,
    ...[...new Set(diff.entries.map((e) => e.source.domain))]
      .filter((d) => !known.has(d))
      .map((id) => ({ id, prefix: '', title: id })),
  ];
  for (const domain of domains) {
    const entries = diff.entries.filter((e) => e.source.domain === domain.id);
    if (entries.length === 0) continue;
    const inBaseline = entries.some((e) => e.baseline);
    const inVariant = entries.some((e) => e.variant);
    const first = entries.find((e) => e.change)?.change;
    const origin: Origin = { spec: first?.declaredIn ?? variant.spec.id };
    const mark: Mark = inBaseline && inVariant ? { type: 'equal' } : { type: inVariant ? 'insert' : 'delete', origin };
    children.push(
      writer.paragraph(
        [{ type: mark.type, text: domain.title, ...(mark.origin ? { origin: mark.origin } : {}) }],
        mark,
        { heading: HeadingLevel.HEADING_1 },
      ),
    );
    for (const entry of entries) children.push(...requirementParagraphs(diff, entry, labels, writer));
  }

  const word = new Document({
    title,
    subject: variant.spec.title,
    creator: variant.spec.authority?.name ?? variant.spec.id,
    lastModifiedBy: variant.spec.id,
    description: revisions
      ? `Tracked changes of ${variant.spec.id} from ${revisions.baseline} to ${revisions.variant}`
      : fillIn(words.description, names),
    revision: 1,
    customProperties: identityProperties(options.identity),
    features: { trackRevisions: true },
    styles: documentStyles(wordLanguage(options.language ?? variant.spec.language)),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(word);
  return normaliseDocx(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), options.date);
}

function requirementParagraphs(diff: SpecDiff, entry: DiffEntry, labels: Labels, writer: RevisionWriter): Paragraph[] {
  const t = trackRequirement(diff, entry, labels);
  const change = entry.change;
  const origin: Origin | undefined = change ? { spec: change.declaredIn } : undefined;
  // Words that are not the requirement's own (field labels) belong to the whole requirement: inserted with an added one.
  const whole: Mark =
    t.status === 'added'
      ? { type: 'insert', origin: origin! }
      : t.status === 'removed'
        ? { type: 'delete', origin: origin! }
        : { type: 'equal' };
  const frame = (text: string): TrackedSegment => ({
    type: whole.type,
    text,
    ...(whole.origin ? { origin: whole.origin } : {}),
  });

  const out: Paragraph[] = [];
  // the requirement's bookmark, as in the tender document: `import docx` ties an edit to the requirement by it
  out.push(
    ...writer.paragraphs(t.heading, whole, { heading: HeadingLevel.HEADING_2, bookmark: wordBookmarkName(entry.id) }),
  );
  out.push(
    ...writer.paragraphs(
      [
        frame(`${labels.field.obligation}${labels.colon} `),
        ...t.obligation,
        frame(`    ${labels.field.verification}${labels.colon} `),
        ...t.verification,
      ],
      whole,
      { style: STYLE.label },
    ),
  );
  out.push(...writer.paragraphs(t.statement, whole, {}));
  for (const s of t.sections) {
    out.push(writer.paragraph([frame(s.label)], whole, { style: STYLE.label }));
    out.push(...writer.paragraphs(s.segments, whole, {}));
  }
  return out;
}

interface ParagraphLook {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  style?: string;
  /** a bookmark around the text of the first paragraph */
  bookmark?: string | undefined;
}

/** Builds paragraphs of tracked runs; numbers every revision in document order, as Word requires unique ids. */
class RevisionWriter {
  private next = 1;

  constructor(
    private readonly date: string,
    private readonly author?: string,
  ) {}

  private revision(origin: Origin | undefined) {
    return { id: this.next++, author: this.author ?? origin?.spec ?? 'tenderkit', date: this.date };
  }

  /** Segments cut at each "\n" into paragraphs; a changed break becomes an inserted or deleted paragraph mark. */
  paragraphs(segments: readonly TrackedSegment[], last: Mark, given: ParagraphLook): Paragraph[] {
    const out: Paragraph[] = [];
    let look = given;
    let runs: TrackedSegment[] = [];
    for (const s of segments) {
      s.text.split('\n').forEach((piece, i) => {
        if (i > 0) {
          out.push(this.paragraph(runs, { type: s.type, ...(s.origin ? { origin: s.origin } : {}) }, look));
          look = { ...look, bookmark: undefined };
          runs = [];
        }
        if (piece) runs.push({ ...s, text: piece });
      });
    }
    out.push(this.paragraph(runs, last, look));
    return out;
  }

  paragraph(segments: readonly TrackedSegment[], mark: Mark, look: ParagraphLook): Paragraph {
    const runs: ParagraphChild[] = segments.map((s) => {
      if (s.type === 'insert') return new InsertedTextRun({ text: s.text, ...this.revision(s.origin) });
      if (s.type === 'delete') return new DeletedTextRun({ text: s.text, ...this.revision(s.origin) });
      return new TextRun(s.text);
    });
    const children = look.bookmark ? [new Bookmark({ id: look.bookmark, children: runs })] : runs;
    const run =
      mark.type === 'insert'
        ? { run: { insertion: this.revision(mark.origin) } }
        : mark.type === 'delete'
          ? { run: { deletion: this.revision(mark.origin) } }
          : {};
    return new Paragraph({
      ...(look.heading ? { heading: look.heading } : {}),
      ...(look.style ? { style: look.style } : {}),
      ...run,
      children,
    });
  }
}
