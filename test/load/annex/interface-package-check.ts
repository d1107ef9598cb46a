import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import {
  childElements,
  descendants,
  firstChild,
  parseXmlSafely,
  pathChild,
  textContent,
  type XmlElement,
} from '../../../src/lib/xml/safe-xml.js';

/**
 * The consistency check of the interface package (annexes/interface/, ICD section 12), read with tools that are not
 * tenderkit's: xmllint for the XML schemas and canonical XML, ajv for JSON Schema and for the OpenAPI 3.1 meta-schema
 * (shipped as a test fixture, test/fixtures/openapi/), openssl for the signatures. Returns one line per problem,
 * `<file>: <what is wrong>`; an empty list means the package is consistent.
 */
export function checkInterfacePackage(pkg: string, repoRoot: string): string[] {
  const problems: string[] = [];
  const report = (file: string, message: string): void => {
    problems.push(`${file}: ${message}`);
  };
  const read = (f: string) => readFileSync(path.join(pkg, f));
  const json = (f: string): unknown => JSON.parse(read(f).toString('utf8'));

  const icdText = readFileSync(path.join(pkg, '..', 'interface-control-document.md'), 'utf8');
  const icdVersion = /^Document version: (\d+\.\d+\.\d+)/m.exec(icdText)?.[1];
  if (!icdVersion) report('../interface-control-document.md', 'names no document version');

  // strict, except for GeoJSON positions (2 or 3 numbers: a tuple of variable length) and union types
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTuples: false,
    allowUnionTypes: true,
    formats: { regex: true },
  });
  const schemaOf = new Map<string, ValidateFunction | undefined>();
  const validatorOf = (schemaFile: string): ValidateFunction | undefined => {
    if (schemaOf.has(schemaFile)) return schemaOf.get(schemaFile);
    try {
      const v = ajv.compile(json(schemaFile) as object);
      schemaOf.set(schemaFile, v);
      return v;
    } catch (err) {
      report(schemaFile, `is not a valid JSON Schema 2020-12: ${(err as Error).message}`);
      schemaOf.set(schemaFile, undefined);
      return undefined;
    }
  };
  const validateJson = (file: string, schemaFile: string, value: unknown) => {
    const v = validatorOf(schemaFile);
    if (v && !v(value))
      for (const e of v.errors ?? []) report(file, `${schemaFile}: ${e.instancePath || '/'} ${e.message}`);
  };

  // ---- code lists
  const codeLists = new Map<string, { id: string; codes: Set<string>; patterns: RegExp[]; entries: CodeEntry[] }>();
  for (const f of readdirSync(path.join(pkg, 'code-lists')).filter((n) => n.endsWith('.json'))) {
    const file = `code-lists/${f}`;
    if (f === 'fixed-values.json') continue;
    const list = json(file) as CodeList;
    validateJson(file, 'schemas/code-list.schema.json', list);
    const id = f.replace(/\.json$/, '');
    if (list.id !== id) report(file, `its id is ${list.id}, not the file name ${id}`);
    if (list.uri !== `urn:oci:v1:code-list:${id}`)
      report(file, `its uri is ${list.uri}, not urn:oci:v1:code-list:${id}`);
    if (list.version !== icdVersion) report(file, `has version ${list.version}, the ICD is ${icdVersion}`);
    const entries = list.codes ?? [];
    codeLists.set(list.uri, {
      id,
      entries,
      codes: new Set(entries.flatMap((c) => (c.code ? [c.code] : []))),
      patterns: entries.flatMap((c) => (c.pattern ? [new RegExp(c.pattern)] : [])),
    });
  }
  const listById = (id: string) => [...codeLists.values()].find((l) => l.id === id);
  const inList = (id: string, value: string) => {
    const l = listById(id);
    return l !== undefined && (l.codes.has(value) || l.patterns.some((p) => p.test(value)));
  };
  const contentTypes = new Map((listById('content-type')?.entries ?? []).map((e) => [e.code!, e]));
  for (const [code, e] of contentTypes)
    if (e.schema && !existsSync(path.join(pkg, e.schema)))
      report('code-lists/content-type.json', `${code} names the schema ${e.schema}, which the package does not hold`);

  // the error codes of the acknowledgement schema are those of the code list
  const v1Xsd = parseXmlSafely(read('schemas/oci-v1.xsd').toString('utf8'));
  if (v1Xsd.ok) {
    const type = descendants(v1Xsd.root, 'simpleType').find((t) => t.attributes['name'] === 'AckErrorCode');
    const inXsd = new Set(descendants(type ?? v1Xsd.root, 'enumeration').map((e) => e.attributes['value'] ?? ''));
    const inListCodes = listById('ack-error')?.codes ?? new Set<string>();
    if ([...inXsd].sort().join() !== [...inListCodes].sort().join())
      report('schemas/oci-v1.xsd', `AckErrorCode (${[...inXsd].join(', ')}) differs from code-lists/ack-error.json`);
  } else report('schemas/oci-v1.xsd', v1Xsd.message);

  // ---- the OpenAPI description: valid OpenAPI 3.1 against the published meta-schema
  const openapiFile = 'oci-v1.openapi.yaml';
  const openapi = parseYaml(read(openapiFile).toString('utf8')) as OpenApi;
  // ajv resolves the meta-schema's `$dynamicRef: "#meta"` to the wrong scope; without a dialect extension it means
  // the Schema Object of `#/$defs/schema`, which a plain `$ref` names the same way
  const metaSchema = JSON.parse(
    readFileSync(path.join(repoRoot, 'test/fixtures/openapi/oas-3.1-schema-2022-10-07.json'), 'utf8').replaceAll(
      '"$dynamicRef": "#meta"',
      '"$ref": "#/$defs/schema"',
    ),
  ) as object;
  // the meta-schema's formats are annotations here: ajv knows none of them without ajv-formats
  const oasAjv = new Ajv2020({
    allErrors: true,
    strict: false,
    formats: { uri: true, 'uri-reference': true, email: true, 'media-range': true },
  });
  const validOas = oasAjv.compile(metaSchema);
  if (!validOas(openapi))
    for (const e of validOas.errors ?? [])
      report(openapiFile, `not valid OpenAPI 3.1: ${e.instancePath || '/'} ${e.message}`);
  if (!/^3\.1\.\d+$/.test(String(openapi.openapi)))
    report(openapiFile, `declares openapi ${openapi.openapi}, not 3.1.x`);
  if (openapi.info?.version !== icdVersion)
    report(openapiFile, `has info.version ${openapi.info?.version}, the ICD is ${icdVersion}`);
  const operations = new Map<string, { method: string; path: string; op: OpenApiOperation }>();
  for (const [p, item] of Object.entries(openapi.paths ?? {}))
    for (const [method, op] of Object.entries(item))
      if (op && typeof op === 'object' && 'operationId' in op)
        operations.set((op as OpenApiOperation).operationId, { method, path: p, op: op as OpenApiOperation });
  const resolveRef = (node: unknown): unknown => {
    const ref = (node as { $ref?: string } | undefined)?.$ref;
    if (!ref?.startsWith('#/')) return node;
    return resolveRef(
      ref
        .slice(2)
        .split('/')
        .reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], openapi),
    );
  };

  // ---- the samples
  const index = json('samples/index.json') as { version: string; samples: Sample[] };
  if (index.version !== icdVersion)
    report('samples/index.json', `has version ${index.version}, the ICD is ${icdVersion}`);
  const listed = new Set(index.samples.flatMap((s) => [s.file, ...(s.signature ? [s.signature] : [])]));
  for (const f of readdirSync(path.join(pkg, 'samples')))
    if (f !== 'index.json' && !listed.has(f)) report(`samples/${f}`, 'is not listed in samples/index.json');
  const present = index.samples.filter((s) => {
    if (existsSync(path.join(pkg, 'samples', s.file))) return true;
    report('samples/index.json', `lists ${s.file}, which the package does not hold`);
    return false;
  });

  const distributions = present.filter((s) => s.kind === 'distribution');
  const validity = xsdValidity(
    path.join(pkg, 'schemas/oci-edxl-de-profile.xsd'),
    distributions.map((s) => path.join(pkg, 'samples', s.file)),
  );
  const attachments = new Map(
    present
      .filter((s) => s.kind === 'attachment')
      .map((s) => {
        const bytes = read(`samples/${s.file}`);
        return [createHash('sha256').update(bytes).digest('hex'), { sample: s, bytes }] as const;
      }),
  );
  const parsed = new Map<string, XmlElement>();
  const sampled = new Set<string>();
  const decoded = new Map<string, Buffer>();

  for (const s of present) {
    const file = `samples/${s.file}`;
    if (s.operation) {
      const op = operations.get(s.operation.operationId);
      if (!op) {
        report(file, `names the operation ${s.operation.operationId}, which ${openapiFile} does not have`);
      } else {
        if (op.method !== s.operation.method || op.path !== s.operation.path)
          report(
            file,
            `is ${s.operation.method} ${s.operation.path}, but ${s.operation.operationId} is ${op.method} ${op.path}`,
          );
        if (s.kind === 'response') {
          const response = resolveRef(op.op.responses?.[s.operation.status ?? '']) as OpenApiResponse | undefined;
          const schema = resolveRef(response?.content?.[s.operation.mediaType]?.schema);
          if (!schema)
            report(file, `${s.operation.operationId} has no ${s.operation.status} ${s.operation.mediaType} response`);
          else {
            const v = new Ajv2020({ allErrors: true, strict: false }).compile(schema as object);
            if (!v(json(file)))
              for (const e of v.errors ?? []) report(file, `response schema: ${e.instancePath || '/'} ${e.message}`);
          }
        } else {
          const media = Object.keys(op.op.requestBody?.content ?? {});
          if (!media.includes(s.operation.mediaType) && !media.includes('*/*'))
            report(
              file,
              `is sent as ${s.operation.mediaType}, which ${s.operation.operationId} does not accept (${media.join(', ')})`,
            );
        }
      }
    }
    if (s.kind === 'distribution') {
      for (const m of validity.get(path.join(pkg, file)) ?? []) report(file, m);
      const xml = parseXmlSafely(read(file).toString('utf8'));
      if (!xml.ok) {
        report(file, xml.message);
        continue;
      }
      parsed.set(s.file, xml.root);
      checkDistribution(s, file, xml.root);
    }
    if (s.kind === 'payload' || s.kind === 'document') {
      if (!s.schema) report('samples/index.json', `${s.file} names no schema`);
      else validateJson(file, s.schema, json(file));
    }
  }
  for (const s of present.filter((x) => x.kind === 'payload')) {
    const carried = s.carriedIn ? decoded.get(s.carriedIn) : undefined;
    if (!carried?.equals(read(`samples/${s.file}`)))
      report(`samples/${s.file}`, `is not the payload that ${s.carriedIn} carries`);
  }
  // every content type whose payload schema the package holds has a sample that shows it
  for (const [code, e] of contentTypes)
    if (e.schema && !sampled.has(code)) report('samples/index.json', `no sample carries the content type ${code}`);
  checkDocuments();
  checkSignatures();
  checkFixedValues();
  checkCitations();
  return problems;

  function checkDistribution(s: Sample, file: string, root: XmlElement): void {
    const value = (e: XmlElement | undefined, ...names: string[]) =>
      e ? textContent(pathChild(e, ...names) ?? e) : '';
    if (root.name !== 'edxlDistribution') {
      report(file, `has the root ${root.name}, not edxlDistribution`);
      return;
    }
    const sender = value(root, 'senderID');
    if (s.signer !== sender)
      report('samples/index.json', `${s.file} is signed by ${s.signer}, but its senderID is ${sender}`);
    const kind = value(root, 'distributionKind');
    const descriptor = firstChild(root, 'descriptor');
    const lists = (e: XmlElement | undefined, name: string) =>
      (e ? childElements(e, name) : []).map((k) => ({
        uri: textContent(firstChild(k, 'ValueListURI') ?? k).trim(),
        values: childElements(k, 'Value').map((v) => textContent(v).trim()),
      }));
    const checkList = (where: string, l: { uri: string; values: string[] }) => {
      const other = NON_CODE_LISTS[l.uri];
      const list = codeLists.get(l.uri);
      if (!other && !list)
        return report(file, `${where} names the value list ${l.uri}, which is no code list of the package`);
      for (const v of l.values) {
        if (other ? !other.test(v) : !(list!.codes.has(v) || list!.patterns.some((p) => p.test(v))))
          report(file, `${where}: "${v}" is not a code of ${l.uri}`);
      }
    };
    const keywords = lists(descriptor, 'keyword');
    for (const l of keywords) checkList('descriptor/keyword', l);
    const handling = keywords.filter((l) => l.uri === 'urn:oci:v1:code-list:handling-code').flatMap((l) => l.values);
    if (handling.length !== 1)
      report(file, `has ${handling.length} handling codes; a distribution has exactly one (ICD 3.4)`);
    const references = keywords.filter((l) => l.uri === 'urn:oci:v1:distribution-reference');
    if ((kind === 'Update' || kind === 'Cancel') !== (references.length === 1))
      report(file, `is a ${kind} ${references.length ? 'with' : 'without'} a distribution reference (ICD 3.2)`);
    for (const object of descendants(root, 'contentObject')) {
      const meta = lists(firstChild(object, 'contentDescriptor'), 'contentKeyword');
      for (const l of meta) checkList('contentKeyword', l);
      const types = meta.filter((l) => l.uri === 'urn:oci:v1:code-list:content-type').flatMap((l) => l.values);
      if (types.length !== 1) {
        report(file, `a content object has ${types.length} content types; it has exactly one (ICD 3.3)`);
        continue;
      }
      const type = contentTypes.get(types[0]!);
      if (!type) continue;
      sampled.add(type.code!);
      if ((kind === 'Ack') !== (type.code === 'ack')) report(file, `is a ${kind} carrying ${type.code} (ICD 4.1)`);
      const release = RELEASE_LISTS.filter((id) => meta.some((l) => l.uri === `urn:oci:v1:code-list:${id}`));
      if (release.length > 0 && release.length < RELEASE_LISTS.length)
        report(file, `carries ${release.join(', ')} but not all of ${RELEASE_LISTS.join(', ')} (ICD 3.1)`);
      const xmlContent = pathChild(object, 'contentXML', 'embeddedXMLContent');
      const other = firstChild(object, 'otherContent');
      if (type.carriage === 'contentXML') {
        const payload = xmlContent ? childElements(xmlContent)[0] : undefined;
        if (!payload) {
          report(file, `${type.code} is carried as contentXML, the content object has none`);
          continue;
        }
        if (type.element && payload.name !== type.element)
          report(file, `${type.code} carries ${type.element}, the payload is ${payload.name}`);
        if (type.namespace && payload.attributes['xmlns'] !== type.namespace)
          report(file, `${type.code} is in namespace ${type.namespace}, the payload in ${payload.attributes['xmlns']}`);
        continue;
      }
      if (!other) {
        report(file, `${type.code} is carried as otherContent, the content object has none`);
        continue;
      }
      const mime = value(other, 'mimeType');
      if (type.mediaType && mime !== type.mediaType)
        report(file, `${type.code} is ${type.mediaType}, mimeType says ${mime}`);
      const size = Number(value(other, 'size'));
      const digest = value(other, 'digest');
      const data = firstChild(other, 'contentData');
      const uri = firstChild(other, 'uri');
      let bytes: Buffer | undefined;
      if (data) bytes = Buffer.from(textContent(data).trim(), 'base64');
      else if (uri) {
        const hex = /^urn:oci:attachment:sha256:([0-9a-f]{64})$/.exec(textContent(uri).trim())?.[1];
        const pushed = hex ? attachments.get(hex) : undefined;
        if (!pushed) report(file, `refers to ${textContent(uri).trim()}, which no attachment sample is (ICD 4.4)`);
        else if (pushed.sample.operation?.mediaType !== mime)
          report(file, `says the attachment is ${mime}, it was pushed as ${pushed.sample.operation?.mediaType}`);
        bytes = pushed?.bytes;
      }
      if (!bytes) continue;
      if (bytes.length !== size) report(file, `says size ${size}, the file has ${bytes.length} bytes`);
      if (createHash('sha256').update(bytes).digest('base64') !== digest)
        report(file, 'has a digest that is not the SHA-256 of the file');
      if (data) decoded.set(s.file, bytes);
      if (type.schema?.endsWith('.json')) {
        try {
          validateJson(file, type.schema, JSON.parse(bytes.toString('utf8')));
        } catch {
          report(file, `the ${type.code} payload is not JSON`);
        }
      }
    }
  }

  function checkDocuments(): void {
    const docs = present
      .filter((s) => s.kind === 'document')
      .map((s) => ({ s, doc: json(`samples/${s.file}`) as Doc }));
    const directories = docs.filter((d) => d.doc.kind === 'directory');
    const trustLists = docs.filter((d) => d.doc.kind === 'trustList');
    for (const { s, doc } of directories)
      for (const c of doc.centres ?? []) {
        for (const t of c.contentTypes ?? [])
          if (!inList('content-type', t)) report(`samples/${s.file}`, `${c.id} accepts ${t}, which is no content type`);
        for (const h of c.handlingCodes ?? [])
          if (!inList('handling-code', h))
            report(`samples/${s.file}`, `${c.id} accepts ${h}, which is no handling code`);
      }
    const lotl = docs.find((d) => d.doc.kind === 'listOfTrustLists');
    for (const { s, doc } of trustLists)
      if (!lotl?.doc.trustLists?.some((t) => t.id === doc.id))
        report(`samples/${s.file}`, `the list of trust lists does not name the trust list ${doc.id} (ICD 6.1)`);
    // a takeover is announced by a fallback centre the directory names and its trust list allows (ICD 10)
    for (const [name, root] of parsed) {
      for (const t of descendants(root, 'takeover')) {
        const actingFor = textContent(firstChild(t, 'actingFor') ?? t).trim();
        const fallback = textContent(firstChild(t, 'fallback') ?? t).trim();
        const entry = directories.flatMap((d) => d.doc.centres ?? []).find((c) => c.id === actingFor);
        if (!entry?.fallbackCentres?.includes(fallback))
          report(`samples/${name}`, `${fallback} is not a fallback centre of ${actingFor} in the directory`);
        const allowed = trustLists.some((d) =>
          (d.doc.authorities ?? []).some(
            (a) =>
              a.mayCertify.includes(fallback) &&
              (a.mayActFor ?? []).some((m) => m.fallback === fallback && m.actingFor === actingFor),
          ),
        );
        if (!allowed) report(`samples/${name}`, `no trust list allows ${fallback} to act for ${actingFor}`);
        // the feed sample is the directory's state during the takeover: it holds the active notice
        if (t.attributes['state'] !== 'active') continue;
        const id = textContent(firstChild(root, 'distributionID') ?? root).trim();
        const feed = docs.find((d) => d.doc.kind === 'takeoverFeed');
        if (
          !feed?.doc.takeovers?.some(
            (x) => x.distributionID === id && x.fallback === fallback && x.actingFor === actingFor,
          )
        )
          report(`samples/${name}`, 'is not in the takeover feed');
      }
    }
  }

  function checkSignatures(): void {
    const certFile = path.join(pkg, 'test-keys/oci-test-signing-cert.TEST-ONLY.pem');
    const cert = new X509Certificate(readFileSync(certFile));
    const thumbprint = createHash('sha256').update(cert.raw).digest('base64url');
    const algorithms = listById('signature-algorithm')?.codes ?? new Set<string>();
    const work = mkdtempSync(path.join(os.tmpdir(), 'oci-signatures-'));
    try {
      const publicKey = path.join(work, 'public.pem');
      writeFileSync(publicKey, execFileSync('openssl', ['x509', '-in', certFile, '-pubkey', '-noout']));
      for (const s of present.filter((x) => x.signature)) {
        const file = `samples/${s.signature}`;
        if (!existsSync(path.join(pkg, file))) {
          report(file, `is missing: ${s.file} is not signed`);
          continue;
        }
        const [header, payload, signature, ...rest] = read(file).toString('utf8').trim().split('.');
        if (rest.length > 0 || payload !== '' || !header || !signature) {
          report(file, 'is not a JWS with detached payload (<header>..<signature>)');
          continue;
        }
        const protectedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, string>;
        if (!algorithms.has(protectedHeader['alg'] ?? ''))
          report(file, `uses ${protectedHeader['alg']}, which is no signature algorithm`);
        if (protectedHeader['kid'] !== s.signer)
          report(file, `names ${protectedHeader['kid']} as signer, not ${s.signer}`);
        if (protectedHeader['x5t#S256'] !== thumbprint)
          report(file, 'names a certificate other than the test certificate');
        const input = path.join(work, 'input');
        const der = path.join(work, 'signature.der');
        writeFileSync(input, `${header}.${canonicalBytes(path.join(pkg, 'samples', s.file)).toString('base64url')}`);
        writeFileSync(der, p1363ToDer(Buffer.from(signature, 'base64url')));
        const verified = spawnSync('openssl', ['dgst', '-sha256', '-verify', publicKey, '-signature', der, input], {
          encoding: 'utf8',
        });
        if (verified.status !== 0)
          report(file, `does not verify over the canonical bytes of ${s.file} (${verified.stdout.trim()})`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  function checkFixedValues(): void {
    const fixed = json('code-lists/fixed-values.json') as { version: string; values: FixedValue[] };
    if (fixed.version !== icdVersion)
      report('code-lists/fixed-values.json', `has version ${fixed.version}, the ICD is ${icdVersion}`);
    const requirements = requirementFiles(path.join(repoRoot, 'requirements'));
    for (const v of fixed.values) {
      if (!v.requirement || !v.parameter) continue;
      const file = requirements.find((f) => path.basename(f) === `${v.requirement}.md`);
      if (!file) {
        report('code-lists/fixed-values.json', `${v.id} names ${v.requirement}, which the catalogue does not have`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const front = parseYaml(text.split(/^---$/m)[1] ?? '') as {
        parameters?: Record<string, Record<string, unknown>>;
      };
      const parameter = front.parameters?.[v.parameter];
      const where = `${v.requirement} ${v.parameter}`;
      if (!parameter) report('code-lists/fixed-values.json', `${v.id}: ${where} is no parameter`);
      else if (parameter[v.binds ?? 'default'] !== v.value)
        report(
          'code-lists/fixed-values.json',
          `${v.id} is ${v.value}, ${where} has ${v.binds} ${String(parameter[v.binds ?? 'default'])}`,
        );
      else if (v.binds === 'default' && !String(parameter['fixed_by'] ?? '').includes('§11'))
        report('code-lists/fixed-values.json', `${where} holds a fixed value but is not marked fixed_by the ICD §11`);
    }
  }

  function checkCitations(): void {
    // every file of the package that a requirement, an annex or the package's README names exists
    const texts = [
      ...requirementFiles(path.join(repoRoot, 'requirements')),
      ...readdirSync(path.join(pkg, '..'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join(pkg, '..', f)),
      path.join(pkg, 'README.md'),
    ];
    for (const f of texts) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/annexes\/interface\/([A-Za-z0-9._/-]*[A-Za-z0-9_-])/g))
        if (!existsSync(path.join(pkg, m[1]!)))
          report(path.relative(pkg, f), `cites annexes/interface/${m[1]}, which does not exist`);
    }
    // every file the ICD and the README name inside the package exists, and the ICD names every code list
    for (const [name, text] of [
      ['../interface-control-document.md', icdText],
      ['README.md', read('README.md').toString('utf8')],
    ] as const) {
      for (const m of text.matchAll(/`((?:schemas|code-lists|samples|test-keys)\/[^`*\s]*|oci-v1\.openapi\.yaml)`/g))
        if (!existsSync(path.join(pkg, m[1]!))) report(name, `names ${m[1]}, which the package does not hold`);
    }
    const section12 = icdText.slice(icdText.indexOf('## 12.'));
    for (const l of codeLists.values())
      if (!section12.includes(`\`${l.id}\``))
        report('../interface-control-document.md', `section 12 does not name the code list ${l.id}`);
    for (const f of readdirSync(path.join(pkg, 'schemas')))
      if (!section12.includes(`schemas/${f}`))
        report('../interface-control-document.md', `section 12 does not name schemas/${f}`);
  }
}

/** The canonical bytes of a sample (ICD 6.3): Exclusive XML Canonicalization for XML, RFC 8785 for JSON. */
function canonicalBytes(file: string): Buffer {
  if (file.endsWith('.xml')) return execFileSync('xmllint', ['--exc-c14n', file]);
  if (file.endsWith('.json')) return Buffer.from(canonicalJson(JSON.parse(readFileSync(file, 'utf8'))), 'utf8');
  return readFileSync(file);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A JWS ECDSA signature (r || s) as the DER sequence openssl reads. */
function p1363ToDer(sig: Buffer): Buffer {
  const half = sig.length / 2;
  const integer = (b: Buffer) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const v = b.subarray(i);
    const body = v[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), v]) : v;
    return Buffer.concat([Buffer.from([0x02, body.length]), body]);
  };
  const seq = Buffer.concat([integer(sig.subarray(0, half)), integer(sig.subarray(half))]);
  return Buffer.concat([Buffer.from([0x30, seq.length]), seq]);
}

