// Which Node the gateway runs on: the LTS lines in force, 22 (maintenance) and 24 (active),
// and later ones. Written in plain JavaScript any old Node parses, and checked before the
// TypeScript loader is imported, so an unsupported Node (Debian 12's own 18, the end-of-life
// 20) gets one line saying what to install instead of a syntax error or a native crash.
import { existsSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

export const SUPPORTED = 'Node.js 22 (>= 22.12) or 24 LTS';

export function isSupportedNode(version) {
  const [major, minor] = version.split('.').map(Number);
  return major >= 24 || (major === 22 && minor >= 12);
}

/** Exits with status 1 and one line on stderr when this Node cannot run the gateway. */
export function requireSupportedNode(program) {
  const version = process.versions.node;
  if (isSupportedNode(version)) return;
  // A development install brings its own Node 24 (the `node` devDependency); npm scripts use it.
  const own = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
  const hint = existsSync(own) ? `, or run ${own} (the project's own, which npm start and npm test use)` : '';
  process.stderr.write(`${program}: Node.js ${version} (${process.execPath}) is not supported; install ${SUPPORTED}${hint}\n`);
  process.exit(1);
}
