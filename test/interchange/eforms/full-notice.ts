import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../support/outside-tools.js';

const BASIC = path.join(REPO_ROOT, 'test/fixtures/basic');
const read = (file: string) => readFileSync(path.join(BASIC, file), 'utf8');

/** The fixture's Belgian spec with a type on every award criterion and a description with markup characters. */
export const TYPED_BE = read('specs/be.yaml')
  .replace('weight: 50,', 'weight: 50, type: quality,')
  .replace(
    '  - { id: security, title: Security, weight: 20,',
    '  - { id: security, title: Security, weight: 20, type: quality, description: Beyond the baseline & <more>,',
  );

/** Edits of the `basic` fixture that give every field of the notice block a value, at three levels. */
export const FULL_NOTICE: Record<string, string> = {
  'specs/be.yaml': `${TYPED_BE}notice:
  description: Koppelingsplatform & beheer
  buyer: { identifier: "0123.456.789", city: Brussel, legal_type: body-pl, postcode: "1000" }
  submission: https://tenders.example.be/submit
  deadline: 2027-03-15T12:00+01:00
  duration_months: 96
  validity_months: 6
  lots:
    - { title: Platform, cpv: ["48000000-8"] }
    - { title: Support, description: Maintenance and support }
`,
  'specs/eu-baseline.yaml': `${read('specs/eu-baseline.yaml')}notice:
  procedure: open
  nature: supplies
  buyer: { legal_type: cga, activity: pub-os, telephone: "+32 2 642 60 00", email: tenders@example.eu }
`,
  'tenderkit.yaml': `${read('tenderkit.yaml')}notice:
  documents: https://tenders.example.eu/documents?id=1&lang=nl
`,
};
