import { OBLIGATIONS, VERIFICATIONS } from '../../load/requirement/requirement.js';
import type { ExportDocument, ExportRequirement } from './export-model.js';
import { IDS } from './identifiers.js';
import { xhtmlDiv } from './xhtml-from-mdast.js';
import { xmlAttribute, xmlText } from '../../lib/xml/escape.js';

export const STATUSES = ['draft', 'approved', 'deprecated'] as const;

/** Long names of the attributes tenderkit writes; the importer recognises them first. */
export const ATTRIBUTE = {
  foreignId: 'ReqIF.ForeignID',
  name: 'ReqIF.Name',
  text: 'ReqIF.Text',
  chapterName: 'ReqIF.ChapterName',
  domain: 'Domain',
  obligation: 'Obligation',
  verification: 'Verification',
  status: 'Status',
  frontMatter: 'tenderkit.FrontMatter',
  body: 'tenderkit.Markdown',
} as const;

const AD = {
  foreignId: 'tk-ad-foreign-id',
  name: 'tk-ad-name',
  text: 'tk-ad-text',
  domain: 'tk-ad-domain',
  obligation: 'tk-ad-obligation',
  verification: 'tk-ad-verification',
  status: 'tk-ad-status',
  frontMatter: 'tk-ad-front-matter',
  body: 'tk-ad-markdown',
  chapterName: 'tk-ad-chapter-name',
} as const;

const DT = {
  string: 'tk-dt-string',
  xhtml: 'tk-dt-xhtml',
  domain: 'tk-dt-domain',
  obligation: 'tk-dt-obligation',
  verification: 'tk-dt-verification',
  status: 'tk-dt-status',
} as const;

const TYPE = {
  requirement: 'tk-type-requirement',
  chapter: 'tk-type-chapter',
  specification: 'tk-type-specification',
} as const;

export interface ReqifSettings {
  /** LAST-CHANGE and CREATION-TIME: the build date, never the clock */
  date: Date;
  toolName: string;
  toolVersion: string;
}

/**
 * A ReqIF 1.2 exchange document: enumerations for domain, obligation, verification and status, the statement
 * as XHTML, one chapter per domain, and two tenderkit attributes (front matter as JSON, the Markdown body) from
 * which `tenderkit import reqif` restores the requirement files exactly.
 */
