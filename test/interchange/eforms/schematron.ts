import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../support/outside-tools.js';
import { SDK } from './sdk.js';

export const XSLT3 = path.join(REPO_ROOT, 'node_modules', '.bin', 'xslt3');
export const HAVE_XSLT3 = existsSync(XSLT3);

/** A failed assert of the compiled Schematron. */
export interface Failure {
  id: string;
  role: string;
  field: string;
  pattern: string;
  location: string;
}

/**
 * The Schematron phase of a subtype (`eforms-16`) compiled to SaxonJS's form (SEF). Compiling the 2.5 MB stylesheet
 * takes SaxonJS minutes, so the compiled form is kept in the system's temporary folder, named by the hash of the
 * stylesheet and the SaxonJS version: one compile per phase and machine, shared by every test file that needs it.
 * Given the notices (their texts) it will check, it keeps only the rules that can fire on one of them (`mayMatch`),
 * which compiles in seconds rather than minutes.
 */
export function compiledSchematron(phase: string, notices?: readonly string[]): string {
  const { xslt } = schematronAsXslt(phase, notices);
  const saxon = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/saxon-js/package.json'), 'utf8')) as {
    version: string;
  };
  const key = createHash('sha256').update(saxon.version).update(xslt).digest('hex').slice(0, 16);
  const sef = path.join(os.tmpdir(), `tenderkit-eforms-schematron-${key}.sef.json`);
  if (existsSync(sef)) return sef;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-schematron-'));
  try {
    const source = path.join(tmp, 'schematron.xsl');
    writeFileSync(source, xslt);
    const partial = `${sef}.${process.pid}`;
    execFileSync(XSLT3, [`-xsl:${source}`, `-export:${partial}`, '-nogo'], { stdio: 'pipe' });
    renameSync(partial, sef);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return sef;
}

