#!/usr/bin/env node
// Entry point installed as `yibao-sim`: virtual cards, PSAM, readers, scanner and centre.
import { requireSupportedNode } from '../../gateway/bin/supported-node.mjs';

requireSupportedNode('yibao-sim');
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
