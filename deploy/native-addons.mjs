#!/usr/bin/env node
// Run by `npm install` / `npm ci` after every dependency is in place (package.json
// "postinstall"). Makes the native addons fit the Node that runs the gateway.
//
// Why: an addon built on V8's own API (pcsclite uses NAN) works only in the Node whose
// headers it was compiled against. node-gyp takes those headers from npm's `nodedir`, and a
// machine's npmrc may name another Node than the one that runs the product — on the
// development machines and CI, npm itself runs on the system Node while the project's own
// Node 24 (the `node` devDependency, which npm scripts put first on PATH) runs the gateway.
// Addons on Node-API (better-sqlite3 13, node-hid, serialport) load in every Node and are
// only checked.
//
// For each addon: load it in a child process of this Node; if it does not load for an ABI
// reason, `npm rebuild` it against this Node's headers and load it again. An optional addon
// that is not installed (pcsclite without libpcsclite-dev) is reported, not fatal; one that
// still does not load after the rebuild fails the install with what to do.
//
// A hospital PC that installs with its own Node 24 (`npm ci --omit=dev`) finds everything
// loading and changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** name → a line of JavaScript that loads the addon and exercises its binary. */
const ADDONS = {
  'better-sqlite3': "new (require('better-sqlite3'))(':memory:').prepare('SELECT 1').get()",
  pcsclite: "require('pcsclite')",
  'node-hid': "require('node-hid').devices",
  serialport: "require('serialport')",
};
const OPTIONAL = new Set(['pcsclite']);

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

function loads(name) {
  const r = spawnSync(process.execPath, ['-e', ADDONS[name]], { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, why: `${r.stderr ?? ''}`.trim().split('\n').find((l) => /Error|error:|Assertion/.test(l)) ?? `exit ${r.status ?? r.signal}` };
}

// A later `npm install` prunes the platform package the `node` package fetched for itself
// (it is in no lockfile), taking the headers with it while the binary stays. Then fetch the
// same platform package, for its headers only, into a cache of this project's own.
const HEADERS = join(root, 'node_modules', '.cache', 'yibao-node-headers', 'node_modules', `node-${process.platform}-${process.arch}`);

/** The directory holding this Node's headers (include/node/node.h), for node-gyp. */
function nodeDir() {
  const candidates = [
    dirname(dirname(process.execPath)),
    // The `node` package keeps its binary's headers in the platform package beside it.
    join(dirname(dirname(process.execPath)), 'node_modules', `node-${process.platform}-${process.arch}`),
    HEADERS,
  ];
  return candidates.find((d) => existsSync(join(d, 'include', 'node', 'node.h')));
}

function fetchHeaders() {
  const version = process.version.slice(1);
  const prefix = join(root, 'node_modules', '.cache', 'yibao-node-headers');
  console.log(`native-addons: fetching the headers of Node ${version} (node-${process.platform}-${process.arch} from the npm registry)`);
  const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `node-${process.platform}-${process.arch}@${version}`], { cwd: root, stdio: 'inherit' });
  return r.status === 0 ? nodeDir() : undefined;
}

let failed = false;
for (const name of Object.keys(ADDONS)) {
  if (!installed(name)) {
    if (OPTIONAL.has(name)) console.log(`native-addons: ${name} is not installed (optional; apt-get install libpcsclite-dev, then npm install, for PC/SC readers)`);
    continue;
  }
  const first = loads(name);
  if (first.ok) continue;
  const dir = nodeDir() ?? fetchHeaders();
  if (!dir) {
    console.error(`native-addons: ${name} does not load in Node ${process.version} (${first.why}), and this Node's headers are not on this machine; install the headers (include/node) of Node ${process.version} and run npm rebuild ${name}`);
    failed = true;
    continue;
  }
  console.log(`native-addons: ${name} was built for another Node (${first.why}); rebuilding it for Node ${process.version} with the headers in ${dir}`);
  const rebuild = spawnSync('npm', ['rebuild', name], { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: dir } });
  const second = rebuild.status === 0 ? loads(name) : { ok: false, why: `npm rebuild exited ${rebuild.status}` };
  if (!second.ok) {
    console.error(`native-addons: ${name} still does not load in Node ${process.version}: ${second.why}`);
    if (!OPTIONAL.has(name)) failed = true;
  }
}
process.exit(failed ? 1 : 0);
