#!/usr/bin/env node
// Entry point installed as `yibao-gateway`. The product is TypeScript run through tsx,
// so an installation needs no build step and stack traces point at the source.
import { requireSupportedNode } from './supported-node.mjs';

requireSupportedNode('yibao-gateway');
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
