import type { Diagnostic } from '../../lib/diagnostics.js';
import type { Requirement } from '../requirement/requirement.js';
import type { SourceFile } from '../source-file.js';
import type { Translation } from '../translation/translation.js';
import type { Shard } from './shard.js';

/** A requirement file that was read, parsed and checked on its own without a single finding. */
export interface CleanRequirement {
  id: string;
  domain: string;
}

/** A translation file that was read, parsed and checked against its requirement's file without a single finding. */
export interface CleanTranslation {
  id: string;
  lang: string;
}

/**
 * What is known of requirement and translation files that loaded cleanly, by the SHA-256 of their bytes (and, for a
 * translation, of its requirement's bytes): what a comparison of specs needs to know of a requirement that none of
 * its specs names (that it exists, and in which domain) without reading it again, and of a translation whose
 * requirement did not change (that it still checks cleanly against it). Kept under the configuration it was
 * found with (domains, units, size limit).
 */
export class CleanIndex {
  constructor(private readonly shard: Shard) {}

  requirement(sha256: string): CleanRequirement | undefined {
    const v = this.shard.lookup(`r:${sha256}`) as Partial<CleanRequirement> | undefined;
    return typeof v?.id === 'string' && typeof v.domain === 'string' ? { id: v.id, domain: v.domain } : undefined;
  }

  translation(sha256: string, sourceSha256: string): CleanTranslation | undefined {
    const v = this.shard.lookup(`t:${sha256}:${sourceSha256}`) as Partial<CleanTranslation> | undefined;
    return typeof v?.id === 'string' && typeof v.lang === 'string' ? { id: v.id, lang: v.lang } : undefined;
  }

  rememberRequirement(sha256: string, facts: CleanRequirement): void {
    this.shard.remember(`r:${sha256}`, { id: facts.id, domain: facts.domain });
  }

  rememberTranslation(sha256: string, sourceSha256: string, facts: CleanTranslation): void {
    this.shard.remember(`t:${sha256}:${sourceSha256}`, { id: facts.id, lang: facts.lang });
  }

  /**
   * Records the clean files of a full load: every file that became a requirement of the catalogue or a translation
   * and that no finding of loading names (findings of the lint rules are about wording, not about whether a file
   * reads and checks cleanly, and are not passed here).
   */
  rememberLoad(
    files: readonly SourceFile[],
    requirements: Iterable<Requirement>,
    translations: Iterable<Translation>,
    findings: readonly Diagnostic[],
  ): void {
    const named = new Set(findings.map((d) => d.file));
    const hashes = new Map(files.map((f) => [f.path, f.sha256]));
    const requirementHashes = new Map<string, string>();
    for (const r of requirements) {
      const hash = hashes.get(r.file);
      if (hash === undefined) continue;
      requirementHashes.set(r.id, hash);
      if (!named.has(r.file)) this.rememberRequirement(hash, r);
    }
    for (const t of translations) {
      const hash = hashes.get(t.file);
      const source = requirementHashes.get(t.id);
      if (hash !== undefined && source !== undefined && !named.has(t.file)) this.rememberTranslation(hash, source, t);
    }
  }
}