/** The asserts a notice fails, as a compiled Schematron reports them. */
export function schematronFailures(sef: string, notice: string): Failure[] {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-schematron-run-'));
  try {
    const out = path.join(tmp, 'failures.xml');
    execFileSync(XSLT3, [`-s:${notice}`, `-xsl:${sef}`, `-o:${out}`], { stdio: 'pipe' });
    const text = readFileSync(out, 'utf8');
    return [...text.matchAll(/<failed ([^>]*)\/>/g)].map((m) => {
      const a = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]));
      return { id: a['id']!, role: a['role']!, field: a['field']!, pattern: a['pattern']!, location: a['location']! };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The SDK's static Schematron of one notice subtype as an XSLT 3 stylesheet, so that SaxonJS can run it.
 *
 * The SDK ships ISO Schematron only; the usual way to run it, compiling it with the ISO skeleton
 * (iso_svrl_for_xslt2.xsl) or SchXslt, needs a stylesheet that is neither in the SDK nor on npm. The SDK's rules use
 * a small part of Schematron (phases, patterns of rules with a context, `let` and `assert` with an id, a role and a
 * test, no abstract rules, no `report`, no `value-of`), so this compiles them the way the skeleton does: one mode a
 * pattern, one template a rule, the first rule of a pattern whose context matches a node being the one that fires
 * (template priorities falling in rule order), lets as variables, and a `failed` element for each assert whose test
 * is false.
 */
export function schematronAsXslt(
  phase: string,
  notices?: readonly string[],
): { xslt: string; patterns: string[]; asserts: number; rules: number } {
  const names = notices ? wordsOf(notices) : undefined;
  const dir = path.join(SDK, 'schematrons', 'static');
  const main = readFileSync(path.join(dir, 'complete-validation.sch'), 'utf8');
  const namespaces = [...main.matchAll(/<ns prefix="([^"]+)" uri=["']([^"']+)["']\s*\/>/g)].map((m) => [m[1]!, m[2]!]);
  const globalLets = [...main.matchAll(/<let name="([^"]+)" value="([^"]*)"\s*\/>/g)].map((m) => [m[1]!, m[2]!]);
  const phaseBody = new RegExp(`<phase id="${phase}">([\\s\\S]*?)</phase>`).exec(main)?.[1];
  if (!phaseBody) throw new Error(`no phase ${phase} in complete-validation.sch`);
  const patterns = [...phaseBody.matchAll(/<active pattern="([^"]+)"/g)].map((m) => m[1]!);

  const variables: string[] = globalLets.map(([n, v]) => `<xsl:variable name="${n}" select="${v}"/>`);
  const templates: string[] = [];
  let asserts = 0;
  let kept = 0;
  patterns.forEach((id, p) => {
    const file = path.join(dir, `${id.replace(/^EFORMS-/, '')}.sch`);
    const text = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const firstRule = text.indexOf('<rule');
    for (const m of text.slice(0, firstRule).matchAll(/<let name="([^"]+)" value="([^"]*)"\s*\/>/g))
      variables.push(`<xsl:variable name="${m[1]}" select="${m[2]}"/>`);
    const mode = `p${p}`;
    templates.push(
      `<xsl:template match="@*|node()" mode="${mode}" priority="-1000"><xsl:apply-templates select="@*|*" mode="${mode}"/></xsl:template>`,
    );
    const rules = [...text.matchAll(/<rule context="([^"]*)"\s*>([\s\S]*?)<\/rule>/g)];
    if (rules.length !== (text.match(/<rule\b/g) ?? []).length) throw new Error(`a rule of ${file} has another form`);
    const expected = (text.match(/<assert\b/g) ?? []).length;
    const before = asserts;
    rules.forEach((rule, r) => {
      const body: string[] = [];
      const fires = !names || mayMatch(rule[1]!, names);
      for (const item of rule[2]!.matchAll(
        /<let name="([^"]+)" value="([^"]*)"\s*\/>|<assert((?:\s+[\w:-]+="[^"]*")*)\s*>/g,
      )) {
        if (item[1]) {
          body.push(`<xsl:variable name="${item[1]}" select="${item[2]}"/>`);
          continue;
        }
        const attributes = Object.fromEntries(
          [...item[3]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]),
        );
        if (!attributes['test']) throw new Error(`an assert without a test in ${file}`);
        asserts++;
        if (fires)
          body.push(
            `<xsl:if test="not(${attributes['test']})"><failed id="${attributes['id']}" role="${attributes['role'] ?? ''}" field="${attributes['diagnostics'] ?? ''}" pattern="${id}" location="{path()}"/></xsl:if>`,
          );
      }
      if (!fires) return;
      kept++;
      templates.push(
        `<xsl:template match="${rule[1]}" mode="${mode}" priority="${rules.length - r}">${body.join('')}<xsl:apply-templates select="@*|*" mode="${mode}"/></xsl:template>`,
      );
    });
    if (asserts - before !== expected) throw new Error(`${file} has ${expected} asserts, ${asserts - before} compiled`);
  });

  const xmlns = namespaces.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  const xslt = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"${xmlns} exclude-result-prefixes="#all">
<xsl:output method="xml" indent="yes"/>
${variables.join('\n')}
<xsl:template match="/"><failures>${patterns.map((_, p) => `<xsl:apply-templates select="." mode="p${p}"/>`).join('')}</failures></xsl:template>
${templates.join('\n')}
</xsl:stylesheet>
`;
  return { xslt, patterns, asserts, rules: kept };
}

/** The local names of the elements and attributes of the notices (a superset: any `<name` or ` name=`). */
function wordsOf(notices: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const notice of notices)
    for (const m of notice.matchAll(/(?:<|\s)(?:[\w.-]+:)?([A-Za-z_][\w.-]*)(?=[\s>/=])/g)) names.add(m[1]!);
  return names;
}

/**
 * Whether a rule's context can match a node of the notices whose element and attribute names are `names`. A rule
 * fires only on a node its context matches, and a path matches only if each node it names exists: a context whose
 * every branch (of a union) names an element or attribute that none of the notices has cannot fire on them, so
 * leaving its rule out changes no result (the rules that remain keep their priorities). Compiling only the rules
 * that can fire takes SaxonJS a fraction of the time. A step that is a wildcard, a function or anything else
 * unparsed asks for no name.
 */
export function mayMatch(context: string, names: ReadonlySet<string>): boolean {
  return topLevel(context, '|').some((branch) =>
    topLevel(branch, '/').every((step) => {
      const test = step.replace(/\[[\s\S]*$/, '').trim();
      const name = /^(?:[a-z-]+::|@)?(?:[\w.-]+:)?([A-Za-z_][\w.-]*)$/.exec(test);
      return !name || names.has(name[1]!);
    }),
  );
}

/** `text` split at each `separator` outside brackets, parentheses and quotes. */
function topLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
