// Preloaded into a build (node --require) to crash it at a chosen point: the process kills itself with SIGKILL just
// before its Nth rename (TENDERKIT_TEST_KILL_AT_RENAME=N), as a power cut or an OOM kill would stop it there.
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const at = Number(process.env.TENDERKIT_TEST_KILL_AT_RENAME);
let renames = 0;
const before = () => {
  renames++;
  if (renames === at) process.kill(process.pid, 'SIGKILL');
};
const rename = fs.promises.rename;
fs.promises.rename = async (...args) => {
  before();
  return rename(...args);
};
const renameSync = fs.renameSync;
fs.renameSync = (...args) => {
  before();
  return renameSync(...args);
};
// the bundle imports rename from node:fs/promises as an ES module: its named exports follow the patched object
syncBuiltinESMExports();