/** xmllint's verdict on each file against one schema, in one run: the messages of each file that fails. */
function xsdValidity(schema: string, files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (files.length === 0) return out;
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], { encoding: 'utf8' });
  const lines = run.stderr.split('\n').filter(Boolean);
  for (const f of files) {
    const mine = lines.filter((l) => l.startsWith(`${f}:`) || l.startsWith(`${f} `));
    if (!mine.some((l) => l === `${f} validates`))
      out.set(
        f,
        mine
          .filter((l) => !l.endsWith('validates') && !l.endsWith('fails to validate'))
          .map((l) => `not valid against schemas/oci-edxl-de-profile.xsd: ${l.slice(f.length + 1).trim()}`),
      );
  }
  if (run.status !== 0 && out.size === 0 && !lines.some((l) => l.endsWith('validates')))
    out.set(files[0]!, [`xmllint could not use the profile schema: ${run.stderr.trim()}`]);
  return out;
}

function requirementFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? requirementFiles(p) : f.endsWith('.md') ? [p] : [];
  });
}

/** Lists whose values are not codes: their shape is fixed by the ICD. */
const NON_CODE_LISTS: Record<string, RegExp> = {
  'urn:oci:v1:distribution-reference':
    /^cc:[A-Z]{2}:[A-Z0-9][A-Z0-9-]{1,31},[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12},\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
  'urn:oci:v1:acting-for': /^cc:[A-Z]{2}:[A-Z0-9][A-Z0-9-]{1,31}$/,
};
const RELEASE_LISTS = ['release-basis', 'purpose', 'source-reliability', 'information-reliability'];

