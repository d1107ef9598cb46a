import { sha256 } from '../../lib/hash/sha256.js';

/**
 * ReqIF IDENTIFIERs are xsd:ID values (NCNames) that other tools use to recognise an object in a later
 * exchange, so they are derived from tenderkit's own ids: the same requirement has the same identifier in
 * every export, of the catalogue or of any spec.
 */
export function reqifId(kind: string, name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_');
  // a changed character would make two names meet; a short digest of the original keeps them apart
  const suffix = safe === name ? '' : `-${sha256(name).slice(0, 8)}`;
  return `tk-${kind}-${safe}${suffix}`;
}

export const IDS = {
  header: (scope: string) => reqifId('header', scope),
  specification: (scope: string) => reqifId('spec', scope),
  requirement: (id: string) => reqifId('req', id),
  requirementNode: (id: string) => reqifId('node', id),
  chapter: (domain: string) => reqifId('chapter', domain),
  chapterNode: (domain: string) => reqifId('node-chapter', domain),
  enumValue: (datatype: string, value: string) => reqifId(`ev-${datatype}`, value),
} as const;
