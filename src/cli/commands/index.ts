import type { RegisterCommand } from '../command.js';
import { registerAcceptance } from './acceptance.js';
import { registerBuild } from './build.js';
import { registerChanges } from './changes.js';
import { registerCoverage } from './coverage.js';
import { registerDiff } from './diff.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerImpact } from './impact.js';
import { registerImport } from './import.js';
import { registerResponses } from './responses.js';
import { registerInit } from './init.js';
import { registerMatrix } from './matrix.js';
import { registerNew } from './new.js';
import { registerReview } from './review.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';
import { registerTranslations } from './translations.js';
import { registerSite } from './site.js';
import { registerValidate } from './validate.js';
import { registerVerify } from './verify.js';

/** Every command, in the order `--help` lists them. One file per command. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerBuild,
  registerDiff,
  registerChanges,
  registerMatrix,
  registerCoverage,
  registerSite,
  registerExplain,
  registerReview,
  registerImpact,
  registerResponses,
  registerAcceptance,
  registerTranslations,
  registerExport,
  registerImport,
  registerRules,
  registerSchema,
  registerInit,
  registerNew,
  registerVerify,
];
