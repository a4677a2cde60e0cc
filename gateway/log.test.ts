import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger, syslogPriority } from './log.ts';

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

describe('log forms', () => {
  function raw(): { text: () => string; stream: Writable } {
    const chunks: string[] = [];
    return { text: () => chunks.join(''), stream: new Writable({ write(c: Buffer, _e, done) { chunks.push(c.toString()); done(); } }) };
  }

  it('keeps an error\'s name, redacts a person\'s', () => {
    const out = capture();
    const log = createLogger({ level: 'info' }, out.stream);
    const err = Object.assign(new Error('disk full'), { name: 'SqliteError' });
    log.error({ err, person: { name: '包文军', psn_no: 'P1' } }, 'commit failed');
    const [line] = out.lines();
    expect(line).toMatchObject({ err: { name: 'SqliteError', message: 'disk full' }, person: { name: '[redacted]', psn_no: 'P1' } });
    expect(JSON.stringify(line)).not.toContain('包文军');
  });

  it('under systemd, each JSON line starts with its journald priority', () => {
    const out = raw();
    const log = createLogger({ level: 'debug' }, out.stream, { format: 'json', env: { JOURNAL_STREAM: '8:12345' } });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    log.fatal('f');
    const prefixes = out.text().trim().split('\n').map((l) => /^<(\d)>\{/.exec(l)?.[1]);
    expect(prefixes).toEqual(['7', '6', '4', '3', '2']);
    expect(syslogPriority(40)).toBe(4);
  });

  it('a technician reads text on the hospital clock, the ids as key=value', () => {
    const out = raw();
    const log = createLogger({ level: 'info', timestamp: () => ',"time":1795870417000' }, out.stream, { format: 'text', env: {} });
    log.warn({ record_id: 'R1', code: 'AMOUNTS_INCONSISTENT', reason: 'two words' }, 'centre rejected a record');
    expect(out.text()).toBe('20:53:37 WARN  centre rejected a record  record_id=R1 code=AMOUNTS_INCONSISTENT reason="two words"\n');
  });
});