export function writeReqif(doc: ExportDocument, settings: ReqifSettings): string {
  const time = settings.date.toISOString();
  const lc = `LAST-CHANGE="${time}"`;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push('<?xml version="1.0" encoding="UTF-8"?>');
  push('<REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
  push('  <THE-HEADER>');
  push(`    <REQ-IF-HEADER IDENTIFIER="${IDS.header(doc.scope)}">`);
  push(
    `      <COMMENT>${xmlText(`${doc.requirements.length} requirements exported by ${settings.toolName} ${settings.toolVersion}`)}</COMMENT>`,
  );
  push(`      <CREATION-TIME>${time}</CREATION-TIME>`);
  push(`      <REQ-IF-TOOL-ID>${xmlText(`${settings.toolName} ${settings.toolVersion}`)}</REQ-IF-TOOL-ID>`);
  push('      <REQ-IF-VERSION>1.0</REQ-IF-VERSION>');
  push(`      <SOURCE-TOOL-ID>${xmlText(settings.toolName)}</SOURCE-TOOL-ID>`);
  push(`      <TITLE>${xmlText(doc.title)}</TITLE>`);
  push('    </REQ-IF-HEADER>');
  push('  </THE-HEADER>');
  push('  <CORE-CONTENT>');
  push('    <REQ-IF-CONTENT>');

  push('      <DATATYPES>');
  push(
    `        <DATATYPE-DEFINITION-STRING IDENTIFIER="${DT.string}" ${lc} LONG-NAME="tenderkit.String" MAX-LENGTH="1048576"/>`,
  );
  push(`        <DATATYPE-DEFINITION-XHTML IDENTIFIER="${DT.xhtml}" ${lc} LONG-NAME="tenderkit.Xhtml"/>`);
  const enumeration = (id: string, name: string, values: ReadonlyArray<{ value: string; desc?: string }>) => {
    push(`        <DATATYPE-DEFINITION-ENUMERATION IDENTIFIER="${id}" ${lc} LONG-NAME="${name}">`);
    push('          <SPECIFIED-VALUES>');
    values.forEach((v, i) => {
      const desc = v.desc ? ` DESC="${xmlAttribute(v.desc)}"` : '';
      push(
        `            <ENUM-VALUE${desc} IDENTIFIER="${IDS.enumValue(id.replace(/^tk-dt-/, ''), v.value)}" ${lc} LONG-NAME="${xmlAttribute(v.value)}">`,
      );
      push(
        `              <PROPERTIES><EMBEDDED-VALUE KEY="${i}" OTHER-CONTENT="${xmlAttribute(v.value)}"/></PROPERTIES>`,
      );
      push('            </ENUM-VALUE>');
    });
    push('          </SPECIFIED-VALUES>');
    push('        </DATATYPE-DEFINITION-ENUMERATION>');
  };
  enumeration(
    DT.domain,
    'tenderkit.Domain',
    domainValues(doc).map((d) => ({ value: d.id, desc: d.title })),
  );
  enumeration(
    DT.obligation,
    'tenderkit.Obligation',
    OBLIGATIONS.map((value) => ({ value })),
  );
  enumeration(
    DT.verification,
    'tenderkit.Verification',
    VERIFICATIONS.map((value) => ({ value })),
  );
  enumeration(
    DT.status,
    'tenderkit.Status',
    STATUSES.map((value) => ({ value })),
  );
  push('      </DATATYPES>');

  const stringDef = (id: string, name: string) =>
    `            <ATTRIBUTE-DEFINITION-STRING IDENTIFIER="${id}" ${lc} LONG-NAME="${name}"><TYPE><DATATYPE-DEFINITION-STRING-REF>${DT.string}</DATATYPE-DEFINITION-STRING-REF></TYPE></ATTRIBUTE-DEFINITION-STRING>`;
  const enumDef = (id: string, name: string, datatype: string, multi: boolean) =>
    `            <ATTRIBUTE-DEFINITION-ENUMERATION IDENTIFIER="${id}" ${lc} LONG-NAME="${name}" MULTI-VALUED="${multi}"><TYPE><DATATYPE-DEFINITION-ENUMERATION-REF>${datatype}</DATATYPE-DEFINITION-ENUMERATION-REF></TYPE></ATTRIBUTE-DEFINITION-ENUMERATION>`;
  push('      <SPEC-TYPES>');
  push(`        <SPEC-OBJECT-TYPE IDENTIFIER="${TYPE.requirement}" ${lc} LONG-NAME="tenderkit Requirement">`);
  push('          <SPEC-ATTRIBUTES>');
  push(stringDef(AD.foreignId, ATTRIBUTE.foreignId));
  push(stringDef(AD.name, ATTRIBUTE.name));
  push(
    `            <ATTRIBUTE-DEFINITION-XHTML IDENTIFIER="${AD.text}" ${lc} LONG-NAME="${ATTRIBUTE.text}"><TYPE><DATATYPE-DEFINITION-XHTML-REF>${DT.xhtml}</DATATYPE-DEFINITION-XHTML-REF></TYPE></ATTRIBUTE-DEFINITION-XHTML>`,
  );
  push(enumDef(AD.domain, ATTRIBUTE.domain, DT.domain, false));
  push(enumDef(AD.obligation, ATTRIBUTE.obligation, DT.obligation, false));
  push(enumDef(AD.verification, ATTRIBUTE.verification, DT.verification, true));
  push(enumDef(AD.status, ATTRIBUTE.status, DT.status, false));
  push(stringDef(AD.frontMatter, ATTRIBUTE.frontMatter));
  push(stringDef(AD.body, ATTRIBUTE.body));
  push('          </SPEC-ATTRIBUTES>');
  push('        </SPEC-OBJECT-TYPE>');
  push(`        <SPEC-OBJECT-TYPE IDENTIFIER="${TYPE.chapter}" ${lc} LONG-NAME="tenderkit Chapter">`);
  push('          <SPEC-ATTRIBUTES>');
  push(stringDef(AD.chapterName, ATTRIBUTE.chapterName));
  push('          </SPEC-ATTRIBUTES>');
  push('        </SPEC-OBJECT-TYPE>');
  push(`        <SPECIFICATION-TYPE IDENTIFIER="${TYPE.specification}" ${lc} LONG-NAME="tenderkit Specification"/>`);
  push('      </SPEC-TYPES>');

  const chapters = chapterGroups(doc);
  push('      <SPEC-OBJECTS>');
  for (const { domain, title } of chapters) {
    push(`        <SPEC-OBJECT IDENTIFIER="${IDS.chapter(domain)}" ${lc} LONG-NAME="${xmlAttribute(title)}">`);
    push(`          <TYPE><SPEC-OBJECT-TYPE-REF>${TYPE.chapter}</SPEC-OBJECT-TYPE-REF></TYPE>`);
    push('          <VALUES>');
    push(stringValue(AD.chapterName, title));
    push('          </VALUES>');
    push('        </SPEC-OBJECT>');
  }
  for (const r of doc.requirements) push(...specObject(r, lc));
  push('      </SPEC-OBJECTS>');

  push('      <SPECIFICATIONS>');
  push(
    `        <SPECIFICATION IDENTIFIER="${IDS.specification(doc.scope)}" ${lc} LONG-NAME="${xmlAttribute(doc.title)}">`,
  );
  push(`          <TYPE><SPECIFICATION-TYPE-REF>${TYPE.specification}</SPECIFICATION-TYPE-REF></TYPE>`);
  if (chapters.length) {
    push('          <CHILDREN>');
    for (const { domain, requirements } of chapters) {
      push(`            <SPEC-HIERARCHY IDENTIFIER="${IDS.chapterNode(domain)}" ${lc}>`);
      push(`              <OBJECT><SPEC-OBJECT-REF>${IDS.chapter(domain)}</SPEC-OBJECT-REF></OBJECT>`);
      push('              <CHILDREN>');
      for (const r of requirements) {
        push(
          `                <SPEC-HIERARCHY IDENTIFIER="${IDS.requirementNode(r.id)}" ${lc}><OBJECT><SPEC-OBJECT-REF>${IDS.requirement(r.id)}</SPEC-OBJECT-REF></OBJECT></SPEC-HIERARCHY>`,
        );
      }
      push('              </CHILDREN>');
      push('            </SPEC-HIERARCHY>');
    }
    push('          </CHILDREN>');
  }
  push('        </SPECIFICATION>');
  push('      </SPECIFICATIONS>');
  push('    </REQ-IF-CONTENT>');
  push('  </CORE-CONTENT>');
  push('</REQ-IF>');
  return `${out.join('\n')}\n`;
}

function stringValue(definition: string, value: string): string {
  return `            <ATTRIBUTE-VALUE-STRING THE-VALUE="${xmlAttribute(value)}"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>${definition}</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>`;
}

function enumValue(definition: string, datatype: string, values: readonly string[]): string {
  const refs = values
    .map((v) => `<ENUM-VALUE-REF>${IDS.enumValue(datatype.replace(/^tk-dt-/, ''), v)}</ENUM-VALUE-REF>`)
    .join('');
  return `            <ATTRIBUTE-VALUE-ENUMERATION><DEFINITION><ATTRIBUTE-DEFINITION-ENUMERATION-REF>${definition}</ATTRIBUTE-DEFINITION-ENUMERATION-REF></DEFINITION><VALUES>${refs}</VALUES></ATTRIBUTE-VALUE-ENUMERATION>`;
}

function specObject(r: ExportRequirement, lc: string): string[] {
  return [
    `        <SPEC-OBJECT IDENTIFIER="${IDS.requirement(r.id)}" ${lc}>`,
    `          <TYPE><SPEC-OBJECT-TYPE-REF>${TYPE.requirement}</SPEC-OBJECT-TYPE-REF></TYPE>`,
    '          <VALUES>',
    stringValue(AD.foreignId, r.id),
    stringValue(AD.name, r.title),
    `            <ATTRIBUTE-VALUE-XHTML><DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>${AD.text}</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION><THE-VALUE>${xhtmlDiv(r.text)}</THE-VALUE></ATTRIBUTE-VALUE-XHTML>`,
    enumValue(AD.domain, DT.domain, [r.domain]),
    enumValue(AD.obligation, DT.obligation, [r.obligation]),
    enumValue(AD.verification, DT.verification, r.verification),
    enumValue(AD.status, DT.status, [r.status]),
    stringValue(AD.frontMatter, JSON.stringify(r.frontMatter)),
    stringValue(AD.body, r.body),
    '          </VALUES>',
    '        </SPEC-OBJECT>',
  ];
}

/** The workspace's domains, and any domain a requirement names that the configuration lacks. */
function domainValues(doc: ExportDocument): Array<{ id: string; title: string }> {
  const values = doc.domains.map((d) => ({ id: d.id, title: d.title }));
  for (const r of doc.requirements)
    if (!values.some((v) => v.id === r.domain)) values.push({ id: r.domain, title: r.domain });
  return values;
}

function chapterGroups(
  doc: ExportDocument,
): Array<{ domain: string; title: string; requirements: ExportRequirement[] }> {
  const titles = new Map(domainValues(doc).map((d) => [d.id, d.title]));
  const groups = new Map<string, ExportRequirement[]>();
  for (const r of doc.requirements) {
    const list = groups.get(r.domain) ?? [];
    list.push(r);
    groups.set(r.domain, list);
  }
  return [...groups].map(([domain, requirements]) => ({ domain, title: titles.get(domain) ?? domain, requirements }));
}
