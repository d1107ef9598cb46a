import type { RegisterCommand } from '../command.js';
import { registerBuild } from './build.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerSchema } from './schema.js';
import { registerValidate } from './validate.js';

/** Every command, in the order `--help` lists them. One file per command. */
export const COMMANDS: readonly RegisterCommand[] = [registerValidate, registerBuild, registerSchema, registerInit, registerNew];
