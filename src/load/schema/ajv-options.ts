/** How every schema is compiled, at run time and ahead of time by scripts/build.mjs: both must agree. */
export const AJV_OPTIONS = { strict: true, allErrors: true, allowUnionTypes: true } as const;
