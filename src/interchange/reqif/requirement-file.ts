import { Document, isSeq, isScalar, visit } from 'yaml';

const REQUIRED = ['id', 'title', 'domain', 'obligation', 'verification', 'status'];

/** The text of a requirement file (DESIGN 1.1): YAML front matter in the usual key order, then the body. */
export function requirementFileText(frontMatter: Record<string, unknown>, body: string): string {
  const doc = new Document(frontMatter);
  // short lists of words read best on one line, as people write them: `verification: [test, demonstration]`
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.length > 0 && node.items.every((i) => isScalar(i) && String(i.value).length <= 40))
        node.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n${body.replace(/^\n+/, '')}`;
}

/** The fields every requirement needs, and the tags that keep the original id: what is left when other fields would not validate. */
export function minimalFrontMatter(frontMatter: Record<string, unknown>): {
  frontMatter: Record<string, unknown>;
  dropped: string[];
} {
  const kept = Object.fromEntries(Object.entries(frontMatter).filter(([k]) => REQUIRED.includes(k) || k === 'tags'));
  return { frontMatter: kept, dropped: Object.keys(frontMatter).filter((k) => !(k in kept)) };
}
