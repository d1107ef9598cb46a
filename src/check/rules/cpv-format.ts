import type { LintRule } from '../rule.js';

const CPV = /^\d{8}-\d$/;

/** A CPV code (Reg. 213/2008) is 8 digits, a hyphen and a check digit; eForms rejects anything else. */
export const cpvFormat: LintRule = {
  id: 'cpv-format',
  description: 'CPV codes have the form 12345678-9',
  severity: 'error',
  check({ catalogue }, report) {
    for (const spec of catalogue.specs.values()) {
      spec.procurement?.cpv.forEach((code, i) => {
        if (CPV.test(code)) return;
        report({
          message: `"${code}" is not a CPV code: ${hint(code)}`,
          at: { spec, path: ['procurement', 'cpv', i] },
        });
      });
    }
  },
};

function hint(code: string): string {
  const trimmed = code.trim();
  if (trimmed !== code && CPV.test(trimmed)) return `remove the spaces around "${trimmed}"`;
  if (/^\d{8}$/.test(trimmed)) return `add the check digit from the CPV list: "${trimmed}-?"`;
  return 'write 8 digits, a hyphen and the check digit, as in "35710000-4"';
}
