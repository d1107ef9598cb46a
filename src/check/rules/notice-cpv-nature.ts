import type { YamlPath } from '../../load/yaml/parse-yaml.js';
import { effectiveNotice } from '../../resolve/effective-notice.js';
import type { LintRule } from '../rule.js';

/** The CPV divisions (first digits) the eForms rules BR-BT-00262-0202 to -0209 allow for each main nature (BT-23). */
const DIVISIONS: Readonly<Record<string, readonly string[]>> = {
  supplies: ['0', '1', '2', '3', '40', '41', '42', '43', '44', '48'],
  services: ['49', '5', '6', '7', '8', '9'],
  works: ['45'],
};

/** The main nature of a contract (notice.nature) and its main CPV codes must agree, or the eSender refuses the notice. */
export const noticeCpvNature: LintRule = {
  id: 'notice-cpv-nature',
  description:
    "The main CPV code of the procedure and of each lot fits the notice's main nature (supplies, services, works), as the eForms rules require",
  severity: 'error',
  check({ catalogue, resolution }, report) {
    for (const resolved of resolution.resolved.values()) {
      const { spec } = resolved;
      const { notice, setBy } = effectiveNotice(resolved, catalogue.config);
      const nature = notice.nature;
      const allowed = nature === undefined ? undefined : DIVISIONS[nature];
      if (!nature || !allowed) continue;
      const natureHere = setBy.get('nature') === spec;
      const where = natureHere
        ? ''
        : ` (set ${setBy.get('nature') ? `in ${setBy.get('nature')!.id}` : 'in tenderkit.yaml'})`;
      const check = (code: string | undefined, path: YamlPath, ownCode: boolean, what: string) => {
        if (code === undefined || allowed.some((d) => code.trim().startsWith(d))) return;
        // each combination is reported once, in the spec that made it: the one that wrote the code or the nature
        if (!ownCode && !natureHere) return;
        report({
          message: `the main CPV code ${code} of ${what} does not fit the notice's main nature "${nature}"${where}: the eForms rules want a code of ${allowed.map((d) => `${d}...`).join(', ')} for ${nature}; change notice.nature or put a ${nature} code first`,
          at: { spec, path: ownCode ? path : ['notice', 'nature'] },
        });
      };
      const ownCpv = spec.procurement?.cpv ?? [];
      if (ownCpv.length > 0) check(ownCpv[0], ['procurement', 'cpv', 0], true, 'the procedure');
      else if (notice.cpv) check(notice.cpv[0], ['notice', 'cpv', 0], setBy.get('cpv') === spec, 'the procedure');
      notice.lots?.forEach((lot, i) =>
        check(lot.cpv?.[0], ['notice', 'lots', i, 'cpv', 0], setBy.get('lots') === spec, `lot ${i + 1}`),
      );
    }
  },
};
