import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { planPack } from '../../features/build/build-packs.js';
import { FORMATS } from '../../features/build/formats.js';
import { type XmlElement, parseXmlSafely, xmlProblem } from '../../lib/xml/safe-xml.js';
import { readZipSafely } from '../../lib/zip/zip-read.js';
import type { DocumentIdentity } from '../../render/docx/document-identity.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';

const FILE: Record<DocumentIdentity['kind'], { format: string; name: string }> = {
  'tender-specification': { format: 'docx', name: 'tender-specification.docx' },
  'deviations-redline': { format: 'deviations', name: 'deviations.docx' },
};

/**
 * word/document.xml of the document `build` would write for the spec now, in memory: what the edited document is
 * compared with, read by the same walker, so that both sides come out in the same terms.
 */
export async function currentDocument(
  workspace: Workspace<Resolution>,
  resolved: ResolvedSpec,
  kind: DocumentIdentity['kind'],
): Promise<XmlElement> {
  const { format, name } = FILE[kind];
  const formats = FORMATS.filter((f) => f.id === format);
  const { files } = await planPack(workspace, resolved.spec.id, formats, undefined);
  const docx = files.find((f) => f.name === name);
  if (!docx) throw new Error(`build wrote no ${name} for ${resolved.spec.id}`);
  const zip = readZipSafely(docx.bytes, (n) => n === 'word/document.xml');
  const xml = zip.ok ? zip.entries.get('word/document.xml') : undefined;
  if (!xml) throw new Error(`the ${name} built for ${resolved.spec.id} has no word/document.xml`);
  const parsed = parseXmlSafely(new TextDecoder().decode(xml));
  if (!parsed.ok) throw new Error(`the ${name} built for ${resolved.spec.id} does not parse: ${xmlProblem(parsed)}`);
  return parsed.root;
}
