import { type XmlElement, childElements, textContent } from '../../lib/xml/safe-xml.js';
import { type DocumentIdentity, IDENTITY_PROPERTIES } from '../../render/docx/document-identity.js';

/** The tenderkit properties of docProps/custom.xml; undefined when the document carries none. */
export function readIdentity(custom: XmlElement | undefined): Partial<DocumentIdentity> | undefined {
  if (!custom) return undefined;
  const values = new Map<string, string>();
  for (const p of childElements(custom, 'property')) {
    const name = p.attributes['name'];
    if (name !== undefined) values.set(name, textContent(p).trim());
  }
  const out: Partial<DocumentIdentity> = {};
  for (const [key, name] of Object.entries(IDENTITY_PROPERTIES) as Array<[keyof DocumentIdentity, string]>) {
    const value = values.get(name);
    if (value !== undefined) (out as Record<string, string>)[key] = value;
  }
  return out.spec === undefined ? undefined : out;
}
