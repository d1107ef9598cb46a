// The import rules of src/: data flows one way through the pipeline stages, the features and the interchange
// formats use the stages, and the primitives in lib/ use nothing of ours. `npm run lint:imports` checks them.
//
// The order, lowest first: lib < load < resolve < check < document < render < write < features < interchange < cli.
// check comes after resolve because its lint rules judge deviations, which only mean something on a resolved chain.
const STAGES = ['lib', 'load', 'resolve', 'check', 'document', 'render', 'write', 'features', 'interchange', 'cli'];

/** A rule per stage: nothing in it imports a stage above it. */
const upward = STAGES.slice(0, -1).map((stage, index) => ({
  name: `no-upward-from-${stage}`,
  comment: `src/${stage}/ is below ${STAGES.slice(index + 1).join(', ')} in the pipeline and must not import them`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: `^src/(${STAGES.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'modules that import each other, directly or round about',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-feature-cycle',
      comment: 'a feature may use another feature, never the other way round as well',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/([^/]+)/', pathNot: '^src/features/$1/', circular: true },
    },
    {
      name: 'one-cache',
      comment: 'the cache is one module: the rest of the code uses it through cache.ts (and report-memo.ts for reports)',
      severity: 'error',
      from: { pathNot: '^src/load/cache/' },
      to: { path: '^src/load/cache/', pathNot: '^src/load/cache/(cache|report-memo)\\.ts$' },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code (entry points excepted)',
      severity: 'error',
      from: { path: '^src/', orphan: true, pathNot: ['^src/cli/main\\.ts$', '^src/features/build/pack-worker\\.ts$', '\\.d\\.ts$'] },
      to: {},
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^mdast$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    exclude: { path: '^(node_modules|dist|test)/' },
  },
};
