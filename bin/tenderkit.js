#!/usr/bin/env node
// A CommonJS file on purpose (see package.json beside it): Node starts a CommonJS entry several milliseconds
// faster than an ES module one, and `require` loads the ES module bundle (Node 20.19+) as long as its static
// imports use no top-level await.
'use strict';

// With --debug, stack traces name the source files: source maps must be on before the bundle loads, and they
// cost start-up time, so only then.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = require('../dist/main.js');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
