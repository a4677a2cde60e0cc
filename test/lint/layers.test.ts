/**
 * The layer rules of eslint.config.js catch what they are there to catch: each forbidden
 * import, written in a file of the layer it is forbidden in, is an error; the allowed ones
 * are not. (The real tree passes `npm run lint`; this shows the rules can fail.)
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['protocol/apdu/x.ts', "import { x } from '../../gateway/log.ts';"],
    ['protocol/apdu/x.ts', "import { x } from '../../drivers/pcsc/port.ts';"],
    ['drivers/pcsc/x.ts', "import { x } from '../../gateway/errors/gateway-error.ts';"],
    ['drivers/card/x.ts', "import { x } from '../../simulator/card/virtual-card.ts';"],
    ['gateway/app-x.ts', "import { x } from '../simulator/pcsc/in-process.ts';"],
    ['gateway/store/x.ts', "import { x } from '../settlement/service.ts';"],
    ['gateway/store/x.ts', "import { x } from '../credentials/service.ts';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toHaveLength(1);
  }, 30_000);

  it.each([
    ['drivers/pcsc/x.ts', "import { x } from '../../protocol/apdu/errors.ts';"],
    ['gateway/store/x.ts', "import { x } from '../engine/accumulators.ts';"],
    ['gateway/store/x.ts', "import { x } from '../errors/gateway-error.ts';"],
    ['gateway/store/x.ts', "import { x } from '../../protocol/money.ts';"],
    ['gateway/cli/commands/demo.ts', "import { x } from '../../../simulator/center/server.ts';"],
    ['gateway/api/x.test.ts', "import { x } from '../../simulator/card/profile.ts';"],
  ])('%s may: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  }, 30_000);
});
