import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from './log.ts';

function capture(): { lines: () => Record<string, unknown>[]; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('logger', () => {
  it('redacts ID numbers, names, card numbers and PINs at any depth, and keeps the ids that follow a transaction', () => {
    const out = capture();
    const log = createLogger({ level: 'info' }, out.stream);
    log.info({
      setl_id: 'S20260310000001',
      certno: '152201198204156014',
      person: { psn_name: '包文军', card_no: 'J57490889', psn_no: '15220139766512' },
      request: { body: { pin: '123456', lines: 3 } },
    }, 'settled');
    const [line] = out.lines();
    const text = JSON.stringify(line);
    for (const secret of ['152201198204156014', '包文军', 'J57490889', '123456']) expect(text).not.toContain(secret);
    expect(line).toMatchObject({ setl_id: 'S20260310000001', person: { psn_no: '15220139766512', psn_name: '[redacted]' }, msg: 'settled' });
  });
});
