#!/usr/bin/env node
// Signs the sample messages of the interface package (annexes/interface/samples/) with its TEST key, as ICD 6.3
// defines: a JWS with detached payload (RFC 7515 Appendix F), ES256, over the canonical bytes of each sample:
// Exclusive XML Canonicalization 1.0 without comments (xmllint --exc-c14n) for XML, RFC 8785 for JSON, the file as
// it is otherwise. Writes <sample>.jws beside each sample that samples/index.json gives a signature.
// Usage: node scripts/sign-interface-samples.mjs [package-dir]   (run it after changing a sample)
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, sign, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(repo, 'annexes', 'interface'));
const key = createPrivateKey(readFileSync(path.join(dir, 'test-keys', 'oci-test-signing-key.TEST-ONLY.pem')));
const cert = new X509Certificate(readFileSync(path.join(dir, 'test-keys', 'oci-test-signing-cert.TEST-ONLY.pem')));
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
const thumbprint = b64url(createHash('sha256').update(cert.raw).digest());

/** RFC 8785: object members sorted by UTF-16 code units, numbers and strings as ECMAScript serialises them. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function canonicalBytes(file) {
  if (file.endsWith('.xml')) return execFileSync('xmllint', ['--exc-c14n', file]);
  if (file.endsWith('.json')) return Buffer.from(canonicalJson(JSON.parse(readFileSync(file, 'utf8'))), 'utf8');
  return readFileSync(file);
}

const index = JSON.parse(readFileSync(path.join(dir, 'samples', 'index.json'), 'utf8'));
let signed = 0;
for (const sample of index.samples) {
  if (!sample.signature) continue;
  const file = path.join(dir, 'samples', sample.file);
  const header = b64url(JSON.stringify({ alg: 'ES256', kid: sample.signer, 'x5t#S256': thumbprint }));
  const input = Buffer.from(`${header}.${b64url(canonicalBytes(file))}`, 'ascii');
  const signature = sign('sha256', input, { key, dsaEncoding: 'ieee-p1363' });
  writeFileSync(path.join(dir, 'samples', sample.signature), `${header}..${b64url(signature)}\n`);
  signed++;
}
console.log(`signed ${signed} samples in ${path.relative(process.cwd(), path.join(dir, 'samples')) || '.'}`);