interface CodeEntry {
  code?: string;
  pattern?: string;
  carriage?: 'contentXML' | 'otherContent';
  namespace?: string;
  element?: string;
  mediaType?: string;
  schema?: string;
}
interface CodeList {
  id: string;
  uri: string;
  version: string;
  codes?: CodeEntry[];
}
interface FixedValue {
  id: string;
  value: number;
  sections: string[];
  requirement?: string;
  parameter?: string;
  binds?: 'default' | 'max' | 'min';
}
interface Sample {
  file: string;
  kind: 'distribution' | 'attachment' | 'response' | 'payload' | 'document';
  operation?: { operationId: string; method: string; path: string; mediaType: string; status?: string };
  schema?: string;
  carriedIn?: string;
  signature?: string;
  signer?: string;
}
interface OpenApiOperation {
  operationId: string;
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, unknown>;
}
interface OpenApiResponse {
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApi {
  openapi?: string;
  info?: { version?: string };
  paths?: Record<string, Record<string, unknown>>;
}
interface Doc {
  kind: string;
  id?: string;
  centres?: { id: string; contentTypes?: string[]; handlingCodes?: string[]; fallbackCentres?: string[] }[];
  trustLists?: { id: string }[];
  authorities?: { mayCertify: string[]; mayActFor?: { fallback: string; actingFor: string }[] }[];
  takeovers?: { distributionID: string; fallback: string; actingFor: string }[];
}
