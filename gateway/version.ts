/** The product's version, from package.json: in /healthz, /status, metrics and both CLIs' --version. */
import { readFileSync } from 'node:fs';

export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
